package com.csptransition.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What one authenticated REST call costs the service and its client on this machine when the controller does
 * nothing: the share of a lifecycle's REST surplus that is HTTP itself. Same set-up and client as
 * {@link LifecycleBench}, one client, sequential calls; prints per call, for each round of 20,000: the process's CPU
 * time, the client thread's part of it, and the machine's context switches.
 */
public final class HttpCallProbe {

    /** Registered only when this probe runs. */
    @RestController
    @ConditionalOnProperty("csp.bench.http-call-probe")
    static class Nothing {
        @GetMapping("/v1/bench/nothing")
        Map<String, Object> nothing() {
            return Map.of("id", "nothing", "status", "Active", "lineItems", List.of(Map.of("quantity", 10)));
        }
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = LifecycleBench.startService("http-call-probe",
                "--csp.bench.http-call-probe=true");
        try {
            String uri = "http://localhost:" + app.getEnvironment().getProperty("local.server.port")
                    + "/v1/bench/nothing";
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            int calls = 20_000;
            for (int round = 1; round <= 12; round++) {
                long cpu = os.getProcessCpuTime();
                long client = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long switches = LifecycleBench.contextSwitches();
                for (int i = 0; i < calls; i++) {
                    LifecycleBench.call("contoso-admin", "GET", uri, null, 200);
                }
                System.out.printf("round %2d: %5.1f us CPU per call, of which the client %4.1f us; %.1f context switches%n",
                        round, (os.getProcessCpuTime() - cpu) / 1e3 / calls,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - client) / 1e3 / calls,
                        (double) (LifecycleBench.contextSwitches() - switches) / calls);
            }
        } finally {
            app.close();
        }
    }
}

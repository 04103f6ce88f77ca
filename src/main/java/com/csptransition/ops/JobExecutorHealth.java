package com.csptransition.ops;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * /actuator/health's "jobExecutor", in place of Camunda's (same bean name), which exists only where the job executor
 * is switched on and is DOWN when it is not running: a node configured without one
 * (camunda.bpm.job-execution.enabled=false) is healthy and says so; a node whose job executor should run and does not
 * is DOWN (its transfers would wait for another node).
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ProcessEngineConfigurationImpl engine;
    private final boolean enabled;

    JobExecutorHealth(ProcessEngineConfigurationImpl engine,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JobExecutor jobs = engine.getJobExecutor();
        boolean active = jobs != null && jobs.isActive();
        (active || !enabled ? health.up() : health.down()).withDetail("enabled", enabled).withDetail("active", active);
        if (jobs != null) {
            health.withDetail("lockOwner", jobs.getLockOwner()).withDetail("lockTimeInMillis", jobs.getLockTimeInMillis())
                    .withDetail("maxJobsPerAcquisition", jobs.getMaxJobsPerAcquisition());
        }
    }
}

package com.csptransition.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time of this JVM and of the PostgreSQL server (its postmaster, its live backends and those that ended), from
 * Linux's /proc: where a wall-clock figure's time went, the service's Java or the database.
 */
final class ProcessCpu {

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ: 100 on Linux
    private final long postmaster;

    /** The postmaster is the parent of the backend that answers this query. */
    ProcessCpu(JdbcTemplate jdbc) {
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        postmaster = stat(backend)[3];
    }

    long jvmNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    long postgresNanos() {
        long[] server = stat(postmaster);
        long ticks = server[13] + server[14] + server[15] + server[16];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .map(p -> stat(Long.parseLong(p.getFileName().toString())))
                    .filter(s -> s.length > 0 && s[3] == postmaster).mapToLong(s -> s[13] + s[14]).sum();
        } catch (IOException e) {
            return 0;
        }
        return (long) (ticks * TICK_NANOS);
    }

    /** /proc/pid/stat's fields from the state on (index 2 = state, 3 = ppid, 13 utime, 14 stime, 15-16 children's). */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long[] values = new long[17];
            for (int i = 1; i < 15; i++) {
                values[i + 2] = Long.parseLong(fields[i]);
            }
            return values;
        } catch (IOException | RuntimeException gone) {
            return new long[0];
        }
    }
}

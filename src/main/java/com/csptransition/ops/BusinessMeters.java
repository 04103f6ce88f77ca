package com.csptransition.ops;

import com.csptransition.rules.RulesEngine;
import com.csptransition.transfer.TransferStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The meters read from the database and the engine (transfers by status, the outbox, open tasks), each read at most
 * once per {@link #FRESH_FOR} however often it is scraped, and the rule reloads. Decisions are counted in
 * decision.DecisionLog, the time to complete a transfer in transfer.process.ApplyTransfer.
 */
@Component
class BusinessMeters {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    record Outbox(long backlog, long failing) {
    }

    record Tasks(long open, double oldestAgeSeconds) {
    }

    BusinessMeters(MeterRegistry registry, RulesEngine rules, JdbcTemplate jdbc, TaskService tasks, Clock clock) {
        Counter reloads = Counter.builder("csp.rules.reloads").description("rule generations loaded after startup")
                .register(registry);
        rules.onLoad(loaded -> reloads.increment());

        Supplier<Map<TransferStatus, Long>> byStatus = cached(() -> {
            Map<TransferStatus, Long> counts = new EnumMap<>(TransferStatus.class);
            for (TransferStatus status : TransferStatus.values()) {
                counts.put(status, 0L);
            }
            jdbc.query("select status, count(*) from transfer_request group by status",
                    row -> { counts.put(TransferStatus.valueOf(row.getString(1)), row.getLong(2)); });
            return counts;
        });
        for (TransferStatus status : TransferStatus.values()) {
            Gauge.builder("csp.transfers", () -> byStatus.get().get(status)).tag("status", status.name())
                    .description("transfer requests by status").register(registry);
        }

        Supplier<Outbox> outbox = cached(() -> jdbc.queryForObject("select count(*),"
                + " coalesce(sum(case when last_error is not null then 1 else 0 end), 0)"
                + " from notification where sent_time is null", (row, n) -> new Outbox(row.getLong(1), row.getLong(2))));
        Gauge.builder("csp.outbox.backlog", () -> outbox.get().backlog()).description("notices not mailed yet")
                .register(registry);
        Gauge.builder("csp.outbox.failing", () -> outbox.get().failing())
                .description("notices not mailed yet whose last attempt failed").register(registry);

        Supplier<Tasks> open = cached(() -> {
            List<Task> oldest = tasks.createTaskQuery().orderByTaskCreateTime().asc().listPage(0, 1);
            double age = oldest.isEmpty() ? 0
                    : Duration.between(oldest.get(0).getCreateTime().toInstant(), clock.instant()).toMillis() / 1000.0;
            return new Tasks(tasks.createTaskQuery().count(), age);
        });
        Gauge.builder("csp.tasks.open", () -> open.get().open()).description("open user tasks").register(registry);
        Gauge.builder("csp.tasks.oldest.age", () -> open.get().oldestAgeSeconds()).baseUnit("seconds")
                .description("age of the oldest open user task").register(registry);
    }

    /** The value, read again when older than FRESH_FOR (a scrape is cheap, and several meters share one query). */
    private static <T> Supplier<T> cached(Supplier<T> read) {
        return new Supplier<>() {
            private T value;
            private long readAt;

            @Override
            public synchronized T get() {
                long now = System.nanoTime(); // not the service's clock, which tests may stop
                if (value == null || now - readAt > FRESH_FOR.toNanos()) {
                    value = read.get();
                    readAt = now;
                }
                return value;
            }
        };
    }
}

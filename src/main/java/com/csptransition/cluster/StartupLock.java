package com.csptransition.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes started together on one PostgreSQL take turns, from the schema migration (ours and Camunda's, one Flyway
 * history) to ready: the engine's start, process deployments, Tasklist filters, the first administrator, the demo
 * data. Each runs check-then-create, so the node after sees what the node before created and nothing is created
 * twice (two nodes once both ran Camunda's schema creation, and one died). The turn is a session advisory lock on a
 * connection held for the start; a node that dies while starting ends its session and frees it. H2 in file mode
 * serves one process: no lock.
 */
@Component
class StartupLock implements FlywayMigrationStrategy, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Any constant: the one advisory lock key of this service's start. */
    static final long KEY = 0x637370_5354415254L;

    private final DataSource dataSource;
    private final Duration wait;
    private Connection held;

    StartupLock(DataSource dataSource, @Value("${csp.cluster.startup-wait:PT10M}") Duration wait) {
        this.dataSource = dataSource;
        this.wait = wait;
    }

    @Override
    public void migrate(Flyway flyway) {
        take();
        flyway.migrate();
    }

    private synchronized void take() {
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lock_timeout = " + wait.toMillis());
                long asked = System.nanoTime();
                statement.execute("select pg_advisory_lock(" + KEY + ")");
                statement.execute("reset lock_timeout"); // the role's or database's own, for the pool
                log.info("Startup turn taken after {} ms (schema migration, engine, deployments, set-up until ready)",
                        Duration.ofNanos(System.nanoTime() - asked).toMillis());
            } catch (SQLException e) {
                connection.close();
                throw new IllegalStateException("Another node has been starting on this database for longer than "
                        + "csp.cluster.startup-wait (" + wait + "); it holds the startup lock (pg_locks, locktype advisory): "
                        + e.getMessage(), e);
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the startup lock: " + e.getMessage(), e);
        }
    }

    /** Ready comes after the application runners and the ready listeners: the whole start was in the turn. */
    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
        }
    }

    /** A start that fails closes the context: the next node takes its turn at once. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            log.warn("Startup lock not released ({}); it ends with the connection", e.getMessage());
        } finally {
            held = null;
        }
    }
}

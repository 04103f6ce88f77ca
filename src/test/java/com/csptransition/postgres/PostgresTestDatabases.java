package com.csptransition.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With -Dcsp.test.database=postgres, every Spring context a test starts on an in-memory H2 (application-test.yaml's
 * URL, or a test's own jdbc:h2:mem: URL) gets a fresh database of its own on one embedded PostgreSQL per JVM
 * (zonky's binaries of production's major version, no Docker), so the tests stay as isolated as on H2.
 * Without the property nothing changes.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "csp.test.database";
    static final String USER = "postgres";

    private static EmbeddedPostgres server;

    public static boolean active() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (!active() || url == null || !url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        String database = "csp_" + UUID.randomUUID().toString().replace("-", "");
        createDatabase(database);
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", server().getJdbcUrl(USER, database),
                "spring.datasource.username", USER,
                "spring.datasource.password", "")));
    }

    private static void createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // a test database need not survive a crash; every cached Spring context keeps its pool open
                File log = Path.of("target", "embedded-postgres.log").toFile();
                log.getParentFile().mkdirs();
                log.delete(); // the server's own log (its ERROR lines are the SQL errors it answered), this run's
                server = EmbeddedPostgres.builder()
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                        // stopped after the Spring contexts on it are closed, not by a shutdown hook of its own
                        .setRegisterShutdownHook(false)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                SpringApplication.getShutdownHandlers().add(PostgresTestDatabases::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        // after application-test.yaml and the tests' own properties are read
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}

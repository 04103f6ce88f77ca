package com.csptransition.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every migration applies on the database the tests run on, and the entities match the tables they made (the context
 * starts only if Hibernate's ddl-auto=validate agrees). The PostgreSQL run is really on PostgreSQL 15, production's.
 */
@AlsoOnPostgres
class DatabaseSchemaTest extends ApiTestSupport {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(flyway.info().applied()).filter(m -> m.getVersion() != null && m.getScript() != null))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse())
                .extracting(MigrationInfo::getScript).contains("V1__domain.sql");
    }

    @Test
    void theTestsRunOnTheDatabaseAskedFor() {
        String database = jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion());
        assertThat(database).startsWith(PostgresTestDatabases.active() ? "PostgreSQL 15." : "H2 ");
    }
}

package com.csptransition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Migration 14 on the databases it meets: empty, with Camunda's tables already there, of another Camunda version. */
class CamundaSchemaTest {

    final CamundaSchema migration = new CamundaSchema();

    @Test
    void anEmptyDatabaseGetsCamundasWholeSchema() throws Exception {
        try (Connection connection = h2()) {
            migration.migrate(context(connection));

            JdbcTemplate db = jdbc(connection);
            for (String table : new String[] {"ACT_RU_EXECUTION", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RE_CASE_DEF",
                    "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST"}) {
                assertThat(db.queryForObject("select count(*) from information_schema.tables where table_name = ?",
                        Integer.class, table)).as(table).isEqualTo(1);
            }
            assertThat(db.queryForObject("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).startsWith("7.24");
        }
    }

    /** A database whose Camunda tables the engine created itself (before migration 14): kept as it is. */
    @Test
    void tablesAlreadyThereAreKept() throws Exception {
        try (Connection connection = h2()) {
            migration.migrate(context(connection));
            jdbc(connection).update("insert into ACT_ID_USER (ID_, REV_) values ('kept', 1)");

            migration.migrate(context(connection));

            assertThat(jdbc(connection).queryForObject("select count(*) from ACT_ID_USER", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void tablesOfAnotherCamundaVersionAreRefusedWithTheWayToUpgrade() throws Exception {
        try (Connection connection = h2()) {
            migration.migrate(context(connection));
            jdbc(connection).update("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.23.0'");

            assertThatThrownBy(() -> migration.migrate(context(connection)))
                    .hasMessageContaining("7.23.0").hasMessageContaining("Upgrading Camunda");
        }
    }

    private static Connection h2() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
    }

    private static JdbcTemplate jdbc(Connection connection) {
        return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}

package com.csptransition.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Camunda's tables are a Flyway migration, so that they are created once, by one node, under Flyway's lock and the
 * node's startup turn, like ours; the engine only checks them (camunda.bpm.database.schema-update: false). The
 * scripts are Camunda's own, from the engine jar, the ones its schema update runs. A database whose Camunda tables
 * the engine created before this migration existed keeps them: each part is created only where its table is
 * missing, and an engine version other than this one's is refused (README "Upgrading Camunda").
 */
@Component
public class CamundaSchema implements JavaMigration {

    /** Each part of Camunda's schema, by a table it creates; in the order of Camunda's own schema creation. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("engine", "ACT_RU_EXECUTION");
        PARTS.put("history", "ACT_HI_PROCINST");
        PARTS.put("identity", "ACT_ID_USER");
        PARTS.put("case.engine", "ACT_RE_CASE_DEF");
        PARTS.put("case.history", "ACT_HI_CASEINST");
        PARTS.put("decision.engine", "ACT_RE_DECISION_DEF");
        PARTS.put("decision.history", "ACT_HI_DECINST");
    }

    private static final String ENGINE = ProductPropertiesUtil.getProductVersion();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "Camunda schema";
    }

    /** None: Camunda's scripts come with the engine jar, and a migration that ran is not compared again. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    /** PostgreSQL creates the tables in one transaction: all of them or none. */
    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = database(connection);
        if (exists(connection, "ACT_GE_SCHEMA_LOG")) {
            String version = schemaVersion(connection);
            if (!minor(version).equals(minor(ENGINE))) {
                throw new IllegalStateException("Camunda's tables are of version " + version + ", this service runs "
                        + ENGINE + ": upgrade them with Camunda's scripts first (README \"Upgrading Camunda\")");
            }
        }
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            if (!exists(connection, part.getValue())) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                        "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part.getKey() + ".sql"));
            }
        }
    }

    private static String database(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> "postgres";
            case "H2" -> "h2";
            default -> throw new IllegalStateException("No Camunda schema for " + product + ": PostgreSQL or H2");
        };
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        String name = connection.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** The version of Camunda's newest create or upgrade script that ran: Camunda logs each. */
    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc")) {
            return row.next() ? row.getString(1) : "unknown";
        }
    }

    /** 7.24.0 → 7.24: Camunda changes its schema in minor versions (patch scripts are rare and optional). */
    private static String minor(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }
}

package dev.abmbridge.core.engine;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Databases for state-store tests. PostgreSQL comes from {@code ABM_TEST_POSTGRES_URL} (environment or system
 * property {@code abm.test.postgres.url}), else the local server on 127.0.0.1:5432 database {@code test}. With no
 * server the PostgreSQL tests are skipped on a developer machine and fail when {@code CI=true}.
 */
public final class TestDatabases {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3";

    private TestDatabases() {
    }

    public static DataSource freshH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    /** The JDBC URL of the test PostgreSQL server, or the test is skipped (failed in CI). */
    public static String postgresUrl() {
        String url = System.getenv("ABM_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("abm.test.postgres.url");
        }
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = DEFAULT_URL;
        }
        try (Connection c = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            String why = "no PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " (CI must run the PostgreSQL tests; .ci/run starts a server)");
            }
            Assumptions.abort(why);
            return null;
        }
    }

    /** A new, empty schema in the test PostgreSQL database; {@link #dropSchema} removes it. */
    public static DataSource freshPostgresSchema(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    public static void dropSchema(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fresh PostgreSQL schemas one test made, each a new database for it, dropped together afterwards. */
    public static final class PostgresSchemas {

        private final String url;
        private final java.util.List<String> schemas = new java.util.ArrayList<>();

        public PostgresSchemas(String url) {
            this.url = url;
        }

        public DataSource fresh() {
            String schema = "abm_" + UUID.randomUUID().toString().replace("-", "");
            schemas.add(schema);
            return freshPostgresSchema(url, schema);
        }

        public void dropAll() {
            schemas.forEach(s -> dropSchema(url, s));
            schemas.clear();
        }
    }
}

package id.bpjstk.claims.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the test run a database of its own on the local PostgreSQL (no Docker needed): creates
 * {@code claims_test_<random>} before Quarkus starts and drops it afterwards. Host, port, user and
 * password come from CLAIMS_TEST_PG_HOST/PORT/USER/PASSWORD, else MEMBERSHIP_TEST_PG_..., else
 * 127.0.0.1:5432, postgres, no password.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final SecureRandom RANDOM = new SecureRandom();

    private String database;

    @Override
    public Map<String, String> start() {
        database = createDatabase("claims_test_");
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        if (database != null) {
            dropDatabase(database);
        }
    }

    /** Creates an empty database named prefix + random hex and answers its name. */
    public static String createDatabase(String prefix) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        String name = prefix + HexFormat.of().formatHex(suffix);
        admin("create database " + name);
        return name;
    }

    public static void dropDatabase(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("HOST", "127.0.0.1") + ":" + env("PORT", "5432") + "/" + database;
    }

    public static String user() {
        return env("USER", "postgres");
    }

    public static String password() {
        return env("PASSWORD", "");
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + jdbcUrl("postgres")
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv("CLAIMS_TEST_PG_" + name)).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("MEMBERSHIP_TEST_PG_" + name)).filter(v -> !v.isBlank()))
                .orElse(fallback);
    }
}

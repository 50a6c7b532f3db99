package id.bpjstk.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Creates fresh PostgreSQL databases for one test run and drops them at its end. */
final class TestDatabases implements AutoCloseable {

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    private final String password = env("PGPASSWORD", "");
    private final List<String> created = new ArrayList<>();

    /** A new, empty database named {@code <prefix>_<random>}; returns its JDBC URL. */
    String create(String prefix) throws SQLException {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        created.add(name);
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        for (String name : created) {
            try (Connection connection = admin(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }
        created.clear();
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package id.bpjstk.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates fresh PostgreSQL databases for one run (of the system tests, of the benchmark) and drops them at its end;
 * a database meant to outlive the run is made with {@link #createKept}.
 */
public final class TestDatabases implements AutoCloseable {

    private final String host;
    private final String port;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    /**
     * Databases in the machine's PostgreSQL: {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}, or
     * 127.0.0.1:5432 as {@code postgres}.
     */
    public TestDatabases() {
        this(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"), env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    /** Databases in the PostgreSQL at {@code host:port}, made as {@code user}. */
    public TestDatabases(String host, String port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** A new, empty database named {@code <prefix>_<random>}; returns its JDBC URL. */
    public String create(String prefix) throws SQLException {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        created.add(name);
        return jdbcUrl(name);
    }

    /** Whether a database of that name exists (one kept from an earlier run, say). */
    public boolean exists(String name) throws SQLException {
        try (Connection connection = admin();
             java.sql.PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (java.sql.ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    /** Creates a database that outlives this object (it is not dropped on {@link #close}); returns its JDBC URL. */
    public String createKept(String name) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    /** Drops a database by name, whoever made it. */
    public void drop(String name) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
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

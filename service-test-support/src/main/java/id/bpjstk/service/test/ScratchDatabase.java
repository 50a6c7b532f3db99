package id.bpjstk.service.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** A database of a test's own on the tests' PostgreSQL, dropped on {@link #close()}. */
public final class ScratchDatabase implements AutoCloseable {

    private final TestPostgres server;
    private final String name;
    private Connection connection;

    ScratchDatabase(TestPostgres server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** Runs the Flyway migrations found at {@code location} (e.g. {@code filesystem:src/main/resources/db/migration}). */
    public MigrateResult migrate(String location) {
        return Flyway.configure()
                .dataSource(jdbcUrl(), server.user(), server.password())
                .locations(location)
                .load()
                .migrate();
    }

    /** The tables of the {@code public} schema, by name. */
    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection().createStatement();
                ResultSet rs = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    public long count(String table) throws SQLException {
        try (Statement statement = connection().createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(jdbcUrl(), server.user(), server.password());
        }
        return connection;
    }

    /** Closes the connection and drops the database. */
    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // dropped with force below either way
        }
        server.dropDatabase(name);
    }
}

package id.bpjstk.service.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The local PostgreSQL the tests of a service run on (no Docker needed), and the databases they create on it.
 *
 * <p>Host, port, user and password come from {@code <SERVICE>_TEST_PG_HOST/PORT/USER/PASSWORD} (for
 * membership-service {@code MEMBERSHIP_TEST_PG_HOST}, ...), else {@code BPJSTK_TEST_PG_HOST/PORT/USER/PASSWORD}
 * for every service, else 127.0.0.1:5432, postgres, no password. The service is the one whose
 * {@code application.properties} is on the class path ({@code quarkus.application.name}).
 */
public final class TestPostgres {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String service;

    private TestPostgres(String service) {
        this.service = service;
    }

    /** The server for the service under test. */
    public static TestPostgres forThisService() {
        return new TestPostgres(serviceName());
    }

    /** The short name of the service under test: {@code membership} for membership-service. */
    public String service() {
        return service;
    }

    /** Creates an empty database named {@code prefix} + random hex; closing it drops it. */
    public ScratchDatabase createDatabase(String prefix) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        String name = prefix + HexFormat.of().formatHex(suffix);
        admin("create database " + name);
        return new ScratchDatabase(this, name);
    }

    void dropDatabase(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + setting("HOST", "127.0.0.1") + ":" + setting("PORT", "5432") + "/" + database;
    }

    public String user() {
        return setting("USER", "postgres");
    }

    public String password() {
        return setting("PASSWORD", "");
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + jdbcUrl("postgres")
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private String setting(String name, String fallback) {
        return env(service.toUpperCase(Locale.ROOT) + "_TEST_PG_" + name)
                .or(() -> env("BPJSTK_TEST_PG_" + name))
                .orElse(fallback);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    private static String serviceName() {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(TestPostgres.class.getClassLoader());
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String application = properties.getProperty("quarkus.application.name", "service");
        return application.replaceFirst("-service$", "").replace('-', '_');
    }
}

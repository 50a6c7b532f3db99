package id.bpjstk.membership.persistence;

import id.bpjstk.membership.config.MembershipConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Seeds the demo members (fictional people) when {@code membership.demo-data.enabled} is true. Runs after
 * Flyway's migrate-at-start, in one transaction, and only when the demo members are not all there
 * yet; the script itself is idempotent too, so a restart never duplicates anything.
 */
@ApplicationScoped
public class DemoDataSeeder {

    public static final List<String> DEMO_MEMBERSHIP_NUMBERS =
            List.of("11000000017", "11000000025", "11000000033", "11000000041", "11000000058",
                    "11000000066");

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    /** Serialises seeding between instances starting at the same time. */
    private static final long ADVISORY_LOCK_KEY = 0x6270_6a74_6b64_656dL;

    private final MembershipConfig config;
    private final AgroalDataSource dataSource;

    DemoDataSeeder(MembershipConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData().enabled()) {
            LOG.debug("Demo data is disabled (membership.demo-data.enabled=false)");
            return;
        }
        seedIfAbsent();
    }

    /** Runs the demo script unless every demo member is present; answers whether it ran. */
    public boolean seedIfAbsent() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lock(connection);
                int present = countDemoMembers(connection);
                if (present == DEMO_MEMBERSHIP_NUMBERS.size()) {
                    LOG.info("Demo data already present, not seeding again");
                    return false;
                }
                int statements = execute(connection, readScript());
                LOG.infof("Seeded demo data (%d statements from %s)", statements, config.demoData().script());
                return true;
            }
        });
    }

    /** Runs the script whatever is in the database (it must then change nothing). */
    public void runScript() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lock(connection);
                execute(connection, readScript());
            } catch (SQLException e) {
                throw new IllegalStateException("Demo data script failed", e);
            }
        });
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK_KEY);
            statement.execute();
        }
    }

    private static int countDemoMembers(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from members where membership_number = any (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", DEMO_MEMBERSHIP_NUMBERS.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return statements.size();
    }

    private List<String> readScript() {
        String resource = config.demoData().script();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data script not found on the classpath: " + resource);
            }
            return splitStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements: lines starting with {@code --} are comments, and a
     * statement ends with a line that ends with {@code ;}.
     */
    static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}

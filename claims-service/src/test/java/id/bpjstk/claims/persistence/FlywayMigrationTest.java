package id.bpjstk.claims.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.claims.support.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class FlywayMigrationTest {

    private static final String CLAIM = "insert into claims (id, membership_number, type, reason, status, bank_name,"
            + " bank_account_number, eligibility_outcome, eligibility_reason_id, eligibility_reason_en,"
            + " eligibility_source, idempotency_key, request_hash, decision_reason, created_by, created_at, updated_at)"
            + " values (gen_random_uuid(), '11000000041', 'JHT', 'JHT_RETIREMENT', '%s', 'BRI', '%s', 'ELIGIBLE', 'x',"
            + " 'x', 'x', '%s', repeat('a', 64), %s, '11000000041', now(), now())";

    @Inject
    Flyway flyway;

    @Test
    void applicationDatabaseIsMigratedToTheLatestVersionWithNothingPending() {
        assertEquals("1", flyway.info().current().getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length);
        flyway.validate();
    }

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabaseWithItsSafeguards() throws SQLException {
        String database = PostgresTestDatabase.createDatabase("claims_flyway_");
        String url = PostgresTestDatabase.jdbcUrl(database);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();

            assertEquals(1, result.migrationsExecuted);
            try (Connection connection = DriverManager.getConnection(url, PostgresTestDatabase.user(),
                    PostgresTestDatabase.password())) {
                assertEquals(List.of("claim_documents", "claim_status_history", "claims", "document_contents",
                        "flyway_schema_history"), tables(connection));

                execute(connection, CLAIM.formatted("DRAFT", "0123456789", "k1", "null"));
                assertViolates("claims_one_open_per_type_uk",
                        () -> execute(connection, CLAIM.formatted("SUBMITTED", "0123456789", "k2", "null")));
                // a closed claim of the same type is no obstacle
                execute(connection, CLAIM.formatted("PAID", "0123456789", "k3", "null"));
                assertViolates("claims_idempotency_key_uk",
                        () -> execute(connection, CLAIM.formatted("CANCELLED", "0123456789", "k1", "null")));
                assertViolates("claims_bank_account_number_ck",
                        () -> execute(connection, CLAIM.formatted("PAID", "01234abc89", "k4", "null")));
                assertViolates("claims_rejected_has_reason_ck",
                        () -> execute(connection, CLAIM.formatted("REJECTED", "0123456789", "k5", "null")));
                execute(connection, CLAIM.formatted("REJECTED", "0123456789", "k6", "'Dokumen tidak lengkap'"));
                assertViolates("claims_status_ck",
                        () -> execute(connection, CLAIM.formatted("OPEN", "0123456789", "k7", "null")));
            }
        } finally {
            PostgresTestDatabase.dropDatabase(database);
        }
    }

    private static void assertViolates(String constraint, ThrowingRunnable statement) {
        SQLException e = assertThrows(SQLException.class, statement::run);
        assertTrue(e.getMessage().contains(constraint), e.getMessage());
    }

    private interface ThrowingRunnable {
        void run() throws SQLException;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

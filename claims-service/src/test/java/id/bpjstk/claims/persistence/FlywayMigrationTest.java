package id.bpjstk.claims.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.ScratchDatabase;
import id.bpjstk.service.test.TestPostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
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
        try (ScratchDatabase database = TestPostgres.forThisService().createDatabase("claims_flyway_")) {
            MigrateResult result = database.migrate("filesystem:src/main/resources/db/migration");

            assertEquals(1, result.migrationsExecuted);
            assertEquals(List.of("claim_documents", "claim_status_history", "claims", "document_contents",
                    "flyway_schema_history"), database.tables());

            database.execute(CLAIM.formatted("DRAFT", "0123456789", "k1", "null"));
            assertViolates("claims_one_open_per_type_uk",
                    () -> database.execute(CLAIM.formatted("SUBMITTED", "0123456789", "k2", "null")));
            // a closed claim of the same type is no obstacle
            database.execute(CLAIM.formatted("PAID", "0123456789", "k3", "null"));
            assertViolates("claims_idempotency_key_uk",
                    () -> database.execute(CLAIM.formatted("CANCELLED", "0123456789", "k1", "null")));
            assertViolates("claims_bank_account_number_ck",
                    () -> database.execute(CLAIM.formatted("PAID", "01234abc89", "k4", "null")));
            assertViolates("claims_rejected_has_reason_ck",
                    () -> database.execute(CLAIM.formatted("REJECTED", "0123456789", "k5", "null")));
            database.execute(CLAIM.formatted("REJECTED", "0123456789", "k6", "'Dokumen tidak lengkap'"));
            assertViolates("claims_status_ck",
                    () -> database.execute(CLAIM.formatted("OPEN", "0123456789", "k7", "null")));
        }
    }

    private static void assertViolates(String constraint, ThrowingRunnable statement) {
        SQLException e = assertThrows(SQLException.class, statement::run);
        assertTrue(e.getMessage().contains(constraint), e.getMessage());
    }

    private interface ThrowingRunnable {
        void run() throws SQLException;
    }
}

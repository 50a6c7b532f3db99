package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class FlywayMigrationTest {

    @Inject
    Flyway flyway;

    @Test
    void applicationDatabaseIsMigratedToTheLatestVersionWithNothingPending() {
        assertEquals("4", flyway.info().current().getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length);
        flyway.validate();
    }

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabase() throws SQLException {
        try (ScratchDatabase database = TestPostgres.forThisService().createDatabase("membership_flyway_")) {
            MigrateResult result = database.migrate("filesystem:src/main/resources/db/migration");

            assertEquals(4, result.migrationsExecuted);
            assertEquals("4", result.targetSchemaVersion);
            assertEquals(List.of("contribution_lines", "contribution_months", "flyway_schema_history",
                    "investment_returns", "members"), database.tables());
            assertEquals(0, database.count("members"));
            SQLException badKpj = assertThrows(SQLException.class, () -> database.execute(
                    "insert into members (membership_number, nik, full_name, birth_date, sex, participant_category,"
                            + " status, registered_since) values ('1100000001', '3171015505900001', 'X',"
                            + " date '1990-01-01', 'MALE', 'PU', 'ACTIVE', date '2020-01-01')"));
            assertTrue(badKpj.getMessage().contains("members_membership_number_ck"), badKpj.getMessage());
            SQLException bpuWithEmployer = assertThrows(SQLException.class, () -> database.execute(
                    "insert into members (membership_number, nik, full_name, birth_date, sex, participant_category,"
                            + " status, employer_name, registered_since) values ('11000000999', '3171015505900009',"
                            + " 'X', date '1990-01-01', 'MALE', 'BPU', 'ACTIVE', 'PT X', date '2020-01-01')"));
            assertTrue(bpuWithEmployer.getMessage().contains("members_employer_ck"), bpuWithEmployer.getMessage());
            SQLException endBeforeBirth = assertThrows(SQLException.class, () -> database.execute(
                    "insert into members (membership_number, nik, full_name, birth_date, sex, participant_category,"
                            + " status, registered_since, employment_end_date) values ('11000000998',"
                            + " '3171015505900008', 'X', date '1990-01-01', 'MALE', 'PU', 'ACTIVE',"
                            + " date '2020-01-01', date '1989-12-31')"));
            assertTrue(endBeforeBirth.getMessage().contains("members_employment_end_date_ck"),
                    endBeforeBirth.getMessage());
        }
    }
}

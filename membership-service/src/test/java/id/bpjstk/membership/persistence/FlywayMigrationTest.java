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
        assertEquals("5", flyway.info().current().getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length);
        flyway.validate();
    }

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabase() throws SQLException {
        try (ScratchDatabase database = TestPostgres.forThisService().createDatabase("membership_flyway_")) {
            MigrateResult result = database.migrate("filesystem:src/main/resources/db/migration");

            assertEquals(5, result.migrationsExecuted);
            assertEquals("5", result.targetSchemaVersion);
            assertEquals(List.of("contribution_months", "flyway_schema_history", "investment_returns",
                    "member_balances", "members"), database.tables());
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

    @Test
    void linesRecordedBeforeBecomeColumnsOfTheirMonthAndTheBalancesAreBackfilled() throws SQLException {
        TestPostgres postgres = TestPostgres.forThisService();
        try (ScratchDatabase database = postgres.createDatabase("membership_flyway_")) {
            Flyway.configure().dataSource(database.jdbcUrl(), postgres.user(), postgres.password())
                    .locations("filesystem:src/main/resources/db/migration").target("4").load().migrate();
            database.execute("insert into members (membership_number, nik, full_name, birth_date, sex,"
                    + " participant_category, status, employer_name, registered_since) values ('11000000990',"
                    + " '3171015505900990', 'X', date '1990-01-01', 'MALE', 'PU', 'ACTIVE', 'PT X', date '2020-01-01')");
            database.execute("insert into contribution_months (member_id, period, wage) select id, p, 5000000"
                    + " from members, (values (date '2024-01-01'), (date '2024-02-01')) as v (p)");
            // JP only in February
            database.execute("insert into contribution_lines (contribution_month_id, programme, base, employer_share,"
                    + " employee_share) select cm.id, l.programme, l.base, l.employer, l.employee"
                    + " from contribution_months cm cross join (values ('JHT', 5000000, 185000, 100000),"
                    + " ('JKK', 5000000, 12000, 0), ('JKM', 5000000, 15000, 0), ('JP', 5000000, 100000, 50000))"
                    + " as l (programme, base, employer, employee)"
                    + " where l.programme <> 'JP' or cm.period = date '2024-02-01'");

            MigrateResult result = Flyway.configure()
                    .dataSource(database.jdbcUrl(), postgres.user(), postgres.password())
                    .locations("filesystem:src/main/resources/db/migration").load().migrate();

            assertEquals("5", result.targetSchemaVersion);
            assertEquals(2, database.count("contribution_months where jht_base = 5000000 and jht_employer_share = 185000"
                    + " and jht_employee_share = 100000 and jkk_employer_share = 12000 and jkm_employer_share = 15000"));
            assertEquals(1, database.count("contribution_months where jp_base is null and period = date '2024-01-01'"));
            assertEquals(1, database.count("contribution_months where jp_employer_share = 100000"
                    + " and jp_employee_share = 50000 and period = date '2024-02-01'"));
            assertEquals(1, database.count("member_balances where months = 2 and first_period = date '2024-01-01'"
                    + " and latest_period = date '2024-02-01' and jht_contributions = 570000"
                    + " and jp_contributions = 150000 and jp_months = 1 and jp_base_sum = 5000000"));
        }
    }

    @Test
    void everyWriteOfAMonthKeepsTheMembersBalancesInTheSameTransaction() throws SQLException {
        try (ScratchDatabase database = TestPostgres.forThisService().createDatabase("membership_flyway_")) {
            database.migrate("filesystem:src/main/resources/db/migration");
            database.execute("insert into members (membership_number, nik, full_name, birth_date, sex,"
                    + " participant_category, status, registered_since) values ('11000000991',"
                    + " '3171015505900991', 'X', date '1990-01-01', 'FEMALE', 'BPU', 'ACTIVE', date '2020-01-01')");
            database.execute("insert into contribution_months (member_id, period, wage, jht_base, jht_employer_share,"
                    + " jht_employee_share) select id, p, 2000000, 2000000, 0, 40000"
                    + " from members, (values (date '2024-01-01'), (date '2024-02-01'), (date '2024-03-01')) as v (p)");
            assertEquals(1, database.count("member_balances where months = 3 and latest_period = date '2024-03-01'"
                    + " and jht_contributions = 120000 and jp_months = 0"));

            database.execute("update contribution_months set jht_employee_share = 50000 where period = date '2024-03-01'");
            assertEquals(1, database.count("member_balances where jht_contributions = 130000"));

            database.execute("delete from contribution_months where period = date '2024-03-01'");
            assertEquals(1, database.count("member_balances where months = 2 and latest_period = date '2024-02-01'"
                    + " and jht_contributions = 80000"));

            SQLException halfALine = assertThrows(SQLException.class, () -> database.execute(
                    "update contribution_months set jht_base = null where period = date '2024-01-01'"));
            assertTrue(halfALine.getMessage().contains("contribution_months_jht_ck"), halfALine.getMessage());

            database.execute("delete from contribution_months");
            assertEquals(0, database.count("member_balances"));
        }
    }
}

package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.membership.service.ContributionRules;
import id.bpjstk.membership.service.ProgrammeContribution;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class DemoDataSeederTest {

    @Inject
    DemoDataSeeder seeder;
    @Inject
    MemberRepository members;
    @Inject
    ContributionMonthRepository months;
    @Inject
    InvestmentReturnRepository returns;

    @Test
    @TestTransaction
    void theSixDemoMembersAreSeeded() {
        assertDemoMember(Demo.SITI, Demo.SITI_NIK, "Siti Rahmawati", "1990-05-15", "+6281200000001",
                "siti@example.test", ParticipantCategory.PU, Sex.FEMALE);
        assertDemoMember(Demo.BUDI, "3273011208850002", "Budi Santoso", "1985-08-12", "+6281200000002",
                "budi@example.test", ParticipantCategory.PU, Sex.MALE);
        assertDemoMember(Demo.DEWI, "3578016101920003", "Dewi Lestari", "1992-01-21", "+6281200000003",
                "dewi@example.test", ParticipantCategory.BPU, Sex.FEMALE);
        assertDemoMember(Demo.MADE, Demo.MADE_NIK, "Made Wirawan", "1970-03-03", "+6281200000004",
                "made@example.test", ParticipantCategory.PU, Sex.MALE);
        assertDemoMember(Demo.RINA, "3174015807880005", "Rina Kartika", "1988-07-18", "+6281200000005",
                "rina@example.test", ParticipantCategory.PU, Sex.FEMALE);
        assertDemoMember(Demo.AGUS, "3201012509950006", "Agus Pratama", "1995-09-25", "+6281200000006",
                "agus@example.test", ParticipantCategory.BPU, Sex.MALE);
        assertEquals(6, DemoDataSeeder.DEMO_MEMBERSHIP_NUMBERS.size());
    }

    @Test
    @TestTransaction
    void everyDemoMemberHas46MonthsFromJanuary2023ToOctober2026AndReturnsForThreeYears() {
        for (String kpj : DemoDataSeeder.DEMO_MEMBERSHIP_NUMBERS) {
            Member member = members.findByMembershipNumber(kpj).orElseThrow();
            assertEquals(46, months.countInRange(member, YearMonth.of(1977, 1), YearMonth.of(9999, 12)), kpj);
            assertEquals(YearMonth.of(2026, 10),
                    months.findLatestPeriodUpTo(member, YearMonth.of(9999, 12)).orElseThrow(), kpj);
            assertEquals(List.of(2023, 2024, 2025),
                    returns.findByMember(member).stream().map(InvestmentReturn::getYear).toList(), kpj);
            assertTrue(returns.findByMember(member).stream().allMatch(r -> r.getAmount() > 0), kpj);
        }
    }

    @Test
    @TestTransaction
    void everySeededLineIsWhatContributionRulesComputes() {
        for (String kpj : DemoDataSeeder.DEMO_MEMBERSHIP_NUMBERS) {
            Member member = members.findByMembershipNumber(kpj).orElseThrow();
            List<ContributionMonth> all = months.list("member", member);
            for (ContributionMonth month : all) {
                List<ProgrammeContribution> expected = member.isWageEarner()
                        ? ContributionRules.wageEarner(month.getPeriod(), month.getWage())
                        : ContributionRules.nonWageEarner(month.getWage(), true);
                List<ProgrammeContribution> actual = month.lines().entrySet().stream()
                        .map(l -> new ProgrammeContribution(l.getKey(), l.getValue().base(),
                                l.getValue().employerShare(), l.getValue().employeeShare()))
                        .toList();
                assertEquals(expected, actual, kpj + " " + month.getPeriod());
            }
        }
    }

    @Test
    void seedingAgainChangesNothing() {
        long[] before = counts();

        assertFalse(seeder.seedIfAbsent(), "the demo members are there, so the seeder must not run the script");
        seeder.runScript();
        seeder.runScript();

        long[] after = counts();
        assertEquals(before[0], after[0], "members");
        assertEquals(before[1], after[1], "contribution months");
        assertEquals(before[2], after[2], "investment returns");
        assertEquals(before[3], after[3], "balances");
    }

    private long[] counts() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new long[] {
            members.count(), months.count(), returns.count(),
            ((Number) months.getEntityManager().createNativeQuery("select count(*) from member_balances")
                    .getSingleResult()).longValue() });
    }

    private void assertDemoMember(String kpj, String nik, String name, String birthDate, String phone, String email,
            ParticipantCategory category, Sex sex) {
        Member member = members.findByMembershipNumber(kpj).orElseThrow();
        assertTrue(member.nikMatches(nik), kpj);
        assertEquals(name, member.getFullName());
        assertEquals(LocalDate.parse(birthDate), member.getBirthDate());
        assertEquals(phone, member.getPhoneNumber());
        assertEquals(email, member.getEmail());
        assertEquals(category, member.getParticipantCategory());
        assertEquals(sex, member.getSex());
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
        assertEquals(category == ParticipantCategory.PU, member.getEmployerName() != null);
    }
}

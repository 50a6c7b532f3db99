package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Member facts for the rule tests: a wage earner with no end of employment unless told otherwise. */
final class Facts {

    static final ClaimCatalog CATALOG = ClaimCatalog.load();

    private String membershipNumber = "11000000017";
    private LocalDate birthDate = LocalDate.of(1990, 5, 15);
    private ParticipantCategory category = ParticipantCategory.PU;
    private LocalDate employmentEndDate;
    private int months = 46;
    private int jpMonths = 46;
    private YearMonth first = YearMonth.of(2023, 1);
    private YearMonth last = YearMonth.of(2026, 10);

    static Facts member() {
        return new Facts();
    }

    Facts born(int year, int month, int day) {
        birthDate = LocalDate.of(year, month, day);
        return this;
    }

    Facts nonWageEarner() {
        category = ParticipantCategory.BPU;
        jpMonths = 0;
        return this;
    }

    Facts employmentEnded(int year, int month, int day) {
        employmentEndDate = LocalDate.of(year, month, day);
        return this;
    }

    Facts jpMonths(int count) {
        jpMonths = count;
        return this;
    }

    /** Contributions paid from {@code from} to {@code to}, {@code count} months of them. */
    Facts paid(YearMonth from, YearMonth to, int count) {
        first = from;
        last = to;
        months = count;
        return this;
    }

    MemberFacts build() {
        return new MemberFacts(membershipNumber, birthDate, category, employmentEndDate, months, jpMonths, first, last);
    }

    Eligibility evaluate(String type, String reason, LocalDate today) {
        return reason(type, reason).evaluate(Optional.of(build()), today);
    }

    static ClaimReason reason(String type, String reason) {
        return CATALOG.reason(type, reason).orElseThrow();
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

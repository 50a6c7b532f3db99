package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.ContributionMonth;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.ContributionMonthRepository.MemberMonthPage;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.persistence.ProgrammeLine;
import id.bpjstk.service.api.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ContributionService {

    /** Months in the default window: the latest month and the eleven before it. */
    public static final int DEFAULT_WINDOW_MONTHS = 12;

    private final ContributionMonthRepository months;
    private final Clock clock;

    ContributionService(ContributionMonthRepository months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    /**
     * One page of the member's contribution months in [from, to], newest first. Without
     * {@code to}: the member's latest contribution month (this month if there is none). Without
     * {@code from}: eleven months before {@code to}, i.e. a twelve-month window. A page past the
     * last is empty. One statement finds the member, the range and the page ({@link ContributionMonthRepository#findPageOfMember});
     * reads only, in the request's read-only session: no transaction to begin and commit.
     */
    public ContributionHistory history(String membershipNumber, Optional<YearMonth> from, Optional<YearMonth> to,
            int page, int size) {
        MemberMonthPage found = months.findPageOfMember(membershipNumber, from, to, YearMonth.now(clock),
                DEFAULT_WINDOW_MONTHS, page, size).orElseThrow(MemberNotFoundException::new);
        if (found.from().isAfter(found.to())) {
            throw new InvalidRequestException("from", "must not be after 'to' (" + found.to() + ")");
        }
        return new ContributionHistory(found.from(), found.to(), page, size, found.totalItems(), toMonthly(found.months()));
    }

    /** The member's contribution months of one calendar year, oldest first. */
    @Transactional
    public List<MonthlyContribution> monthsOfYear(Member member, int year) {
        return toMonthly(months.findInYear(member, year));
    }

    private static List<MonthlyContribution> toMonthly(List<ContributionMonth> contributionMonths) {
        List<MonthlyContribution> result = new ArrayList<>(contributionMonths.size());
        for (ContributionMonth month : contributionMonths) {
            List<ProgrammeContribution> programmes = new ArrayList<>(4);
            for (Map.Entry<Programme, ProgrammeLine> entry : month.lines().entrySet()) {
                ProgrammeLine line = entry.getValue();
                programmes.add(new ProgrammeContribution(entry.getKey(),
                        line.base(), line.employerShare(), line.employeeShare()));
            }
            result.add(new MonthlyContribution(month.getPeriod(), month.getWage(), List.copyOf(programmes)));
        }
        return result;
    }
}

package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.ContributionMonth;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.ContributionMonthRepository.MonthPage;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberBalances;
import id.bpjstk.membership.persistence.MemberBalancesRepository;
import id.bpjstk.membership.persistence.MemberRepository;
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

    private final MemberRepository members;
    private final MemberBalancesRepository balances;
    private final ContributionMonthRepository months;
    private final Clock clock;

    ContributionService(MemberRepository members, MemberBalancesRepository balances,
            ContributionMonthRepository months, Clock clock) {
        this.members = members;
        this.balances = balances;
        this.months = months;
        this.clock = clock;
    }

    /**
     * One page of the member's contribution months in [from, to], newest first. Without
     * {@code to}: the member's latest contribution month (this month if there is none). Without
     * {@code from}: eleven months before {@code to}, i.e. a twelve-month window. A page past the
     * last is empty. Reads only, in the request's read-only session: no transaction to begin and commit.
     */
    public ContributionHistory history(String membershipNumber, Optional<YearMonth> from, Optional<YearMonth> to,
            int page, int size) {
        MemberBalances member = balances.findByMembershipNumber(membershipNumber)
                .orElseThrow(MemberNotFoundException::new);
        YearMonth end = to.orElseGet(() -> member.hasContributions() ? member.latest() : YearMonth.now(clock));
        YearMonth start = from.orElse(end.minusMonths(DEFAULT_WINDOW_MONTHS - 1L));
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", "must not be after 'to' (" + end + ")");
        }
        MonthPage pageOfMonths = months.findPageInRange(members.getEntityManager().getReference(Member.class,
                member.memberId()), start, end, page, size);
        return new ContributionHistory(start, end, page, size, pageOfMonths.totalItems(),
                toMonthly(pageOfMonths.months()));
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

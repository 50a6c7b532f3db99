package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.ContributionLine;
import id.bpjstk.membership.persistence.ContributionLineRepository;
import id.bpjstk.membership.persistence.ContributionMonth;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.service.api.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ContributionService {

    /** Months in the default window: the latest month and the eleven before it. */
    public static final int DEFAULT_WINDOW_MONTHS = 12;

    private final MemberRepository members;
    private final ContributionMonthRepository months;
    private final ContributionLineRepository lines;
    private final Clock clock;

    ContributionService(MemberRepository members, ContributionMonthRepository months,
            ContributionLineRepository lines, Clock clock) {
        this.members = members;
        this.months = months;
        this.lines = lines;
        this.clock = clock;
    }

    /**
     * One page of the member's contribution months in [from, to], newest first. Without
     * {@code to}: the member's latest contribution month (this month if there is none). Without
     * {@code from}: eleven months before {@code to}, i.e. a twelve-month window.
     */
    @Transactional
    public ContributionHistory history(String membershipNumber, Optional<YearMonth> from, Optional<YearMonth> to,
            int page, int size) {
        Member member = members.findByMembershipNumber(membershipNumber).orElseThrow(MemberNotFoundException::new);
        YearMonth end = to.orElseGet(() -> months.findLatestPeriodUpTo(member, YearMonth.of(9999, 12))
                .orElseGet(() -> YearMonth.now(clock)));
        YearMonth start = from.orElse(end.minusMonths(DEFAULT_WINDOW_MONTHS - 1L));
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", "must not be after 'to' (" + end + ")");
        }
        long total = months.countInRange(member, start, end);
        List<ContributionMonth> pageOfMonths = months.findPageInRange(member, start, end, page, size);
        List<MonthlyContribution> items = toMonthly(pageOfMonths);
        items.sort(Comparator.comparing(MonthlyContribution::period).reversed());
        return new ContributionHistory(start, end, page, size, total, items);
    }

    /** The member's contribution months of one calendar year, oldest first. */
    @Transactional
    public List<MonthlyContribution> monthsOfYear(Member member, int year) {
        return toMonthly(months.findInYear(member, year));
    }

    private List<MonthlyContribution> toMonthly(List<ContributionMonth> contributionMonths) {
        Map<Long, List<ProgrammeContribution>> linesByMonth = new LinkedHashMap<>();
        for (ContributionMonth month : contributionMonths) {
            linesByMonth.put(month.getId(), new ArrayList<>());
        }
        for (ContributionLine line : lines.findByMonths(contributionMonths)) {
            linesByMonth.get(line.getMonth().getId()).add(new ProgrammeContribution(line.getProgramme(),
                    line.getBase(), line.getEmployerShare(), line.getEmployeeShare()));
        }
        List<MonthlyContribution> result = new ArrayList<>(contributionMonths.size());
        for (ContributionMonth month : contributionMonths) {
            List<ProgrammeContribution> programmes = linesByMonth.get(month.getId());
            programmes.sort(Comparator.comparing(ProgrammeContribution::programme));
            result.add(new MonthlyContribution(month.getPeriod(), month.getWage(), List.copyOf(programmes)));
        }
        return result;
    }
}

package id.bpjstk.membership.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class ContributionMonthRepository implements PanacheRepository<ContributionMonth> {

    /** The latest month with a contribution, at or before {@code upTo}. */
    public Optional<YearMonth> findLatestPeriodUpTo(Member member, YearMonth upTo) {
        LocalDate latest = getEntityManager()
                .createQuery("select max(cm.period) from ContributionMonth cm"
                        + " where cm.member = :member and cm.period <= :upTo", LocalDate.class)
                .setParameter("member", member)
                .setParameter("upTo", upTo.atDay(1))
                .getSingleResult();
        return Optional.ofNullable(latest).map(YearMonth::from);
    }

    /** How many months the member has paid for up to {@code upTo}, and the first and last of them. */
    public MonthSpan spanUpTo(Member member, YearMonth upTo) {
        Object[] row = getEntityManager()
                .createQuery("select count(cm), min(cm.period), max(cm.period) from ContributionMonth cm"
                        + " where cm.member = :member and cm.period <= :upTo", Object[].class)
                .setParameter("member", member)
                .setParameter("upTo", upTo.atDay(1))
                .getSingleResult();
        return new MonthSpan(((Number) row[0]).longValue(),
                row[1] == null ? null : YearMonth.from((LocalDate) row[1]),
                row[2] == null ? null : YearMonth.from((LocalDate) row[2]));
    }

    /** Totals of one programme over every month up to and including {@code upTo}. */
    public ProgrammeTotals totalsUpTo(Member member, Programme programme, YearMonth upTo) {
        String line = "cm." + programme.name().toLowerCase(Locale.ROOT);
        Object[] row = getEntityManager()
                .createQuery("select coalesce(sum(" + line + ".employerShare + " + line + ".employeeShare), 0),"
                        + " count(" + line + ".base), coalesce(sum(" + line + ".base), 0) from ContributionMonth cm"
                        + " where cm.member = :member and cm.period <= :upTo", Object[].class)
                .setParameter("member", member)
                .setParameter("upTo", upTo.atDay(1))
                .getSingleResult();
        return new ProgrammeTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    public long countInRange(Member member, YearMonth from, YearMonth to) {
        return count("member = ?1 and period >= ?2 and period <= ?3", member, from.atDay(1), to.atDay(1));
    }

    /**
     * One page of a member's months, newest first, found by her membership number in one statement: the member, the
     * range (without {@code to}: her latest month, {@code thisMonth} when she has none; without {@code from}:
     * {@code windowMonths} ending there), the page (one index range read, however far the page is) and how many months
     * the range holds. Empty when no member has that number. A page past the end has no months (then the count
     * takes a query of its own); a range whose start is after its end holds nothing. The months are plain rows,
     * nothing to track for a read.
     */
    public Optional<MemberMonthPage> findPageOfMember(String membershipNumber, Optional<YearMonth> from,
            Optional<YearMonth> to, YearMonth thisMonth, int windowMonths, int pageIndex, int pageSize) {
        long offset = (long) pageIndex * pageSize;
        String rangeEnd = to.isPresent() ? "cast(:to as date)" : "coalesce(b.latest_period, cast(:thisMonth as date))";
        String rangeStart = from.isPresent() ? "cast(:from as date)"
                : "cast(d.range_end - interval '" + (windowMonths - 1) + " months' as date)";
        jakarta.persistence.Query query = getEntityManager()
                .createNativeQuery("select e.id, e.range_start, e.range_end, p.period, p.wage,"
                        + " p.jht_base, p.jht_employer_share, p.jht_employee_share,"
                        + " p.jkk_base, p.jkk_employer_share, p.jkk_employee_share,"
                        + " p.jkm_base, p.jkm_employer_share, p.jkm_employee_share,"
                        + " p.jp_base, p.jp_employer_share, p.jp_employee_share, p.total_items"
                        + " from (select d.id, d.range_end, " + rangeStart + " as range_start"
                        + "   from (select m.id, " + rangeEnd + " as range_end"
                        + "     from members m left join member_balances b on b.member_id = m.id"
                        + "     where m.membership_number = :number) d) e"
                        + " left join lateral (select cm.*, count(*) over () as total_items from contribution_months cm"
                        + "   where cm.member_id = e.id and cm.period >= e.range_start and cm.period <= e.range_end"
                        + "   order by cm.period desc offset :offset limit :size) p on true")
                .setParameter("number", membershipNumber)
                .setParameter("offset", offset)
                .setParameter("size", pageSize);
        to.ifPresentOrElse(month -> query.setParameter("to", month.atDay(1)),
                () -> query.setParameter("thisMonth", thisMonth.atDay(1)));
        from.ifPresent(month -> query.setParameter("from", month.atDay(1)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Member member = getEntityManager().getReference(Member.class, NativeRows.number(first[0]));
        YearMonth rangeFrom = NativeRows.month(first[1]);
        YearMonth rangeTo = NativeRows.month(first[2]);
        if (first[3] == null) {
            long total = offset == 0 || rangeFrom.isAfter(rangeTo) ? 0 : countInRange(member, rangeFrom, rangeTo);
            return Optional.of(new MemberMonthPage(rangeFrom, rangeTo, total, List.of()));
        }
        return Optional.of(new MemberMonthPage(rangeFrom, rangeTo, NativeRows.number(first[17]),
                rows.stream().map(row -> month(member, row)).toList()));
    }

    /** A month of {@link #findPageOfMember}'s row: its period in column 3, the wage in 4, then three columns a programme. */
    private static ContributionMonth month(Member member, Object[] row) {
        ContributionMonth month = new ContributionMonth(member, NativeRows.month(row[3]), NativeRows.number(row[4]));
        Programme[] programmes = Programme.values();
        for (int i = 0; i < programmes.length; i++) {
            int column = 5 + 3 * i;
            if (row[column] != null) {
                month.setLine(programmes[i], new ProgrammeLine(NativeRows.number(row[column]),
                        NativeRows.number(row[column + 1]), NativeRows.number(row[column + 2])));
            }
        }
        return month;
    }

    /** The months of one calendar year, oldest first. */
    public List<ContributionMonth> findInYear(Member member, int year) {
        return list("member = ?1 and period >= ?2 and period < ?3", Sort.ascending("period"), member,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The range a page of a member's months was taken from, the number of months it holds, and the page. */
    public record MemberMonthPage(YearMonth from, YearMonth to, long totalItems, List<ContributionMonth> months) {
    }
}

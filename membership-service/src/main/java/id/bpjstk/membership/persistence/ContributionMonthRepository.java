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
     * One page of the months in [from, to], newest first, and how many months the range holds: one index range
     * read, however far the page is (a page past the end is empty, never an overflow). The months are read as
     * plain rows (nothing to track for a read), with the given member.
     */
    public MonthPage findPageInRange(Member member, YearMonth from, YearMonth to, int pageIndex, int pageSize) {
        long offset = (long) pageIndex * pageSize;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select cm.period, cm.wage,"
                        + " cm.jht_base, cm.jht_employer_share, cm.jht_employee_share,"
                        + " cm.jkk_base, cm.jkk_employer_share, cm.jkk_employee_share,"
                        + " cm.jkm_base, cm.jkm_employer_share, cm.jkm_employee_share,"
                        + " cm.jp_base, cm.jp_employer_share, cm.jp_employee_share,"
                        + " count(*) over () as total_items from contribution_months cm"
                        + " where cm.member_id = ?1 and cm.period >= ?2 and cm.period <= ?3"
                        + " order by cm.period desc offset ?4 limit ?5")
                .setParameter(1, member.getId())
                .setParameter(2, from.atDay(1))
                .setParameter(3, to.atDay(1))
                .setParameter(4, offset)
                .setParameter(5, pageSize)
                .getResultList();
        if (rows.isEmpty()) {
            return new MonthPage(offset == 0 ? 0 : countInRange(member, from, to), List.of());
        }
        long total = ((Number) rows.get(0)[14]).longValue();
        return new MonthPage(total, rows.stream().map(row -> month(member, row)).toList());
    }

    private static ContributionMonth month(Member member, Object[] row) {
        LocalDate period = row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0];
        ContributionMonth month = new ContributionMonth(member, YearMonth.from(period), ((Number) row[1]).longValue());
        Programme[] programmes = Programme.values();
        for (int i = 0; i < programmes.length; i++) {
            int column = 2 + 3 * i;
            if (row[column] != null) {
                month.setLine(programmes[i], new ProgrammeLine(((Number) row[column]).longValue(),
                        ((Number) row[column + 1]).longValue(), ((Number) row[column + 2]).longValue()));
            }
        }
        return month;
    }

    /** The months of one calendar year, oldest first. */
    public List<ContributionMonth> findInYear(Member member, int year) {
        return list("member = ?1 and period >= ?2 and period < ?3", Sort.ascending("period"), member,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** One page of months and the number of months in the whole range. */
    public record MonthPage(long totalItems, List<ContributionMonth> months) {
    }
}

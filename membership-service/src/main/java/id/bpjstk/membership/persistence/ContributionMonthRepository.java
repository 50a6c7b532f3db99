package id.bpjstk.membership.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

    public long countInRange(Member member, YearMonth from, YearMonth to) {
        return count("member = ?1 and period >= ?2 and period <= ?3", member, from.atDay(1), to.atDay(1));
    }

    /** One page of the months in [from, to], newest first. */
    public List<ContributionMonth> findPageInRange(Member member, YearMonth from, YearMonth to, int pageIndex,
            int pageSize) {
        return find("member = ?1 and period >= ?2 and period <= ?3", Sort.descending("period"), member,
                from.atDay(1), to.atDay(1))
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    /** The months of one calendar year, oldest first. */
    public List<ContributionMonth> findInYear(Member member, int year) {
        return list("member = ?1 and period >= ?2 and period < ?3", Sort.ascending("period"), member,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}

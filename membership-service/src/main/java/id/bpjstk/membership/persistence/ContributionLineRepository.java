package id.bpjstk.membership.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ContributionLineRepository implements PanacheRepository<ContributionLine> {

    public List<ContributionLine> findByMonths(Collection<ContributionMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        return list("month in ?1 order by month.period, programme", months);
    }

    /** Totals of one programme over every month up to and including {@code upTo}. */
    public ProgrammeTotals totalsUpTo(Member member, Programme programme, YearMonth upTo) {
        Object[] row = getEntityManager()
                .createQuery("select coalesce(sum(l.employerShare + l.employeeShare), 0), count(l),"
                        + " coalesce(sum(l.base), 0) from ContributionLine l"
                        + " where l.month.member = :member and l.programme = :programme"
                        + " and l.month.period <= :upTo", Object[].class)
                .setParameter("member", member)
                .setParameter("programme", programme)
                .setParameter("upTo", upTo.atDay(1))
                .getSingleResult();
        return new ProgrammeTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}

package id.bpjstk.membership.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class InvestmentReturnRepository implements PanacheRepository<InvestmentReturn> {

    /** JHT returns credited on or before {@code asOf}. */
    public long sumCreditedUpTo(Member member, LocalDate asOf) {
        Object sum = getEntityManager()
                .createQuery("select coalesce(sum(r.amount), 0) from InvestmentReturn r"
                        + " where r.member = :member and r.programme = :programme and r.creditedOn <= :asOf",
                        Object.class)
                .setParameter("member", member)
                .setParameter("programme", Programme.JHT)
                .setParameter("asOf", asOf)
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    public List<InvestmentReturn> findByMember(Member member) {
        return list("member", Sort.ascending("year"), member);
    }
}

package id.bpjstk.membership.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    public Optional<Member> findByMembershipNumber(String membershipNumber) {
        return find("membershipNumber", membershipNumber).firstResultOptional();
    }

    public long countByMembershipNumbers(Collection<String> membershipNumbers) {
        return count("membershipNumber in ?1", membershipNumbers);
    }
}

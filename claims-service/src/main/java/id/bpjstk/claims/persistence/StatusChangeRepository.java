package id.bpjstk.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    /** The claim's history, oldest first. */
    public List<StatusChange> findByClaim(Claim claim) {
        return list("claim", Sort.ascending("id"), claim);
    }
}

package id.bpjstk.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClaimDocumentRepository implements PanacheRepositoryBase<ClaimDocument, UUID> {

    public List<ClaimDocument> findByClaim(Claim claim) {
        return list("claim", Sort.ascending("uploadedAt").and("id"), claim);
    }

    public Optional<ClaimDocument> findByIdAndClaim(UUID id, Claim claim) {
        return find("id = ?1 and claim = ?2", id, claim).firstResultOptional();
    }

    /** Sum of the sizes of the claim's documents, in bytes. */
    public long totalBytes(Claim claim) {
        return getEntityManager()
                .createQuery("select coalesce(sum(d.sizeBytes), 0) from ClaimDocument d where d.claim = :claim",
                        Long.class)
                .setParameter("claim", claim)
                .getSingleResult();
    }
}

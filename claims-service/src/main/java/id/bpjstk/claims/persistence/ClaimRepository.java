package id.bpjstk.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** Name of the unique constraint that makes one Idempotency-Key per member name one claim. */
    public static final String IDEMPOTENCY_KEY_CONSTRAINT = "claims_idempotency_key_uk";
    /** Name of the unique index that allows one open claim per member and type. */
    public static final String ONE_OPEN_PER_TYPE_CONSTRAINT = "claims_one_open_per_type_uk";

    public Optional<Claim> findByIdempotencyKey(String membershipNumber, String idempotencyKey) {
        return find("membershipNumber = ?1 and idempotencyKey = ?2", membershipNumber, idempotencyKey)
                .firstResultOptional();
    }

    public boolean hasOpenClaim(String membershipNumber, String type) {
        return count("membershipNumber = ?1 and type = ?2 and status in ?3", membershipNumber, type,
                ClaimStatus.OPEN) > 0;
    }

    /** The claim when it belongs to this member; empty for another member's claim as for no claim at all. */
    public Optional<Claim> findOwned(UUID id, String membershipNumber) {
        return find("id = ?1 and membershipNumber = ?2", id, membershipNumber).firstResultOptional();
    }

    /** {@link #findOwned}, locking the claim's row until the transaction ends (uploads one at a time). */
    public Optional<Claim> findOwnedForUpdate(UUID id, String membershipNumber) {
        return find("id = ?1 and membershipNumber = ?2", id, membershipNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Claim> findByMembershipNumber(String membershipNumber) {
        return list("membershipNumber", Sort.descending("createdAt").and("id"), membershipNumber);
    }

    /**
     * One page of the claims in any of {@code statuses}, of {@code type} when given, oldest first; a page that starts
     * beyond what any query can skip is beyond the last, and empty.
     */
    public List<Claim> findQueuePage(Collection<ClaimStatus> statuses, Optional<String> type, int pageIndex,
            int pageSize) {
        if ((long) pageIndex * pageSize > Integer.MAX_VALUE) {
            return List.of();
        }
        return queue(statuses, type).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countQueue(Collection<ClaimStatus> statuses, Optional<String> type) {
        return queue(statuses, type).count();
    }

    private PanacheQuery<Claim> queue(Collection<ClaimStatus> statuses, Optional<String> type) {
        Parameters parameters = Parameters.with("statuses", statuses);
        String query = "status in :statuses";
        if (type.isPresent()) {
            query += " and type = :type";
            parameters.and("type", type.get());
        }
        return find(query, Sort.ascending("createdAt").and("id"), parameters);
    }
}

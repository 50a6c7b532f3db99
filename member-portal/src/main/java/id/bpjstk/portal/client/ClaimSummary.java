package id.bpjstk.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A claim in a list: the member's own ({@code GET /api/claims}) or the officers' queue. */
public record ClaimSummary(UUID id, String membershipNumber, String type, String reason, String status,
        Instant createdAt, Instant updatedAt) {

    /** Statuses after which nothing more happens to a claim. */
    public static final Set<String> FINAL = Set.of("PAID", "REJECTED", "CANCELLED");

    public boolean open() {
        return !FINAL.contains(status);
    }

    /** The member's own claims ({@code GET /api/claims}), newest first. */
    public record Mine(List<ClaimSummary> items) {
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimSummary")
public record ClaimSummaryResponse(
        UUID id,
        @Schema(examples = "11000000041") String membershipNumber,
        @Schema(examples = "JHT") String type,
        @Schema(examples = "JHT_RETIREMENT") String reason,
        ClaimStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public static ClaimSummaryResponse from(Claim claim) {
        return new ClaimSummaryResponse(claim.getId(), claim.getMembershipNumber(), claim.getType(), claim.getReason(),
                claim.getStatus(), claim.getCreatedAt(), claim.getUpdatedAt());
    }
}

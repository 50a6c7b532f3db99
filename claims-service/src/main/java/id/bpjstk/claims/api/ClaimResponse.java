package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.persistence.StatusChange;
import id.bpjstk.claims.service.ClaimDetails;
import id.bpjstk.claims.service.rules.DocumentType;
import id.bpjstk.claims.service.rules.LocalizedText;
import id.bpjstk.claims.service.rules.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "A claim with its documents and its status history, oldest first.")
public record ClaimResponse(
        UUID id,
        @Schema(examples = "11000000041") String membershipNumber,
        @Schema(examples = "JHT") String type,
        @Schema(examples = "JHT_RETIREMENT") String reason,
        ClaimStatus status,
        @Schema(examples = "Bank Rakyat Indonesia") String bankName,
        @Schema(examples = "0123456789") String bankAccountNumber,
        @Schema(description = "The eligibility evaluated when the claim was created") EligibilityResponse eligibility,
        List<DocumentType> requiredDocuments,
        @Schema(description = "Required document types not uploaded yet; empty when the claim can be submitted")
        List<DocumentType> missingDocuments,
        List<DocumentResponse> documents,
        List<HistoryItem> history,
        @Schema(description = "The officer's reason for a rejection; null otherwise", nullable = true)
        String decisionReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Grows with every change (optimistic locking)") long version) {

    @Schema(name = "StatusChange")
    public record HistoryItem(
            @Schema(description = "Null for the creation of the claim", nullable = true) ClaimStatus from,
            ClaimStatus to,
            @Schema(description = "Username of who acted: the member's KPJ or the officer's username",
                    examples = "officer01")
            String by,
            ActorRole role,
            Instant at,
            @Schema(nullable = true) String reason) {

        static HistoryItem from(StatusChange change) {
            return new HistoryItem(change.getFromStatus(), change.getToStatus(), change.getActor(),
                    change.getActorRole(), change.getAt(), change.getReason());
        }
    }

    public static ClaimResponse from(ClaimDetails details) {
        Claim claim = details.claim();
        Outcome outcome = Outcome.valueOf(claim.getEligibilityOutcome());
        EligibilityResponse eligibility = new EligibilityResponse(outcome == Outcome.ELIGIBLE,
                outcome != Outcome.NOT_ELIGIBLE, outcome,
                new LocalizedText(claim.getEligibilityReasonId(), claim.getEligibilityReasonEn()),
                claim.getEligibilitySource());
        return new ClaimResponse(claim.getId(), claim.getMembershipNumber(), claim.getType(), claim.getReason(),
                claim.getStatus(), claim.getBankName(), claim.getBankAccountNumber(), eligibility,
                details.reason().requiredDocuments(), details.missingDocuments(),
                details.documents().stream().map(DocumentResponse::from).toList(),
                details.history().stream().map(HistoryItem::from).toList(),
                claim.getDecisionReason(), claim.getCreatedAt(), claim.getUpdatedAt(), claim.getVersion());
    }
}

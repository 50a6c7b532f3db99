package id.bpjstk.claims.api;

import id.bpjstk.claims.service.rules.Eligibility;
import id.bpjstk.claims.service.rules.LocalizedText;
import id.bpjstk.claims.service.rules.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = "What the rules say about the member, why, and the rule's legal source.")
public record EligibilityResponse(
        @Schema(description = "The registry's facts meet every rule: claimable now") boolean eligible,
        @Schema(description = "A claim may be filed: eligible, or resting on an incident report an officer verifies")
        boolean canFile,
        @Schema(description = "ELIGIBLE, NOT_ELIGIBLE, or NEEDS_INCIDENT_REPORT (JKK, JKM: document-driven)")
        Outcome outcome,
        @Schema(description = "Why, in Bahasa Indonesia (id) and English (en)") LocalizedText reason,
        @Schema(examples = "PP 45/2015 Pasal 15 (usia pensiun) dan Pasal 19 ayat (1) (masa iur minimum 15 tahun)")
        String source) {

    public static EligibilityResponse from(Eligibility eligibility) {
        return new EligibilityResponse(eligibility.eligible(), eligibility.canFile(), eligibility.outcome(),
                eligibility.reason(), eligibility.source());
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.service.EligibilityService;
import id.bpjstk.claims.service.rules.DocumentType;
import id.bpjstk.claims.service.rules.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimTypes", description = "Every claim type, its reasons, their documents and the caller's eligibility today.")
public record ClaimTypesResponse(
        @Schema(description = "The day the rules were applied for", examples = "2026-11-21") LocalDate asOf,
        List<ClaimTypeItem> claimTypes) {

    @Schema(name = "ClaimType")
    public record ClaimTypeItem(
            @Schema(examples = "JHT") String code,
            LocalizedText name,
            @Schema(description = "The regulation the programme's benefits rest on") String legalSource,
            @Schema(description = "Some reason of the type is claimable now") boolean eligible,
            List<ReasonItem> reasons) {
    }

    @Schema(name = "ClaimReason")
    public record ReasonItem(
            @Schema(examples = "JHT_RETIREMENT") String code,
            LocalizedText name,
            @Schema(description = "Document types a claim for this reason must have before it is submitted")
            List<DocumentType> requiredDocuments,
            EligibilityResponse eligibility) {
    }

    public static ClaimTypesResponse from(EligibilityService.MemberEligibility eligibility) {
        return new ClaimTypesResponse(eligibility.asOf(), eligibility.types().stream()
                .map(type -> new ClaimTypeItem(type.type().code(), type.type().name(), type.type().legalSource(),
                        type.eligible(), type.reasons().stream()
                                .map(r -> new ReasonItem(r.reason().code(), r.reason().name(),
                                        r.reason().requiredDocuments(), EligibilityResponse.from(r.eligibility())))
                                .toList()))
                .toList());
    }
}

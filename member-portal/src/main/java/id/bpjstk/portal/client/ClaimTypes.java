package id.bpjstk.portal.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every claim type with its reasons, their required documents and the signed-in member's eligibility today
 * ({@code GET /api/claim-types}).
 */
public record ClaimTypes(LocalDate asOf, List<Type> claimTypes) {

    public record Type(String code, LocalizedText name, String legalSource, boolean eligible, List<Reason> reasons) {

        public Optional<Reason> reason(String code) {
            return reasons.stream().filter(reason -> reason.code().equals(code)).findFirst();
        }

        /** Some reason of the type may be filed now. */
        public boolean canFile() {
            return reasons.stream().anyMatch(reason -> reason.eligibility().canFile());
        }
    }

    public record Reason(String code, LocalizedText name, List<DocumentType> requiredDocuments, Eligibility eligibility) {
    }

    public Optional<Type> type(String code) {
        return claimTypes.stream().filter(type -> type.code().equals(code)).findFirst();
    }
}

package id.bpjstk.portal.web;

import java.util.List;
import java.util.Optional;

import id.bpjstk.portal.client.Claim;
import id.bpjstk.portal.client.ClaimSummary;
import id.bpjstk.portal.client.ClaimTypes;
import id.bpjstk.portal.client.DocumentType;
import id.bpjstk.portal.client.LocalizedText;

/** What the members' claims pages show. */
public final class ClaimViews {

    private ClaimViews() {
    }

    /**
     * The names of types and reasons from claims-service's catalog; where the catalog could not be read (it needs the
     * member registry), the codes.
     */
    public record Names(ClaimTypes catalog) {

        public LocalizedText type(String code) {
            return Optional.ofNullable(catalog).flatMap(c -> c.type(code)).map(ClaimTypes.Type::name)
                    .orElse(new LocalizedText(code, code));
        }

        public LocalizedText reason(String type, String reason) {
            return Optional.ofNullable(catalog).flatMap(c -> c.type(type)).flatMap(t -> t.reason(reason))
                    .map(ClaimTypes.Reason::name).orElse(new LocalizedText(reason, reason));
        }
    }

    /** {@code /claims}: her claims, and every type with her eligibility; each part may be unavailable. */
    public record ClaimList(Parts<List<ClaimSummary>> mine, Parts<ClaimTypes> types, String notice) {

        public Names names() {
            return new Names(types.value());
        }

        /** Her open claim of {@code type}, or null: a second one would be refused. */
        public ClaimSummary openClaim(String type) {
            if (!mine.available()) {
                return null;
            }
            return mine.value().stream().filter(claim -> claim.type().equals(type) && claim.open()).findFirst().orElse(null);
        }
    }

    /**
     * {@code /claims/new}: without a known {@code type} the choice of a type; with one, the form for it. {@code alert}
     * is a message about the whole form; {@code existing} the open claim of the type the service named, if any.
     */
    public record NewClaim(ClaimTypes catalog, ClaimTypes.Type type, NewClaimForm form, FormErrors errors, String alert,
            boolean resumed, String existing) {

        public boolean chosen() {
            return type != null;
        }

        /** The reasons' required documents, for the hint beside the reason. */
        public List<DocumentType> documents(String reason) {
            return type == null ? List.of() : type.reason(reason).map(ClaimTypes.Reason::requiredDocuments).orElse(List.of());
        }
    }

    /**
     * {@code /claims/{id}}: the claim, its history and documents, the upload form with the limits, and what the last
     * action answered ({@code notice} on success, {@code alert} and {@code missing} on a refusal, {@code errors} at
     * the upload fields).
     */
    public record ClaimPage(Claim claim, Names names, DocumentLimits limits, FormErrors errors, String notice, String alert,
            List<DocumentType> missing, String uploadType, boolean resumedSubmit) {

        /** The document type's name on this claim, the code when the reason does not list it. */
        public LocalizedText documentName(String code) {
            return claim.documentType(code).map(DocumentType::name).orElse(new LocalizedText(code, code));
        }

        public boolean uploaded(String code) {
            return claim.documents().stream().anyMatch(document -> document.type().equals(code));
        }

        /** What the claim's documents may still add up to. */
        public long remainingBytes() {
            return Math.max(0, limits.maxTotalBytes() - claim.documentBytes());
        }
    }
}

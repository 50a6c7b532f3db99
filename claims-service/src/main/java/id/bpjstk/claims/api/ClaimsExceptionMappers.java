package id.bpjstk.claims.api;

import id.bpjstk.claims.client.MembershipUnavailableException;
import id.bpjstk.claims.service.ClaimConflictException;
import id.bpjstk.claims.service.ClaimNotFoundException;
import id.bpjstk.claims.service.DocumentIntegrityException;
import id.bpjstk.claims.service.DocumentNotFoundException;
import id.bpjstk.claims.service.DocumentsMissingException;
import id.bpjstk.claims.service.IdempotencyKeyReusedException;
import id.bpjstk.claims.service.NotEligibleException;
import id.bpjstk.claims.service.UnsupportedDocumentException;
import id.bpjstk.service.api.ErrorResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * claims-service's own failures as {@code {"code","message"}} (plus {@code violations} for a submission with
 * documents missing); everything else (validation, tokens, sizes, version conflicts, the unexpected) is mapped
 * by service-support's {@code ApiExceptionMappers}. The codes it answers: 404 {@code claim_not_found},
 * {@code document_not_found}; 409 {@code documents_missing}, {@code claim_not_editable}, {@code invalid_transition},
 * {@code open_claim_exists}, {@code own_claim} (an officer acting on a claim filed under her own KPJ),
 * {@code same_officer} (the verifier approving, the approver paying); 415 {@code unsupported_document}; 422
 * {@code not_eligible}, {@code idempotency_key_reused}; 500 {@code document_corrupted}; 503
 * {@code membership_unavailable}.
 */
public class ClaimsExceptionMappers {

    static final String RETRY_AFTER_SECONDS = "30";
    static final int UNPROCESSABLE_CONTENT = 422;

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> claimNotFound(ClaimNotFoundException e) {
        return ErrorResponse.of("claim_not_found", e.getMessage()).withStatus(Response.Status.NOT_FOUND);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> documentNotFound(DocumentNotFoundException e) {
        return ErrorResponse.of("document_not_found", e.getMessage()).withStatus(Response.Status.NOT_FOUND);
    }

    /** Every 409 of the claims' own, with its exception's code. */
    @ServerExceptionMapper
    public RestResponse<ErrorResponse> claimConflict(ClaimConflictException e) {
        List<ErrorResponse.Violation> violations = null;
        if (e instanceof DocumentsMissingException missing) {
            violations = missing.missing().stream()
                    .map(type -> new ErrorResponse.Violation("documents",
                            type.code() + " (" + type.name().en() + ") is missing"))
                    .toList();
        }
        return new ErrorResponse(e.code(), e.getMessage(), violations).withStatus(Response.Status.CONFLICT);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> notEligible(NotEligibleException e) {
        return ErrorResponse.of("not_eligible", e.getMessage()).withStatus(UNPROCESSABLE_CONTENT);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return ErrorResponse.of("idempotency_key_reused", e.getMessage()).withStatus(UNPROCESSABLE_CONTENT);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unsupportedDocument(UnsupportedDocumentException e) {
        return ErrorResponse.of("unsupported_document", e.getMessage())
                .withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> documentIntegrity(DocumentIntegrityException e) {
        return ErrorResponse.of("document_corrupted", e.getMessage()).withStatus(Response.Status.INTERNAL_SERVER_ERROR);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> membershipUnavailable(MembershipUnavailableException e) {
        return RestResponse.ResponseBuilder.fromResponse(ErrorResponse.of("membership_unavailable",
                        "The member registry cannot be reached just now; nothing was changed. Try again shortly.")
                        .withStatus(Response.Status.SERVICE_UNAVAILABLE))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}

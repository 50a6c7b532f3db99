package id.bpjstk.claims.api;

import id.bpjstk.claims.config.ClaimsConfig;
import id.bpjstk.service.api.BodySizeRule;
import id.bpjstk.service.api.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

/**
 * An upload may carry one document at its cap ({@code claims.documents.max-file-bytes}) plus room for the
 * multipart framing; a larger declared body is refused as {@code document_too_large} before it is read. Other
 * bodies are small JSON documents, held to {@code bpjstk.api.max-request-body-bytes}.
 */
@ApplicationScoped
public class DocumentUploadSizeRule implements BodySizeRule {

    /** Multipart boundaries, part headers and the type field around the file. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    private final ClaimsConfig config;

    DocumentUploadSizeRule(ClaimsConfig config) {
        this.config = config;
    }

    @Override
    public boolean appliesTo(MediaType type) {
        return type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    @Override
    public void check(long declaredLength) {
        long maxFile = config.documents().maxFileBytes();
        if (declaredLength > maxFile + MULTIPART_OVERHEAD_BYTES) {
            throw new PayloadTooLargeException("document_too_large",
                    "A document may be at most " + maxFile + " bytes; this upload is " + declaredLength + " bytes");
        }
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.config.ClaimsConfig;
import id.bpjstk.claims.service.TooLargeException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body declared larger than the API accepts with a JSON 413: for an upload, one document
 * at its cap plus room for the multipart framing; for anything else, a small JSON document.
 */
public class RequestSizeFilter {

    /** Multipart boundaries, part headers and the type field around the file. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    // a provider: the filter is created before the runtime configuration exists
    @Inject
    Provider<ClaimsConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void limitBodySize(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            long maxFile = config.get().documents().maxFileBytes();
            if (length > maxFile + MULTIPART_OVERHEAD_BYTES) {
                throw new TooLargeException("document_too_large",
                        "A document may be at most " + maxFile + " bytes; this upload is " + length + " bytes");
            }
        } else if (length > config.get().maxJsonBodyBytes()) {
            throw new TooLargeException("payload_too_large", "The request body is too large");
        }
    }
}

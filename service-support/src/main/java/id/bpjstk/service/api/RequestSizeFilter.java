package id.bpjstk.service.api;

import id.bpjstk.service.config.ApiConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body declared larger than the API accepts with a JSON 413, before anything reads it: the service's
 * {@link BodySizeRule} for its media type, if one applies, else {@code bpjstk.api.max-request-body-bytes}.
 */
public class RequestSizeFilter {

    // lazily: the filter is created before the runtime configuration exists
    @Inject
    Instance<ApiConfig> config;

    @Inject
    Instance<BodySizeRule> rules;

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
            throw new InvalidRequestException(HttpHeaders.CONTENT_LENGTH, "must be a number of bytes");
        }
        MediaType type = request.getMediaType();
        if (type != null) {
            for (BodySizeRule rule : rules) {
                if (rule.appliesTo(type)) {
                    rule.check(length);
                    return;
                }
            }
        }
        long max = config.get().maxRequestBodyBytes();
        if (length > max) {
            throw new PayloadTooLargeException(ErrorCodes.PAYLOAD_TOO_LARGE,
                    "The request body is too large: at most " + max + " bytes");
        }
    }
}

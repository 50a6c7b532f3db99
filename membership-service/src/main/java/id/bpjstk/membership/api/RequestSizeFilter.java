package id.bpjstk.membership.api;

import id.bpjstk.membership.config.MembershipConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a body declared larger than the API accepts, before anything reads it (413 as JSON). */
public class RequestSizeFilter {

    // a provider: the filter is created before the runtime configuration exists
    @Inject
    Provider<MembershipConfig> config;

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
        if (length > config.get().maxRequestBodyBytes()) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}

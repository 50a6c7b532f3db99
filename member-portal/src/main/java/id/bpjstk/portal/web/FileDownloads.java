package id.bpjstk.portal.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * A download keeps the CSRF token of the page it was started from. quarkus-rest-csrf prepares a new token for every
 * GET (its tokens are signed, so a cookie's token is never handed out twice) and its response filter sets it as the
 * cookie; a file has no form to carry the new token, so the page's forms would be left with one the cookie no longer
 * matches, and "Kirim" after "Unduh" would be refused. For a {@link FileDownload} method this drops the prepared
 * token before that filter ({@code Priorities.USER}) looks for it: response filters run from the highest priority
 * down.
 */
public class FileDownloads {

    /** The routing-context entries quarkus-rest-csrf's request filter leaves for its response filter. */
    static final String[] PREPARED_TOKEN = {"csrf_token", "csrf_token_bytes"};

    @ServerResponseFilter(priority = Priorities.USER + 10)
    public void keepThePagesToken(RoutingContext context, ResourceInfo resource) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(FileDownload.class)) {
            for (String entry : PREPARED_TOKEN) {
                context.remove(entry);
            }
        }
    }
}

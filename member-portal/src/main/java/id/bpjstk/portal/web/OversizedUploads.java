package id.bpjstk.portal.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A document upload larger than the portal takes ({@code quarkus.http.limits.max-body-size}) is answered with the
 * claim's page and a message at the file field, not with the bare 413 and closed connection of the HTTP layer, which
 * a browser still sending the file shows as a broken connection. The body is read and thrown away so that the
 * browser, which reads no answer before it has sent everything, gets to see it; a body over {@link #DRAIN_FACTOR}
 * times the limit is not worth reading and gets the HTTP layer's refusal. Runs before that layer's body handler
 * and its own check. A body without a Content-Length (a browser's form always has one) is left to the HTTP layer.
 */
@ApplicationScoped
public class OversizedUploads {

    private static final Logger LOG = Logger.getLogger(OversizedUploads.class);

    static final String UPLOAD_PATH = "/claims/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/documents";
    static final int DRAIN_FACTOR = 8;
    /** The query the claim's page reads to show the message. */
    static final String TOO_LARGE = "upload=too-large";

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        // before the body handler, which would read the body first and answer the bare 413 itself
        router.postWithRegex(UPLOAD_PATH).order(RouteConstants.ROUTE_ORDER_BODY_HANDLER - 1)
                .handler(context -> handle(context, max));
    }

    static void handle(RoutingContext context, long max) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= max || declared > max * DRAIN_FACTOR) {
            context.next();
            return;
        }
        String back = "/claims/" + context.pathParam("param0") + "?" + TOO_LARGE;
        LOG.infof("An upload of %d bytes (over %d) was refused before reaching claims-service", declared, max);
        HttpServerRequest request = context.request();
        request.handler(chunk -> {
        });
        request.exceptionHandler(failure -> context.response().reset());
        request.endHandler(done -> context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, back)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end());
        request.resume();
    }

    /** The Content-Length, or -1 when absent or unreadable (then the HTTP layer counts what arrives). */
    static long declaredLength(String header) {
        if (header == null || !Pattern.matches("[0-9]{1,18}", header.strip())) {
            return -1;
        }
        return Long.parseLong(header.strip());
    }
}

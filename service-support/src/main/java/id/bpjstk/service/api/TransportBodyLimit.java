package id.bpjstk.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The transport's hard stop ({@code quarkus.http.limits.max-body-size}) answered like every other error: a body
 * declared larger than it gets the JSON 413 {@code payload_too_large}, where Vert.x would answer an empty 413.
 * Runs just before Quarkus's own check, and closes the connection as that check does, since the body is not read.
 */
@ApplicationScoped
public class TransportBodyLimit {

    static final String MAX_BODY_SIZE = "quarkus.http.limits.max-body-size";

    void install(@Observes Router router, ObjectMapper json) {
        Optional<MemorySize> max = ConfigProvider.getConfig().getOptionalValue(MAX_BODY_SIZE, MemorySize.class);
        if (max.isEmpty()) {
            return;
        }
        long maxBytes = max.get().asLongValue();
        String body = body(json);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> refuse(context, maxBytes, body));
    }

    private static void refuse(RoutingContext context, long maxBytes, String body) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBytes) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close())
                    .end(body);
            return;
        }
        context.next();
    }

    /** The declared length, or -1 for one that is not a number (left to the HTTP layer to refuse). */
    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String body(ObjectMapper json) {
        try {
            return json.writeValueAsString(ErrorResponse.of(ErrorCodes.PAYLOAD_TOO_LARGE, "The request body is too large"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.bpjstk.service.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The body of every error: a stable code (one of {@link ErrorCodes} or a service's own), a message, and the
 * fields at fault for a 400 (or, where a service says so, the things missing for a 409).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error")
public record ErrorResponse(
        @Schema(examples = ErrorCodes.INVALID_REQUEST) String code,
        String message,
        @Schema(description = "For 400: the fields at fault; for a 409 that says so (documents_missing): what is missing")
        List<Violation> violations) {

    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }

    public static ErrorResponse of(String code, String message) {
        return new ErrorResponse(code, message, null);
    }

    public static ErrorResponse invalid(List<Violation> violations) {
        return new ErrorResponse(ErrorCodes.INVALID_REQUEST, "The request is invalid", violations);
    }

    /** This body as a JSON response with the status. */
    public RestResponse<ErrorResponse> withStatus(int status) {
        return RestResponse.ResponseBuilder.<ErrorResponse>create(status).entity(this)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** This body as a JSON response with the status. */
    public RestResponse<ErrorResponse> withStatus(Response.Status status) {
        return withStatus(status.getStatusCode());
    }
}

package id.bpjstk.membership.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error: a stable code, a message, and for 400 the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error")
public record ErrorResponse(
        @Schema(examples = "invalid_request") String code,
        String message,
        @Schema(description = "Present for 400 only") List<Violation> violations) {

    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }

    public static ErrorResponse of(String code, String message) {
        return new ErrorResponse(code, message, null);
    }

    public static ErrorResponse invalid(List<Violation> violations) {
        return new ErrorResponse("invalid_request", "The request is invalid", violations);
    }
}

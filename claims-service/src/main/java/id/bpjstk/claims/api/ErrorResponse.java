package id.bpjstk.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error: a stable code, a message, and the fields or documents at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error")
public record ErrorResponse(
        @Schema(examples = "invalid_request") String code,
        String message,
        @Schema(description = "For 400: the fields at fault; for 409 documents_missing: one per missing document type")
        List<Violation> violations) {

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

package id.bpjstk.claims.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.bpjstk.claims.client.MembershipUnavailableException;
import id.bpjstk.claims.service.ClaimConflictException;
import id.bpjstk.claims.service.ClaimNotFoundException;
import id.bpjstk.claims.service.DocumentIntegrityException;
import id.bpjstk.claims.service.DocumentNotFoundException;
import id.bpjstk.claims.service.DocumentsMissingException;
import id.bpjstk.claims.service.IdempotencyKeyReusedException;
import id.bpjstk.claims.service.InvalidRequestException;
import id.bpjstk.claims.service.NotEligibleException;
import id.bpjstk.claims.service.TooLargeException;
import id.bpjstk.claims.service.UnsupportedDocumentException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code {"code","message"}} (plus {@code violations} for 400 and for a
 * submission with documents missing) with the right status. Auth failures reach these mappers
 * because proactive authentication is off.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    static final String BEARER_CHALLENGE = "Bearer realm=\"bpjstk\"";
    static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> invalidRequest(InvalidRequestException e) {
        return badRequest(e.violations().entrySet().stream()
                .map(v -> new ErrorResponse.Violation(v.getKey(), v.getValue())).toList());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> constraintViolation(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            LOG.error("A response failed its own constraints", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR, ErrorResponse.of("internal_error", "Internal error"));
        }
        List<ErrorResponse.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ErrorResponse.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorResponse.Violation::field).thenComparing(ErrorResponse.Violation::message))
                .collect(Collectors.toList());
        return badRequest(violations);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> mismatchedInput(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> malformedJson(JsonParseException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unreadableJson(JsonProcessingException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unauthorized(UnauthorizedException e) {
        return unauthenticated(BEARER_CHALLENGE, "unauthorized", "A valid bearer token is required");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated(BEARER_CHALLENGE + ", error=\"invalid_token\"", "invalid_token",
                "The bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> authenticationCompletion(AuthenticationCompletionException e) {
        return unauthenticated(BEARER_CHALLENGE + ", error=\"invalid_token\"", "invalid_token",
                "The bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> forbidden(ForbiddenException e) {
        return json(Response.Status.FORBIDDEN, ErrorResponse.of("forbidden", "The token does not grant this operation"));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> notAMember(NotAMemberException e) {
        return json(Response.Status.FORBIDDEN, ErrorResponse.of("forbidden", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> insufficientLevel(InsufficientAuthenticationLevelException e) {
        String challenge = "Bearer error=\"insufficient_user_authentication\", error_description=\""
                + "A sign-in with password and one-time code is required\", acr_values=\"" + e.requiredAcr() + "\"";
        return RestResponse.ResponseBuilder
                .create(Response.Status.FORBIDDEN, ErrorResponse.of("insufficient_user_authentication", e.getMessage()))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> claimNotFound(ClaimNotFoundException e) {
        return json(Response.Status.NOT_FOUND, ErrorResponse.of("claim_not_found", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> documentNotFound(DocumentNotFoundException e) {
        return json(Response.Status.NOT_FOUND, ErrorResponse.of("document_not_found", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> claimConflict(ClaimConflictException e) {
        List<ErrorResponse.Violation> violations = null;
        if (e instanceof DocumentsMissingException missing) {
            violations = missing.missing().stream()
                    .map(type -> new ErrorResponse.Violation("documents",
                            type.code() + " (" + type.name().en() + ") is missing"))
                    .toList();
        }
        return json(Response.Status.CONFLICT, new ErrorResponse(e.code(), e.getMessage(), violations));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<ErrorResponse> concurrentChange(RuntimeException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> notEligible(NotEligibleException e) {
        return json(422, ErrorResponse.of("not_eligible", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return json(422, ErrorResponse.of("idempotency_key_reused", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> tooLarge(TooLargeException e) {
        return json(Response.Status.REQUEST_ENTITY_TOO_LARGE, ErrorResponse.of(e.code(), e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unsupportedDocument(UnsupportedDocumentException e) {
        return json(Response.Status.UNSUPPORTED_MEDIA_TYPE, ErrorResponse.of("unsupported_document", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> documentIntegrity(DocumentIntegrityException e) {
        return json(Response.Status.INTERNAL_SERVER_ERROR, ErrorResponse.of("document_corrupted", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> membershipUnavailable(MembershipUnavailableException e) {
        return RestResponse.ResponseBuilder
                .create(Response.Status.SERVICE_UNAVAILABLE, ErrorResponse.of("membership_unavailable",
                        "The member registry cannot be reached just now; nothing was changed. Try again shortly."))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR, ErrorResponse.of("internal_error", "Internal error"));
        }
        if (status == 400) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException json) {
                    return unreadableBody(json);
                }
            }
            return badRequest(List.of());
        }
        if (status == 401) {
            return unauthenticated(BEARER_CHALLENGE, "unauthorized", messageFor(401));
        }
        RestResponse.ResponseBuilder<ErrorResponse> builder = RestResponse.ResponseBuilder.<ErrorResponse>create(status)
                .entity(ErrorResponse.of(codeFor(status), messageFor(status)))
                .type(MediaType.APPLICATION_JSON_TYPE);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unexpected(Exception e) {
        // a version conflict that surfaced wrapped (at commit, say) is still a conflict
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange();
            }
        }
        LOG.error("Unexpected failure", e);
        return json(Response.Status.INTERNAL_SERVER_ERROR, ErrorResponse.of("internal_error", "Internal error"));
    }

    private static RestResponse<ErrorResponse> concurrentChange() {
        return json(Response.Status.CONFLICT, ErrorResponse.of("concurrent_change",
                "The claim was changed by another request at the same time; read it again and retry"));
    }

    private static RestResponse<ErrorResponse> unreadableBody(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return badRequest(List.of(new ErrorResponse.Violation("body", "is not valid JSON")));
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return badRequest(List.of(new ErrorResponse.Violation(field, "has a value of the wrong type or format")));
        }
        return badRequest(List.of(new ErrorResponse.Violation("body", "is not valid JSON")));
    }

    private static RestResponse<ErrorResponse> badRequest(List<ErrorResponse.Violation> violations) {
        return json(Response.Status.BAD_REQUEST, ErrorResponse.invalid(violations));
    }

    private static RestResponse<ErrorResponse> unauthenticated(String challenge, String code, String message) {
        return RestResponse.ResponseBuilder.create(Response.Status.UNAUTHORIZED, ErrorResponse.of(code, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static RestResponse<ErrorResponse> json(Response.Status status, ErrorResponse body) {
        return RestResponse.ResponseBuilder.create(status, body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static RestResponse<ErrorResponse> json(int status, ErrorResponse body) {
        return RestResponse.ResponseBuilder.<ErrorResponse>create(status).entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The name a client knows the field by: the JSON property path inside a body, otherwise the
     * query, header or path parameter's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required";
            case 403 -> "The token does not grant this operation";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "None of the accepted media types can be produced";
            case 409 -> "Conflict";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported media type: send application/json, or multipart/form-data for a document";
            default -> "Request failed";
        };
    }
}

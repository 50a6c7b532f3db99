package id.bpjstk.service.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.bpjstk.service.security.InsufficientAuthenticationLevelException;
import id.bpjstk.service.security.InsufficientScopeException;
import id.bpjstk.service.security.NotAMemberException;
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
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of the framework (validation, JSON, authentication, routing, size, version conflicts, an
 * unreachable database, anything unexpected) into {@code {"code","message"}} (plus {@code violations} for 400) with
 * the right status, in the codes of {@link ErrorCodes}. A service maps its own domain exceptions in a class of its own, with
 * {@link ErrorResponse#withStatus(int)}. Auth failures reach these mappers because proactive authentication is off.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    static final String BEARER_CHALLENGE = "Bearer realm=\"bpjstk\"";
    static final String INVALID_TOKEN_CHALLENGE = BEARER_CHALLENGE + ", error=\"invalid_token\"";
    /** A restarting database is usually back within seconds. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "5";

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
            return internalError();
        }
        List<ErrorResponse.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ErrorResponse.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorResponse.Violation::field).thenComparing(ErrorResponse.Violation::message))
                .collect(Collectors.toList());
        return badRequest(violations);
    }

    // the subtypes named too, so that these win over the JSON provider's own mappers for them
    @ServerExceptionMapper({ MismatchedInputException.class, JsonParseException.class, JsonProcessingException.class })
    public RestResponse<ErrorResponse> unreadableJson(JsonProcessingException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unauthorized(UnauthorizedException e) {
        return unauthenticated(BEARER_CHALLENGE, ErrorCodes.UNAUTHORIZED, messageFor(401));
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class })
    public RestResponse<ErrorResponse> invalidToken(RuntimeException e) {
        return unauthenticated(INVALID_TOKEN_CHALLENGE, ErrorCodes.INVALID_TOKEN, "The bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> forbidden(ForbiddenException e) {
        return ErrorResponse.of(ErrorCodes.FORBIDDEN, messageFor(403)).withStatus(Response.Status.FORBIDDEN);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> notAMember(NotAMemberException e) {
        return ErrorResponse.of(ErrorCodes.FORBIDDEN, e.getMessage()).withStatus(Response.Status.FORBIDDEN);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> insufficientLevel(InsufficientAuthenticationLevelException e) {
        return RestResponse.ResponseBuilder.fromResponse(
                        ErrorResponse.of(ErrorCodes.INSUFFICIENT_USER_AUTHENTICATION, e.getMessage())
                                .withStatus(Response.Status.FORBIDDEN))
                .header(HttpHeaders.WWW_AUTHENTICATE, stepUpChallenge(e))
                .build();
    }

    /**
     * The RFC 9470 challenge: the level to ask for ({@code acr_values}) and, where the operation needs a recent
     * sign-in, how recent in seconds ({@code max_age}), so that the client asks for both in one authorization request.
     */
    static String stepUpChallenge(InsufficientAuthenticationLevelException e) {
        String description = "A sign-in with password and one-time code"
                + e.maxAge().map(age -> " in the last " + InsufficientAuthenticationLevelException.describe(age)).orElse("")
                + " is required";
        return "Bearer error=\"insufficient_user_authentication\", error_description=\"" + description
                + "\", acr_values=\"" + e.requiredAcr() + "\""
                + e.maxAge().map(age -> ", max_age=" + age.toSeconds()).orElse("");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> insufficientScope(InsufficientScopeException e) {
        return RestResponse.ResponseBuilder.fromResponse(
                        ErrorResponse.of(ErrorCodes.INSUFFICIENT_SCOPE, e.getMessage()).withStatus(Response.Status.FORBIDDEN))
                .header(HttpHeaders.WWW_AUTHENTICATE, scopeChallenge(e))
                .build();
    }

    /** The RFC 6750 (section 3.1) challenge: the scope the client must be granted, and ask the member for. */
    static String scopeChallenge(InsufficientScopeException e) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + e.requiredScope() + "\"";
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> payloadTooLarge(PayloadTooLargeException e) {
        return ErrorResponse.of(e.code(), e.getMessage()).withStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<ErrorResponse> concurrentChange(RuntimeException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internalError();
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
            return unauthenticated(BEARER_CHALLENGE, ErrorCodes.UNAUTHORIZED, messageFor(401));
        }
        RestResponse<ErrorResponse> response = ErrorResponse.of(codeFor(status), messageFor(status)).withStatus(status);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            return RestResponse.ResponseBuilder.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unexpected(Exception e) {
        // a version conflict that surfaced wrapped (at commit, say) is still a conflict
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange();
            }
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("The database cannot be reached: %s", e.getClass().getName());
            return RestResponse.ResponseBuilder.fromResponse(ErrorResponse.of(ErrorCodes.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database just now. Try again shortly.")
                            .withStatus(Response.Status.SERVICE_UNAVAILABLE))
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        if (e instanceof java.io.IOException && readingTheForm(e)) {
            // a multipart body cut short or without its parts: the client's fault, nothing was read or written
            return badRequest(List.of(new ErrorResponse.Violation("body", "is not a readable multipart/form-data body")));
        }
        LOG.error("Unexpected failure", e);
        return internalError();
    }

    /**
     * Whether the failure is the database's connection (refused, broken, or the server shutting down: SQL states of
     * classes 08 and 57P), not the request or the data.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure came from reading a form or multipart body, before any of the service's code ran. */
    private static boolean readingTheForm(Exception e) {
        return java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler"));
    }

    private static RestResponse<ErrorResponse> concurrentChange() {
        return ErrorResponse.of(ErrorCodes.CONCURRENT_CHANGE,
                "The record was changed by another request at the same time; read it again and retry")
                .withStatus(Response.Status.CONFLICT);
    }

    private static RestResponse<ErrorResponse> internalError() {
        return ErrorResponse.of(ErrorCodes.INTERNAL_ERROR, "Internal error").withStatus(Response.Status.INTERNAL_SERVER_ERROR);
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
        return ErrorResponse.invalid(violations).withStatus(Response.Status.BAD_REQUEST);
    }

    private static RestResponse<ErrorResponse> unauthenticated(String challenge, String code, String message) {
        return RestResponse.ResponseBuilder.fromResponse(ErrorResponse.of(code, message).withStatus(Response.Status.UNAUTHORIZED))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
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
            case 401 -> ErrorCodes.UNAUTHORIZED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 409 -> ErrorCodes.CONFLICT;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
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
            case 415 -> "Unsupported media type: send the body in a type the operation accepts (see /q/openapi)";
            default -> "Request failed";
        };
    }
}

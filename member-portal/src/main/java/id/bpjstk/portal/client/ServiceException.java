package id.bpjstk.portal.client;

import java.util.List;

/**
 * An error answer of one of our services, read from its JSON body ({@code {"code","message","violations"}}): the
 * pages turn the ones a member can act on into messages at the form, the rest into the error page.
 */
public class ServiceException extends RuntimeException {

    /** A field the service refused, as it named it. */
    public record Violation(String field, String message) {
    }

    private final String service;
    private final int status;
    private final String code;
    private final List<Violation> violations;
    private final boolean stepUpRequired;

    public ServiceException(String service, int status, String code, String message, List<Violation> violations,
            boolean stepUpRequired) {
        super(service + " answered " + status + " " + code + (message == null ? "" : ": " + message));
        this.service = service;
        this.status = status;
        this.code = code;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.stepUpRequired = stepUpRequired;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    /** The service's error code ({@code claim_not_found}, {@code open_claim_exists}, ...), or {@code unknown}. */
    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * The service asked for a fresh level 2: 403 with {@code WWW-Authenticate: Bearer
     * error="insufficient_user_authentication"} (RFC 9470).
     */
    public boolean stepUpRequired() {
        return stepUpRequired;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}

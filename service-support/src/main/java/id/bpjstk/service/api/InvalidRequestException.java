package id.bpjstk.service.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that is well-formed but breaks rules about some of its fields: 400 {@code invalid_request} with one
 * violation per field. Thrown by a service's rules where a Jakarta constraint cannot say it.
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> violations;

    public InvalidRequestException(String field, String message) {
        this(Map.of(field, message));
    }

    /** @param violations message by field name, in the order to report them */
    public InvalidRequestException(Map<String, String> violations) {
        super(String.join("; ", violations.values()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        this.violations = new LinkedHashMap<>(violations);
    }

    public Map<String, String> violations() {
        return violations;
    }
}

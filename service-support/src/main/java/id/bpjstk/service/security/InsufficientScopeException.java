package id.bpjstk.service.security;

/** The token was not granted the scope the operation needs (RFC 6750 {@code insufficient_scope}). */
public class InsufficientScopeException extends RuntimeException {

    private final String requiredScope;

    public InsufficientScopeException(String requiredScope) {
        super("The token was not granted the scope " + requiredScope + " that this operation needs");
        this.requiredScope = requiredScope;
    }

    public String requiredScope() {
        return requiredScope;
    }
}

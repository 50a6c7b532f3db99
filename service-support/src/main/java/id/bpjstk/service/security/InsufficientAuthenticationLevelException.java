package id.bpjstk.service.security;

/** The token's {@code acr} is below what the operation needs (RFC 9470 step-up). */
public class InsufficientAuthenticationLevelException extends RuntimeException {

    private final String requiredAcr;

    public InsufficientAuthenticationLevelException(String requiredAcr) {
        super("This operation needs a stronger sign-in (acr " + requiredAcr + ": password and one-time code)");
        this.requiredAcr = requiredAcr;
    }

    public String requiredAcr() {
        return requiredAcr;
    }
}

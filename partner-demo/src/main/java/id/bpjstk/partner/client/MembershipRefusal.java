package id.bpjstk.partner.client;

/** membership-service answered with an error status; {@link #insufficientScope()} is the RFC 6750 refusal. */
public class MembershipRefusal extends RuntimeException {

    private final int status;
    private final boolean insufficientScope;

    public MembershipRefusal(int status, boolean insufficientScope) {
        super("membership-service answered " + status + (insufficientScope ? " (insufficient_scope)" : ""));
        this.status = status;
        this.insufficientScope = insufficientScope;
    }

    public int status() {
        return status;
    }

    /** 403 with {@code WWW-Authenticate: Bearer error="insufficient_scope"}: the member did not grant the scope. */
    public boolean insufficientScope() {
        return insufficientScope;
    }
}

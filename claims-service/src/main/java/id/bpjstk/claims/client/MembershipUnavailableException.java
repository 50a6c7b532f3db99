package id.bpjstk.claims.client;

/** membership-service (or the token endpoint in front of it) could not answer: the request is not carried out. */
public class MembershipUnavailableException extends RuntimeException {

    public MembershipUnavailableException(String detail) {
        super(detail);
    }

    public MembershipUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}

package id.bpjstk.claims.service;

/** The request conflicts with the state of the claim or of the member's claims (409). */
public class ClaimConflictException extends RuntimeException {

    private final String code;

    public ClaimConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

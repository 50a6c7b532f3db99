package id.bpjstk.claims.service;

/** No such claim, or (for a member) a claim of another member: the two are not told apart (404). */
public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException() {
        super("No such claim");
    }
}

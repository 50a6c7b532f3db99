package id.bpjstk.claims.api;

/** A token that carries the member role but no usable membership_number claim. */
public class NotAMemberException extends RuntimeException {

    public NotAMemberException() {
        super("The token does not identify a member");
    }
}

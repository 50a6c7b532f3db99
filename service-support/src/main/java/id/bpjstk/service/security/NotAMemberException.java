package id.bpjstk.service.security;

/** A token that carries the member role but no usable {@code membership_number} claim. */
public class NotAMemberException extends RuntimeException {

    public NotAMemberException() {
        super("The token does not identify a member");
    }
}

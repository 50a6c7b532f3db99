package id.bpjstk.membership.service;

/** A request that is well-formed but breaks a rule about one of its fields. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package id.bpjstk.claims.service;

/** A document, or the sum of a claim's documents, or a request body, is over its cap (413). */
public class TooLargeException extends RuntimeException {

    private final String code;

    public TooLargeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package id.bpjstk.service.api;

/**
 * A request body, or something in it (an uploaded document, say), is over its cap: 413 with this code
 * ({@link ErrorCodes#PAYLOAD_TOO_LARGE} for the body as a whole, or a service's own for what it caps).
 */
public class PayloadTooLargeException extends RuntimeException {

    private final String code;

    public PayloadTooLargeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package id.bpjstk.service.api;

/**
 * A request body, or something in it (an uploaded document, say), is over its cap: 413 with this code
 * ({@link ErrorCodes#PAYLOAD_TOO_LARGE} for the body as a whole, or a service's own for what it caps).
 */
public class PayloadTooLargeException extends CodedException {

    public PayloadTooLargeException(String code, String message) {
        super(code, message);
    }
}

package id.bpjstk.service.api;

/**
 * A failure whose answer carries a code of its own ({@code document_too_large}, {@code open_claim_exists}, ...):
 * the code is the {@code code} of the error body, the message its {@code message}.
 */
public abstract class CodedException extends RuntimeException {

    private final String code;

    protected CodedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package id.bpjstk.claims.service;

/**
 * The Idempotency-Key was used before by this member for a different request (422, as the IETF
 * Idempotency-Key header draft has it); nothing is created.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new claim");
    }
}

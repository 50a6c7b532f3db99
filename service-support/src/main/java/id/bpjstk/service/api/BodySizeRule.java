package id.bpjstk.service.api;

import jakarta.ws.rs.core.MediaType;

/**
 * A service's own cap for request bodies of some media type (a document upload, say), in place of
 * {@code bpjstk.api.max-request-body-bytes}. A service declares it as a bean; {@link RequestSizeFilter} asks it
 * before anything reads the body.
 */
public interface BodySizeRule {

    /** Whether this rule decides bodies of this media type. */
    boolean appliesTo(MediaType type);

    /**
     * Refuses a body whose declared length is over the cap.
     *
     * @throws PayloadTooLargeException when it is
     */
    void check(long declaredLength);
}

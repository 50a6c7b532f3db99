package id.bpjstk.service.api;

/**
 * The codes every service answers alike, with their status. A service adds codes of its own for its domain
 * ({@code member_not_found}, {@code claim_not_found}, ...), never another code for one of these.
 */
public final class ErrorCodes {

    /** 400: a malformed body, a parameter or field that breaks its rules; {@code violations} says which. */
    public static final String INVALID_REQUEST = "invalid_request";
    /** 401: no bearer token. */
    public static final String UNAUTHORIZED = "unauthorized";
    /** 401: a bearer token that is not valid here (signature, issuer, audience, expiry). */
    public static final String INVALID_TOKEN = "invalid_token";
    /** 403: the token lacks the role, or (member operations) the {@code membership_number} claim. */
    public static final String FORBIDDEN = "forbidden";
    /**
     * 403 with an RFC 9470 challenge: the token's {@code acr} is below what the operation needs, or a level-2 sign-in
     * is older than the operation's {@code max_age} (or of unknown age).
     */
    public static final String INSUFFICIENT_USER_AUTHENTICATION = "insufficient_user_authentication";
    /**
     * 403 with an RFC 6750 challenge naming the scope: the token (of a client the member let in) was not granted the
     * OAuth scope the operation needs; the role is there.
     */
    public static final String INSUFFICIENT_SCOPE = "insufficient_scope";
    /** 404: no such path. */
    public static final String NOT_FOUND = "not_found";
    /** 405: the path exists, the method does not; {@code Allow} lists those that do. */
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    /** 406: none of the {@code Accept}ed media types can be produced. */
    public static final String NOT_ACCEPTABLE = "not_acceptable";
    /** 409: another request changed the record since it was read (optimistic locking); read it again and retry. */
    public static final String CONCURRENT_CHANGE = "concurrent_change";
    /** 409 of the framework's own, with no more specific code. */
    public static final String CONFLICT = "conflict";
    /** 413: the request body is larger than the operation accepts. */
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    /** 415: a body of a media type the operation does not accept. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    /**
     * 503 with {@code Retry-After}: the service cannot reach its database just now (restarting, say); the request
     * may be retried (a claim with the same {@code Idempotency-Key} is never made twice).
     */
    public static final String SERVICE_UNAVAILABLE = "service_unavailable";
    /** 500: anything unexpected; the details are in the log, never in the answer. */
    public static final String INTERNAL_ERROR = "internal_error";

    private ErrorCodes() {
    }
}

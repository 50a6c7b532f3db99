package id.bpjstk.membership.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The access-token parser of the service: SmallRye JWT's, remembering the tokens it has verified until they expire.
 * A client sends the same access token with every call for its lifetime; checking its RS256 signature and parsing its
 * claims again each time was the largest part of a member read's work. Only a token byte for byte equal to one that
 * passed every check (signature, issuer, audience, times) is taken from here, and only before its {@code exp};
 * anything else is checked in full. At most {@link #MAX_TOKENS} are held; when full, the cache starts over.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_TOKENS = 10_000;

    private final DefaultJWTParser parser;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        JsonWebToken parsed = parser.parse(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed;
    }

    /** Still before its {@code exp} by the wall clock, as the parser reads it (never a token without one). */
    private static boolean unexpired(JsonWebToken token) {
        long expiresAt = token.getExpirationTime();
        return expiresAt > 0 && Instant.now().getEpochSecond() < expiresAt;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}

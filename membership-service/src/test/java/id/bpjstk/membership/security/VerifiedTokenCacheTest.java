package id.bpjstk.membership.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache in front of SmallRye JWT's real parser, with the test key pair. */
class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://sso.test.bpjstk.example/realms/bpjstk";

    private PrivateKey signingKey;
    private VerifiedTokenCache cache;

    @BeforeEach
    void parserWithTheTestKey() throws Exception {
        signingKey = KeyUtils.readPrivateKey("privateKey.pem");
        JWTAuthContextInfo context = new JWTAuthContextInfo(KeyUtils.readPublicKey("publicKey.pem"), ISSUER);
        context.setExpectedAudience(java.util.Set.of("membership-service"));
        context.setClockSkew(0);
        context.setExpGracePeriodSecs(0);
        cache = new VerifiedTokenCache(new DefaultJWTParser(context));
    }

    @Test
    void theSameTokenAgainIsTheVerifiedOneWithoutAnotherCheck() throws ParseException {
        String token = token(Instant.now().plusSeconds(300), signingKey);

        JsonWebToken first = cache.parse(token);
        JsonWebToken again = cache.parse(token);

        assertSame(first, again);
        assertEquals("11000000017", again.getClaim("membership_number"));
        assertNotSame(first, cache.parse(token(Instant.now().plusSeconds(301), signingKey)));
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() throws Exception {
        String token = token(Instant.now().plusSeconds(2), signingKey);
        cache.parse(token);

        Thread.sleep(2_100);

        assertThrows(ParseException.class, () -> cache.parse(token));
    }

    @Test
    void aTokenThatFailsItsChecksIsNeverRemembered() throws Exception {
        String good = token(Instant.now().plusSeconds(300), signingKey);
        String[] parts = good.split("\\.");
        String otherClaims = token(Instant.now().plusSeconds(300), signingKey, "11000000025").split("\\.")[1];
        String forged = parts[0] + "." + otherClaims + "." + parts[2];

        assertThrows(ParseException.class, () -> cache.parse(forged));
        assertThrows(ParseException.class, () -> cache.parse(forged));
        assertEquals(0, cache.size());
    }

    private static String token(Instant expiresAt, PrivateKey key) {
        return token(expiresAt, key, "11000000017");
    }

    private static String token(Instant expiresAt, PrivateKey key, String kpj) {
        return Jwt.issuer(ISSUER).audience("membership-service").subject("u-" + kpj)
                .claim("membership_number", kpj).issuedAt(Instant.now()).expiresAt(expiresAt).sign(key);
    }
}

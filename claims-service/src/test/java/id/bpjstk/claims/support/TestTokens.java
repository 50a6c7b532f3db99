package id.bpjstk.claims.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Access tokens shaped like the bpjstk realm's, signed with the test key under src/test/resources. */
public final class TestTokens {

    public static final String ISSUER = "https://sso.test.bpjstk.example/realms/bpjstk";
    public static final String AUDIENCE = "claims-service";

    private TestTokens() {
    }

    /** A member signed in with password and one-time code (acr 2). */
    public static String member(String membershipNumber) {
        return member(membershipNumber, "2");
    }

    public static String member(String membershipNumber, String acr) {
        return claims(acr, "member").claim("membership_number", membershipNumber)
                .preferredUserName(membershipNumber).sign();
    }

    /** A token with the member role but no membership_number claim. */
    public static String memberWithoutMembershipNumber() {
        return claims("2", "member").sign();
    }

    /** The claims officer of the demo data. */
    public static String officer() {
        return officer("officer01");
    }

    public static String officer(String username) {
        return claims("2", "claims-officer").preferredUserName(username).sign();
    }

    /** Staff with the operator role only. */
    public static String operator() {
        return claims("2", "operator").preferredUserName("operator01").sign();
    }

    /** Everything a valid token has; the caller changes one thing and signs. */
    public static JwtClaimsBuilder claims(String acr, String... roles) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("typ", "Bearer")
                .claim("azp", "member-portal")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (acr != null) {
            builder.claim("acr", acr);
        }
        return builder;
    }

    /** A key pair the service has never seen. */
    public static KeyPair strangerKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

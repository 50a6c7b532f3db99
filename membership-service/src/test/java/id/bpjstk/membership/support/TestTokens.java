package id.bpjstk.membership.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Access tokens shaped like the bpjstk realm's, signed with the test key under src/test/resources. */
public final class TestTokens {

    public static final String ISSUER = "https://sso.test.bpjstk.example/realms/bpjstk";
    public static final String AUDIENCE = "membership-service";

    private TestTokens() {
    }

    /** A member signed in with password only (acr 1). */
    public static String member(String membershipNumber) {
        return member(membershipNumber, "1");
    }

    public static String member(String membershipNumber, String acr) {
        return claims(acr, "member").claim("membership_number", membershipNumber)
                .preferredUserName(membershipNumber).sign();
    }

    /** A token with the member role but no membership_number claim. */
    public static String memberWithoutMembershipNumber() {
        return claims("2", "member").sign();
    }

    /** Staff with the operator role only. */
    public static String operator() {
        return claims("2", "operator").preferredUserName("operator01").sign();
    }

    /** The identity provider's service account. */
    public static String registryVerifier() {
        return claims(null, "registry-verifier").preferredUserName("service-account-identity-provider").sign();
    }

    /** claims-service's service account. */
    public static String claimsReader() {
        return claims(null, "claims-reader").preferredUserName("service-account-claims-service").sign();
    }

    /** Everything a valid member token has; the caller changes one thing and signs. */
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

    /** An unsigned JWT ({@code "alg":"none"}) with otherwise valid member claims. */
    public static String unsigned(String membershipNumber) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"acr\":\"2\",\"membership_number\":\""
                + membershipNumber + "\",\"realm_access\":{\"roles\":[\"member\"]}}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}

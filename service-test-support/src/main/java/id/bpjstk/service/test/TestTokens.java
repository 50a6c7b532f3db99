package id.bpjstk.service.test;

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
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens shaped like the bpjstk realm's, for the service under test: its issuer and audience
 * ({@code mp.jwt.verify.issuer}, the first of {@code mp.jwt.verify.audiences}), signed with its test key
 * ({@code smallrye.jwt.sign.key.location}, a private key under that service's {@code src/test/resources}).
 * A signed-in caller's token says when the sign-in took place ({@code auth_time}): now, unless a test says
 * otherwise, and a person's token is granted every scope a first-party member client gets ({@link #FIRST_PARTY_SCOPES}),
 * a service account's none of the member scopes. For {@code @QuarkusTest}s, which read the service's configuration.
 */
public final class TestTokens {

    /** When the sign-in took place, in seconds since the epoch, as Keycloak puts it in access tokens. */
    public static final String AUTH_TIME = "auth_time";
    /** What the token was granted: OAuth scope values separated by spaces. */
    public static final String SCOPE = "scope";
    /**
     * The scopes of the member APIs, each the right to one kind of operation: the profile, balances, contributions and
     * statements, the contact change, reading claims, filing and changing them.
     */
    public static final List<String> MEMBER_API_SCOPES = List.of("membership", "balances.read", "contributions.read",
            "contact.write", "claims.read", "claims.write");
    /**
     * What a token of the realm's first-party member clients ({@code member-portal}, {@code member-web}) is granted by
     * default: every member API scope, with the OpenID ones. Every signed-in person's test token carries these unless
     * a test says otherwise.
     */
    public static final List<String> FIRST_PARTY_SCOPES = Stream.concat(Stream.of("openid", "profile", "email"),
            MEMBER_API_SCOPES.stream()).toList();
    /** What a service account's token is granted: the audience scope of membership-service, no member scope. */
    public static final String SERVICE_ACCOUNT_SCOPE = "membership-service";

    private TestTokens() {
    }

    /** A member signed in with password only (acr 1). */
    public static String member(String membershipNumber) {
        return member(membershipNumber, "1");
    }

    /** A member signed in at this level ("1" password, "2" password and one-time code) just now. */
    public static String member(String membershipNumber, String acr) {
        return memberClaims(membershipNumber, acr).sign();
    }

    /** A member signed in at this level at {@code authTime}, refreshed since: issued now, valid for five minutes. */
    public static String member(String membershipNumber, String acr, Instant authTime) {
        return signedInAt(memberClaims(membershipNumber, acr), authTime).sign();
    }

    /** A member's token at this level that does not say when the sign-in took place (no {@code auth_time}). */
    public static String memberWithoutAuthTime(String membershipNumber, String acr) {
        return withoutAuthTime(memberClaims(membershipNumber, acr)).sign();
    }

    private static JwtClaimsBuilder memberClaims(String membershipNumber, String acr) {
        return claims(acr, "member").claim("membership_number", membershipNumber).preferredUserName(membershipNumber);
    }

    /** Staff with this realm role and username, signed in at this level at {@code authTime} ({@code null}: no auth_time). */
    public static String staff(String role, String username, String acr, Instant authTime) {
        JwtClaimsBuilder builder = claims(acr, role).preferredUserName(username);
        return (authTime == null ? withoutAuthTime(builder) : signedInAt(builder, authTime)).sign();
    }

    /** The claims with the sign-in at {@code authTime} instead of now. */
    public static JwtClaimsBuilder signedInAt(JwtClaimsBuilder claims, Instant authTime) {
        return claims.claim(AUTH_TIME, authTime.getEpochSecond());
    }

    /** The claims without {@code auth_time}. */
    public static JwtClaimsBuilder withoutAuthTime(JwtClaimsBuilder claims) {
        return claims.remove(AUTH_TIME);
    }

    /** A member signed in at this level just now, through a client that was granted only these scopes. */
    public static String memberWithScopes(String membershipNumber, String acr, String... scopes) {
        return withScopes(memberClaims(membershipNumber, acr), scopes).sign();
    }

    /** The claims with exactly these scopes granted (none: an empty {@code scope} claim). */
    public static JwtClaimsBuilder withScopes(JwtClaimsBuilder claims, String... scopes) {
        return claims.claim(SCOPE, String.join(" ", scopes));
    }

    /** The claims with every first-party scope granted but this one. */
    public static JwtClaimsBuilder withoutScope(JwtClaimsBuilder claims, String scope) {
        return withScopes(claims, FIRST_PARTY_SCOPES.stream().filter(s -> !s.equals(scope)).toArray(String[]::new));
    }

    /** The claims without any {@code scope} claim at all. */
    public static JwtClaimsBuilder withoutScopeClaim(JwtClaimsBuilder claims) {
        return claims.remove(SCOPE);
    }

    /** A token with the member role, acr 2, but no membership_number claim. */
    public static String memberWithoutMembershipNumber() {
        return claims("2", "member").sign();
    }

    /** Staff with the operator role only. */
    public static String operator() {
        return claims("2", "operator").preferredUserName("operator01").sign();
    }

    /** A claims officer who is a member of the programme too: her token carries her own KPJ. */
    public static String officerWhoIsAMember(String username, String membershipNumber) {
        return claims("2", "claims-officer").preferredUserName(username).claim("membership_number", membershipNumber)
                .sign();
    }

    /** The claims officer of the demo data. */
    public static String officer() {
        return officer("officer01");
    }

    /** A claims officer with this username. */
    public static String officer(String username) {
        return claims("2", "claims-officer").preferredUserName(username).sign();
    }

    /** The identity provider's service account (role registry-verifier). */
    public static String registryVerifier() {
        return withScopes(claims(null, "registry-verifier"), SERVICE_ACCOUNT_SCOPE)
                .preferredUserName("service-account-identity-provider").sign();
    }

    /** claims-service's service account (role claims-reader). */
    public static String claimsReader() {
        return withScopes(claims(null, "claims-reader"), SERVICE_ACCOUNT_SCOPE)
                .preferredUserName("service-account-claims-service").sign();
    }

    /**
     * Everything a valid token has, with these realm roles, signed in at this level just now ({@code acr} and
     * {@code auth_time}; a service account's token, {@code acr} null, has neither), granted every
     * {@link #FIRST_PARTY_SCOPES first-party scope}; the caller changes one thing and signs.
     */
    public static JwtClaimsBuilder claims(String acr, String... roles) {
        Instant now = Instant.now();
        JwtClaimsBuilder builder = Jwt.issuer(issuer())
                .audience(audience())
                .subject(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("typ", "Bearer")
                .claim("azp", "member-portal")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim(SCOPE, String.join(" ", FIRST_PARTY_SCOPES));
        if (acr != null) {
            builder.claim("acr", acr).claim(AUTH_TIME, now.getEpochSecond());
        }
        return builder;
    }

    /** The issuer the service trusts. */
    public static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    /** The audience the service requires. */
    public static String audience() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.audiences", String[].class)[0];
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
        String payload = "{\"iss\":\"" + issuer() + "\",\"aud\":\"" + audience() + "\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"acr\":\"2\",\"membership_number\":\""
                + membershipNumber + "\",\"realm_access\":{\"roles\":[\"member\"]},\"scope\":\""
                + String.join(" ", FIRST_PARTY_SCOPES) + "\"}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}

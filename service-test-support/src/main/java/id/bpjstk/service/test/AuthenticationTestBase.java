package id.bpjstk.service.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authentication cases every JWT-protected service answers alike, each with a {@code {"code","message"}}
 * body: no token 401, a token that is not valid here (signature, issuer, audience, expiry, no JWT at all) 401
 * {@code invalid_token}, no role or no usable {@code membership_number} 403, a password-only sign-in on an
 * operation that needs acr 2 403 with the RFC 9470 challenge ({@code acr_values="2", max_age=1800}), and so is a
 * level-2 sign-in more than 30 minutes old or of unknown age, for members and staff alike; a token without the scope an
 * operation needs 403 {@code insufficient_scope} with the RFC 6750 challenge naming it (checked after the role and
 * before the level), and that scope alone enough; JSON 404 and 405, and a
 * JSON 413 for a body declared over the transport's stop before any token is looked at; health, metrics and the API
 * description open to all.
 *
 * <p>A service's test extends it as a {@code @QuarkusTest} with its test resources and names its operations.
 */
public abstract class AuthenticationTestBase {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Every protected operation of the service, each with the scope it needs ({@link Endpoint#needs(String)}). */
    protected abstract List<Endpoint> protectedEndpoints();

    /** A GET that a member, signed in with password only, may call. */
    protected abstract String memberPath();

    /** The KPJ of a member the service knows. */
    protected abstract String member();

    /** An operation of another role, refused to a member. */
    protected abstract Endpoint notForMembers();

    /** An operation that needs acr 2 and a scope, as a member calls it. */
    protected abstract Endpoint needingAcrTwo();

    /** A member's KPJ the service has no records of: an operation on it is refused, if at all, after the level check. */
    protected String unknownMember() {
        return "19999999999";
    }

    /** A staff operation (it needs acr 2), answered without writing anything. */
    protected abstract Endpoint staffOperation();

    /** The realm role that {@link #staffOperation()} needs. */
    protected abstract String staffRole();

    /** The audience of another service, whose tokens are refused here. */
    protected abstract String anotherAudience();

    /** An existing path with a method it does not take. */
    protected abstract Endpoint wrongMethod();

    /** A path under the API that nothing answers. */
    protected String unknownPath() {
        return "/api/nothing-here";
    }

    /** Paths the API description must list. */
    protected abstract List<String> documentedPaths();

    @TestFactory
    Stream<DynamicTest> everyProtectedEndpointWithoutATokenIs401WithAJsonBodyAndABearerChallenge() {
        return protectedEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(),
                () -> endpoint.call(null).then().statusCode(401)
                        .header("WWW-Authenticate", startsWith("Bearer"))
                        .contentType(ContentType.JSON)
                        .body("code", is("unauthorized"))
                        .body("message", notNullValue())));
    }

    @Test
    void expiredTokenIs401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", member())
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        assertInvalidToken(token);
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", member())
                .issuer("https://sso.attacker.example/realms/bpjstk").sign();
        assertInvalidToken(token);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", member())
                .audience(anotherAudience()).sign();
        assertInvalidToken(token);
    }

    @Test
    void tokenWithoutAudienceIs401() {
        String token = Jwt.issuer(TestTokens.issuer()).subject("x")
                .claim("membership_number", member())
                .claim("realm_access", Map.of("roles", List.of("member"))).sign();
        assertInvalidToken(token);
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", member())
                .sign(TestTokens.strangerKeys().getPrivate());
        assertInvalidToken(token);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        assertInvalidToken(TestTokens.unsigned(member()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-jwt", "a.b.c" })
    void garbageTokenIs401(String token) {
        assertInvalidToken(token);
    }

    @Test
    void tokenWithoutAnyRoleIs403() {
        String token = TestTokens.claims("2").claim("membership_number", member()).sign();
        given().auth().oauth2(token).when().get(memberPath())
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void memberTokenWithoutMembershipNumberIs403() {
        given().auth().oauth2(TestTokens.memberWithoutMembershipNumber()).when().get(memberPath())
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void memberTokenWithMalformedMembershipNumberIs403() {
        given().auth().oauth2(TestTokens.member("1100000001")).when().get(memberPath())
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void memberCannotUseAnotherRolesOperation() {
        notForMembers().call(TestTokens.member(member(), "2"))
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void passwordOnlySignInOnAnOperationNeedingAcrTwoIs403WithTheStepUpChallenge() {
        assertStepUp(needingAcrTwo().call(TestTokens.member(member(), "1")));
    }

    @Test
    void levelTwoSignedInWithinTheMaxAgePassesTheLevelCheck() {
        for (Instant signedIn : List.of(Instant.now(), Instant.now().minus(Duration.ofMinutes(29)))) {
            int status = needingAcrTwo().call(TestTokens.member(unknownMember(), "2", signedIn)).statusCode();
            assertThat("signed in at " + signedIn, status, not(anyOf(is(401), is(403))));
        }
    }

    @Test
    void levelTwoSignedInMoreThanThirtyMinutesAgoIs403WithTheMaxAgeChallenge() {
        assertStepUp(needingAcrTwo().call(
                TestTokens.member(member(), "2", Instant.now().minus(Duration.ofMinutes(31)))));
    }

    @Test
    void levelTwoWithoutAuthTimeIs403WithTheMaxAgeChallenge() {
        assertStepUp(needingAcrTwo().call(TestTokens.memberWithoutAuthTime(member(), "2")));
    }

    @Test
    void staffSignedInWithPasswordOnlyIs403WithTheStepUpChallenge() {
        assertStepUp(staffOperation().call(TestTokens.staff(staffRole(), "staff01", "1", Instant.now())));
    }

    @Test
    void staffAtLevelTwoSignedInMoreThanThirtyMinutesAgoOrAtAnUnknownTimeIs403() {
        assertStepUp(staffOperation().call(
                TestTokens.staff(staffRole(), "staff01", "2", Instant.now().minus(Duration.ofMinutes(31)))));
        assertStepUp(staffOperation().call(TestTokens.staff(staffRole(), "staff01", "2", null)));
    }

    @Test
    void staffAtLevelTwoSignedInJustNowPassesTheLevelCheck() {
        int status = staffOperation().call(TestTokens.staff(staffRole(), "staff01", "2", Instant.now())).statusCode();
        assertThat(status, not(anyOf(is(401), is(403))));
    }

    @Test
    void aMemberSignedInWithPasswordOnlyIsRefusedAStaffOperationForTheRoleNotAskedToStepUp() {
        staffOperation().call(TestTokens.member(member(), "1"))
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesATokenWithoutItsScopeWith403InsufficientScopeNamingIt() {
        return scopedEndpoints().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(),
                () -> assertInsufficientScope(endpoint.call(personWithEveryScopeBut(endpoint.scope())), endpoint.scope())));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationPassesTheScopeCheckWithItsScopeAlone() {
        // the same caller granted nothing but that scope: what refused her above was the scope
        return scopedEndpoints().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            int status = endpoint.call(personWithOnly(endpoint.scope())).statusCode();
            assertThat(endpoint + " with " + endpoint.scope() + " only", status, not(anyOf(is(401), is(403))));
        }));
    }

    @Test
    void aTokenWithoutAnyScopeClaimIsRefusedAMemberOperation() {
        Endpoint endpoint = memberEndpoint();
        String token = TestTokens.withoutScopeClaim(TestTokens.claims("1", "member").claim("membership_number", member())
                .preferredUserName(member())).sign();
        assertInsufficientScope(endpoint.call(token), endpoint.scope());
    }

    @Test
    void aTokenWithoutTheRoleIsRefusedForTheRoleWhateverItsScopes() {
        String noRoleNoScope = TestTokens.withScopes(TestTokens.claims("2"), "openid").claim("membership_number", member())
                .sign();
        given().auth().oauth2(noRoleNoScope).when().get(memberPath())
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
        notForMembers().call(TestTokens.memberWithScopes(member(), "2", "openid"))
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void theScopeIsCheckedBeforeTheLevelSoAClientWithoutItIsNotSentToSignInAgain() {
        Endpoint endpoint = needingAcrTwo();
        String passwordOnly = TestTokens.withoutScope(TestTokens.claims("1", "member")
                .claim("membership_number", member()).preferredUserName(member()), endpoint.scope()).sign();
        assertInsufficientScope(endpoint.call(passwordOnly), endpoint.scope());
    }

    @Test
    void theOperationsThatNeedAcrTwoAndTheMemberPathNameTheirScope() {
        assertThat(needingAcrTwo().toString(), needingAcrTwo().scope(), notNullValue());
        assertThat(memberPath(), memberEndpoint().scope(), notNullValue());
    }

    @Test
    void unknownApiPathIsJson404() {
        given().auth().oauth2(TestTokens.member(member())).when().get(unknownPath())
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("not_found"));
    }

    @Test
    void wrongMethodIsJson405() {
        wrongMethod().call(TestTokens.member(member()))
                .then().statusCode(405).contentType(ContentType.JSON).body("code", is("method_not_allowed"));
    }

    @Test
    void bodyDeclaredOverTheTransportsStopIs413AsJsonBeforeAnyTokenIsLookedAt() throws IOException {
        Endpoint endpoint = needingAcrTwo();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            // the headers only: the body is refused without being read
            socket.getOutputStream().write((endpoint.method() + " " + endpoint.path() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response, startsWith("HTTP/1.1 413 "));
            assertThat(response.toLowerCase(Locale.ROOT), containsString("content-type: application/json"));
            assertThat(response, containsString("\"code\":\"payload_too_large\""));
            assertThat(response, containsString("\"message\":"));
        }
    }

    @Test
    void healthOpenApiAndMetricsNeedNoToken() {
        given().when().get("/q/health").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        ValidatableResponse openApi = given().when().get("/q/openapi").then().statusCode(200);
        documentedPaths().forEach(path -> openApi.body(containsString(path)));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    /** 403 with the RFC 9470 challenge for a recent level 2: {@code acr_values="2"} and {@code max_age} in seconds. */
    private static void assertStepUp(Response response) {
        response.then().statusCode(403)
                .header("WWW-Authenticate", startsWith("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("error_description=\""))
                .header("WWW-Authenticate", containsString("acr_values=\"2\""))
                .header("WWW-Authenticate", endsWith(", max_age=1800"))
                .contentType(ContentType.JSON)
                .body("code", is("insufficient_user_authentication"))
                .body("message", notNullValue());
    }

    private Stream<Endpoint> scopedEndpoints() {
        return protectedEndpoints().stream().filter(endpoint -> endpoint.scope() != null);
    }

    /** {@link #memberPath()} among the protected endpoints, with its scope. */
    private Endpoint memberEndpoint() {
        return protectedEndpoints().stream()
                .filter(endpoint -> endpoint.method().equals("GET") && endpoint.path().equals(memberPath()))
                .findFirst().orElseThrow(() -> new AssertionError(memberPath() + " is not among the protected endpoints"));
    }

    /**
     * A member who is staff too (so that every member and staff operation lets her role in), signed in at level 2 just
     * now, granted these scopes; the registry knows nothing of her KPJ, so whatever passes the checks writes nothing.
     */
    private String person(String... scopes) {
        return TestTokens.withScopes(TestTokens.claims("2", "member", staffRole())
                .claim("membership_number", unknownMember()).preferredUserName(unknownMember()), scopes).sign();
    }

    private String personWithEveryScopeBut(String scope) {
        return person(TestTokens.FIRST_PARTY_SCOPES.stream().filter(s -> !s.equals(scope)).toArray(String[]::new));
    }

    private String personWithOnly(String scope) {
        return person("openid", scope);
    }

    /** 403 with the RFC 6750 challenge that names the scope. */
    private static void assertInsufficientScope(Response response, String scope) {
        response.then().statusCode(403)
                .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"" + scope + "\""))
                .contentType(ContentType.JSON)
                .body("code", is("insufficient_scope"))
                .body("message", containsString(scope));
    }

    private void assertInvalidToken(String token) {
        given().auth().oauth2(token).when().get(memberPath()).then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .contentType(ContentType.JSON)
                .body("code", is("invalid_token"))
                .body("message", notNullValue());
    }
}

package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.membership.support.PostgresTestDatabase;
import id.bpjstk.membership.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class AuthenticationTest {

    private static final String VERIFY_BODY =
            "{\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/members/me", "/api/members/me/balances", "/api/members/me/contributions",
        "/api/members/me/statement?year=2025", "/api/operator/members/11000000017" })
    void requestWithoutTokenGets401WithJsonBodyAndBearerChallenge(String path) {
        given().when().get(path)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("code", is("unauthorized"))
                .body("message", notNullValue());
    }

    @Test
    void verifyWithoutTokenGets401() {
        given().contentType(ContentType.JSON).body(VERIFY_BODY)
                .when().post("/internal/registrations/verify")
                .then().statusCode(401).body("code", is("unauthorized"));
    }

    @Test
    void contactUpdateWithoutTokenGets401NotAStepUpChallenge() {
        given().contentType(ContentType.JSON).body("{\"address\":\"x\",\"correspondenceEmail\":\"a@b.test\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(401).body("code", is("unauthorized"));
    }

    @Test
    void expiredTokenGets401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", Demo.SITI)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/members/me").then());
    }

    @Test
    void tokenFromAnotherIssuerGets401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", Demo.SITI)
                .issuer("https://sso.attacker.example/realms/bpjstk").sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/members/me").then());
    }

    @Test
    void tokenForAnotherAudienceGets401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", Demo.SITI)
                .audience("claims-service").sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/members/me").then());
    }

    @Test
    void tokenWithoutAudienceGets401() {
        String token = io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER).subject("x")
                .claim("membership_number", Demo.SITI)
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("member"))).sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/members/me").then());
    }

    @Test
    void tokenSignedWithAnotherKeyGets401() {
        String token = TestTokens.claims("1", "member").claim("membership_number", Demo.SITI)
                .sign(TestTokens.strangerKeys().getPrivate());
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/members/me").then());
    }

    @Test
    void unsignedAlgNoneTokenGets401() {
        assertInvalidToken(given().auth().oauth2(TestTokens.unsigned(Demo.SITI)).when().get("/api/members/me").then());
    }

    @Test
    void tokenThatIsNotAJwtGets401() {
        assertInvalidToken(given().auth().oauth2("not-a-jwt").when().get("/api/members/me").then());
    }

    @Test
    void memberCannotUseTheOperatorEndpoint() {
        given().auth().oauth2(TestTokens.member(Demo.SITI, "2"))
                .when().get("/api/operator/members/" + Demo.BUDI)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void memberCannotUseTheRegistryVerification() {
        given().auth().oauth2(TestTokens.member(Demo.SITI, "2")).contentType(ContentType.JSON).body(VERIFY_BODY)
                .when().post("/internal/registrations/verify")
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void operatorWithoutMemberRoleCannotReadMemberEndpoints() {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/members/me/balances")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void registryVerifierCannotReadMemberRecords() {
        given().auth().oauth2(TestTokens.registryVerifier())
                .when().get("/api/operator/members/" + Demo.SITI)
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void memberTokenWithoutMembershipNumberGets403() {
        given().auth().oauth2(TestTokens.memberWithoutMembershipNumber())
                .when().get("/api/members/me")
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void memberTokenWithMalformedMembershipNumberGets403() {
        given().auth().oauth2(TestTokens.member("1100000001"))
                .when().get("/api/members/me/balances")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void memberTokenForAMembershipNumberNotInTheRegistryGets404() {
        given().auth().oauth2(TestTokens.member("19999999999"))
                .when().get("/api/members/me")
                .then().statusCode(404).body("code", is("member_not_found"));
    }

    @Test
    void unknownApiPathGetsJson404() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().get("/api/members/me/nothing-here")
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("not_found"));
    }

    @Test
    void wrongMethodGetsJson405() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().delete("/api/members/me")
                .then().statusCode(405).contentType(ContentType.JSON).body("code", is("method_not_allowed"));
    }

    @Test
    void healthOpenApiAndMetricsNeedNoToken() {
        given().when().get("/q/health").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/members/me/contributions"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    private static void assertInvalidToken(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("code", is("invalid_token"))
                .body("message", notNullValue());
    }
}

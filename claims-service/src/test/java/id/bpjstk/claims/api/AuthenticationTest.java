package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.claims.support.PostgresTestDatabase;
import id.bpjstk.claims.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens: none, forged, expired, for another audience or issuer; and the operations endpoints. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class AuthenticationTest {

    private static final String ID = "/" + UUID.randomUUID();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @CsvSource({ "GET, /api/claim-types, ", "GET, /api/claims, ", "POST, /api/claims, application/json",
        "GET, /api/claims/x, ", "POST, /api/claims/x/documents, multipart/form-data",
        "GET, /api/claims/x/documents/y, ", "DELETE, /api/claims/x/documents/y, ", "POST, /api/claims/x/submit, ",
        "POST, /api/claims/x/cancel, ", "GET, /api/officer/claims, ", "GET, /api/officer/claims/x, ",
        "GET, /api/officer/claims/x/documents/y, ", "POST, /api/officer/claims/x/verify, ",
        "POST, /api/officer/claims/x/approve, ", "POST, /api/officer/claims/x/reject, application/json",
        "POST, /api/officer/claims/x/pay, " })
    void everyEndpointWithoutATokenIs401WithAJsonBodyAndABearerChallenge(String method, String path, String type) {
        var request = given();
        if ("application/json".equals(type)) {
            request.contentType(ContentType.JSON).body("{}");
        } else if (type != null) {
            request.multiPart("type", "KTP");
        }
        request.when().request(method, path.replace("/x", ID).replace("/y", ID))
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("code", is("unauthorized"))
                .body("message", notNullValue());
    }

    @Test
    void createWithoutATokenIs401NotAStepUpChallenge() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body(ClaimsApi.body("JHT", "JHT_RETIREMENT"))
                .when().post("/api/claims")
                .then().statusCode(401).body("code", is("unauthorized"));
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String token = TestTokens.claims("2", "member").claim("membership_number", Members.MADE)
                .sign(TestTokens.strangerKeys().getPrivate());
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/claims").then());
    }

    @Test
    void expiredTokenIs401() {
        String token = TestTokens.claims("2", "member").claim("membership_number", Members.MADE)
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/claims").then());
    }

    @Test
    void tokenForMembershipServiceIs401Here() {
        String token = TestTokens.claims("2", "member").claim("membership_number", Members.MADE)
                .audience("membership-service").sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/claims").then());
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        String token = TestTokens.claims("2", "member").claim("membership_number", Members.MADE)
                .issuer("https://sso.attacker.example/realms/bpjstk").sign();
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/claims").then());
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-jwt", "a.b.c" })
    void garbageTokenIs401(String token) {
        assertInvalidToken(given().auth().oauth2(token).when().get("/api/claims").then());
    }

    @Test
    void tokenWithoutAnyRoleIs403() {
        String token = TestTokens.claims("2").claim("membership_number", Members.MADE).sign();
        given().auth().oauth2(token).when().get("/api/claims")
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void healthIsUpAndOpenApiAndMetricsAreServed() {
        given().when().get("/q/health").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/claims/{id}/documents"))
                .body(containsString("/api/officer/claims/{id}/reject"))
                .body(containsString("/api/claim-types"))
                .body(containsString("Idempotency-Key"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    private static void assertInvalidToken(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .contentType(ContentType.JSON)
                .body("code", is("invalid_token"));
    }
}

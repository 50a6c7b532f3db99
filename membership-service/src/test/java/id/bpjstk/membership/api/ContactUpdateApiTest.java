package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PUT /api/members/me/contact: the change on Budi, the refusals on Made (other tests read Siti's details). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class ContactUpdateApiTest {

    private static final String VALID = "{\"address\":\"Jl. Gatot Subroto Barat No. 3, Denpasar 80116\","
            + "\"correspondenceEmail\":\"made.wirawan@example.test\"}";

    @Inject
    MemberRepository members;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void memberSignedInWithOtpChangesAddressAndCorrespondenceEmail() {
        given().auth().oauth2(TestTokens.member(Demo.BUDI, "2")).contentType(ContentType.JSON)
                .body("{\"address\":\"  Jl. Cihampelas No. 160, Bandung 40131  \","
                        + "\"correspondenceEmail\":\"budi.santoso@example.test\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(200)
                .body("membershipNumber", is(Demo.BUDI))
                .body("address", is("Jl. Cihampelas No. 160, Bandung 40131"))
                .body("correspondenceEmail", is("budi.santoso@example.test"))
                .body("email", is("budi@example.test"));

        given().auth().oauth2(TestTokens.member(Demo.BUDI))
                .when().get("/api/members/me")
                .then().statusCode(200)
                .body("address", is("Jl. Cihampelas No. 160, Bandung 40131"))
                .body("correspondenceEmail", is("budi.santoso@example.test"));
    }

    @Test
    void passwordOnlySignInGetsTheStepUpChallengeAndChangesNothing() {
        Snapshot before = snapshot(Demo.MADE);

        given().auth().oauth2(TestTokens.member(Demo.MADE, "1")).contentType(ContentType.JSON).body(VALID)
                .when().put("/api/members/me/contact")
                .then().statusCode(403).contentType(ContentType.JSON)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("error_description=\""))
                .header("WWW-Authenticate", containsString("acr_values=\"2\""))
                .body("code", is("insufficient_user_authentication"))
                .body("message", containsString("acr 2"));

        assertEquals(before, snapshot(Demo.MADE));
    }

    @Test
    void aClientNotGrantedContactWriteChangesNothingEvenAtLevelTwo() {
        Snapshot before = snapshot(Demo.MADE);

        // every other member scope, as a partner that was given all the reading ones
        given().auth().oauth2(TestTokens.memberWithScopes(Demo.MADE, "2", "openid", "membership", "balances.read",
                        "contributions.read"))
                .contentType(ContentType.JSON).body(VALID)
                .when().put("/api/members/me/contact")
                .then().statusCode(403).contentType(ContentType.JSON)
                .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"contact.write\""))
                .body("code", is("insufficient_scope"));

        assertEquals(before, snapshot(Demo.MADE));
    }

    @Test
    void scopeIsCheckedBeforeTheBodySoAnInvalidBodyWithoutContactWriteIsStill403() {
        given().auth().oauth2(TestTokens.memberWithScopes(Demo.MADE, "2", "openid", "membership"))
                .contentType(ContentType.JSON).body("{\"address\":\"\",\"correspondenceEmail\":\"nope\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(403).body("code", is("insufficient_scope"));
    }

    @Test
    void tokenWithoutAcrGetsTheStepUpChallenge() {
        String token = TestTokens.claims(null, "member").claim("membership_number", Demo.MADE).sign();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(VALID)
                .when().put("/api/members/me/contact")
                .then().statusCode(403).header("WWW-Authenticate", containsString("acr_values=\"2\""));
    }

    @Test
    void levelIsCheckedBeforeTheBodySoAnInvalidBodyAtAcr1IsStill403() {
        given().auth().oauth2(TestTokens.member(Demo.MADE, "1")).contentType(ContentType.JSON)
                .body("{\"address\":\"\",\"correspondenceEmail\":\"nope\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(403).body("code", is("insufficient_user_authentication"));
    }

    @Test
    void invalidEmailIs400AndChangesNothing() {
        Snapshot before = snapshot(Demo.MADE);

        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON)
                .body("{\"address\":\"Jl. Baru No. 1\",\"correspondenceEmail\":\"made-at-example\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("correspondenceEmail"));

        assertEquals(before, snapshot(Demo.MADE));
    }

    @Test
    void addressLongerThan500CharactersIs400AndChangesNothing() {
        Snapshot before = snapshot(Demo.MADE);

        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON)
                .body("{\"address\":\"" + "a".repeat(501) + "\",\"correspondenceEmail\":\"made@example.test\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(400).body("violations.field", contains("address"));

        assertEquals(before, snapshot(Demo.MADE));
    }

    @Test
    void missingFieldsAre400WithOneViolationEach() {
        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON).body("{}")
                .when().put("/api/members/me/contact")
                .then().statusCode(400).body("violations.field", contains("address", "correspondenceEmail"));
    }

    @Test
    void emptyBodyIs400() {
        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON)
                .when().put("/api/members/me/contact")
                .then().statusCode(400).body("code", is("invalid_request"));
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON)
                .body("{\"address\": \"Jl. ")
                .when().put("/api/members/me/contact")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("body"));
    }

    @Test
    void nonJsonBodyIs415() {
        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.TEXT).body("address=x")
                .when().put("/api/members/me/contact")
                .then().statusCode(415).contentType(ContentType.JSON).body("code", is("unsupported_media_type"));
    }

    @Test
    void bodyOverThe64KiBLimitIs413AndChangesNothing() {
        Snapshot before = snapshot(Demo.MADE);

        given().auth().oauth2(TestTokens.member(Demo.MADE, "2")).contentType(ContentType.JSON)
                .body("{\"address\":\"" + "a".repeat(70 * 1024) + "\",\"correspondenceEmail\":\"made@example.test\"}")
                .when().put("/api/members/me/contact")
                .then().statusCode(413).contentType(ContentType.JSON).body("code", is("payload_too_large"));

        assertEquals(before, snapshot(Demo.MADE));
    }

    private Snapshot snapshot(String membershipNumber) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = members.findByMembershipNumber(membershipNumber).orElseThrow();
            return new Snapshot(member.getAddress(), member.getCorrespondenceEmail(), member.getVersion());
        });
    }

    private record Snapshot(String address, String correspondenceEmail, long version) {
    }
}

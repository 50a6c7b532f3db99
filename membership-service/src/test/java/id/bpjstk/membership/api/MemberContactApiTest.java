package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.membership.support.InactiveMember;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class MemberContactApiTest {

    private static final String CONTACT = "/internal/members/{kpj}/contact";

    @Inject
    MemberRepository members;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void inactiveMemberExists() {
        InactiveMember.ensureExists(members);
    }

    @Test
    void activeMemberAnswersWithNamePhoneNumberAndEmailOnly() {
        contact(TestTokens.registryVerifier(), Demo.BUDI)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("membershipNumber", is(Demo.BUDI))
                .body("name", is("Budi Santoso"))
                .body("phoneNumber", is("+6281200000002"))
                .body("email", is("budi@example.test"))
                .body("keySet()", containsInAnyOrder("membershipNumber", "name", "phoneNumber", "email"))
                .body(not(containsString("3273011208850002")));
    }

    @Test
    void unknownKpjIs404MemberNotFound() {
        contact(TestTokens.registryVerifier(), "19999999999")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("code", is("member_not_found"));
    }

    @Test
    void inactiveMemberIs404WithTheSameBodyAsAnUnknownKpj() {
        String inactive = contact(TestTokens.registryVerifier(), InactiveMember.KPJ)
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("code", is("member_not_found"))
                .body(not(containsString(InactiveMember.PHONE_NUMBER)))
                .body(not(containsString(InactiveMember.EMAIL)))
                .extract().asString();
        String unknown = contact(TestTokens.registryVerifier(), "19999999999").then().statusCode(404)
                .extract().asString();
        assertEquals(unknown, inactive, "an inactive member is indistinguishable from an unknown KPJ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1100000002", "110000000250", "1100000002x", "abcdefghijk",
        "\u0661\u0661\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0662\u0665", "11000000025\n", " 1100000002" })
    void kpjThatIsNotElevenAsciiDigitsIs400WithTheViolation(String kpj) {
        contact(TestTokens.registryVerifier(), kpj)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("kpj"))
                .body("violations.message", contains("must be 11 digits"));
    }

    @Test
    void memberTokenGets403EvenForTheMembersOwnKpj() {
        contact(TestTokens.member(Demo.BUDI, "2"), Demo.BUDI)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void operatorTokenGets403() {
        contact(TestTokens.operator(), Demo.BUDI)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void requestWithoutTokenGets401WithBearerChallenge() {
        given().when().get(CONTACT, Demo.BUDI)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("code", is("unauthorized"));
    }

    @Test
    void registryVerifierTokenSignedWithAnotherKeyGets401() {
        String token = TestTokens.claims(null, "registry-verifier").sign(TestTokens.strangerKeys().getPrivate());
        contact(token, Demo.BUDI)
                .then().statusCode(401).contentType(ContentType.JSON).body("code", is("invalid_token"));
    }

    @Test
    void lookupsAreCountedByResult() {
        contact(TestTokens.registryVerifier(), Demo.BUDI).then().statusCode(200);
        contact(TestTokens.registryVerifier(), "19999999999").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("membership_registry_contact_lookups_total{result=\"found\"}"))
                .body(containsString("membership_registry_contact_lookups_total{result=\"not_found\"}"));
    }

    private static Response contact(String token, String kpj) {
        return given().auth().oauth2(token).when().get(CONTACT, kpj);
    }
}

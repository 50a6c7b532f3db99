package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OperatorApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void operatorSeesTheMembersRecordAndBalances() {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/operator/members/" + Demo.SITI)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("member.membershipNumber", is(Demo.SITI))
                .body("member.name", is("Siti Rahmawati"))
                .body("member.nikMasked", is("3171********0001"))
                .body("member.status", is("ACTIVE"))
                .body("member.participantCategory", is("PU"))
                .body("balances.asOf", is("2026-10-31"))
                .body("balances.jht.total", is(26_773_117))
                .body("balances.jp.contributionMonths", is(46))
                .body(not(containsString(Demo.SITI_NIK)));
    }

    @Test
    void operatorSeesNoJpForABpuParticipant() {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/operator/members/" + Demo.DEWI)
                .then().statusCode(200)
                .body("member.participantCategory", is("BPU"))
                .body("balances.jp", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1100000001", "110000000170", "1100000001x", "abcdefghijk" })
    void membershipNumberThatIsNotElevenDigitsIs400(String kpj) {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/operator/members/" + kpj)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("kpj"));
    }

    @Test
    void unknownMembershipNumberIs404() {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/operator/members/19999999999")
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("member_not_found"));
    }
}

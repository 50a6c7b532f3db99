package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class RegistrationVerificationApiTest {

    private static final String NO_MATCH = "{\"match\":false}";

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
    void allThreeMatchingAnActiveMemberAnswersWithTheMembersContactFacts() {
        String body = verify("{\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\","
                + "\"birthDate\":\"1990-05-15\"}")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("match", is(true))
                .body("membershipNumber", is(Demo.SITI))
                .body("name", is("Siti Rahmawati"))
                .body("email", is("siti@example.test"))
                .body("phoneNumber", is("+6281200000001"))
                .body("participantCategory", is("PU"))
                .extract().asString();
        assertEquals(-1, body.indexOf("nik"), "the answer never carries the NIK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wrong NIK,             11000000017, 3171015505900002, 1990-05-15",
        "another member's NIK,  11000000017, 5171010303700004, 1990-05-15",
        "wrong birth date,      11000000017, 3171015505900001, 1990-05-16",
        "unknown KPJ,           19999999999, 3171015505900001, 1990-05-15",
        "inactive member,       11000000099, 3201014107950005, 1995-07-01",
    })
    void anyMismatchAnswersTheSameNoMatchBody(String situation, String kpj, String nik, String birthDate) {
        String body = verify("{\"membershipNumber\":\"" + kpj + "\",\"nik\":\"" + nik + "\",\"birthDate\":\""
                + birthDate + "\"}")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        assertEquals(NO_MATCH, body, situation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KPJ of 10 digits  | {\"membershipNumber\":\"1100000001\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"} | membershipNumber",
        "NIK of 15 digits  | {\"membershipNumber\":\"11000000017\",\"nik\":\"317101550590000\",\"birthDate\":\"1990-05-15\"} | nik",
        "NIK with a letter | {\"membershipNumber\":\"11000000017\",\"nik\":\"317101550590000A\",\"birthDate\":\"1990-05-15\"} | nik",
        "no birth date     | {\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\"} | birthDate",
        "month 13          | {\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-13-01\"} | birthDate",
        "day-month-year    | {\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"15-05-1990\"} | birthDate",
        "KPJ as a number   | {\"membershipNumber\":[1],\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"} | membershipNumber",
        "not JSON          | {\"membershipNumber\": | body",
    })
    void malformedRequestIs400WithTheFieldAtFault(String situation, String json, String field) {
        verify(json).then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains(field));
    }

    @Test
    void emptyBodyIs400() {
        given().auth().oauth2(TestTokens.registryVerifier()).contentType(ContentType.JSON)
                .when().post("/internal/registrations/verify")
                .then().statusCode(400).body("code", is("invalid_request"));
    }

    @Test
    void formEncodedBodyIs415() {
        given().auth().oauth2(TestTokens.registryVerifier()).contentType(ContentType.URLENC)
                .formParam("membershipNumber", Demo.SITI)
                .when().post("/internal/registrations/verify")
                .then().statusCode(415).contentType(ContentType.JSON).body("code", is("unsupported_media_type"));
    }

    private static io.restassured.response.Response verify(String json) {
        return given().auth().oauth2(TestTokens.registryVerifier()).contentType(ContentType.JSON).body(json)
                .when().post("/internal/registrations/verify");
    }
}

package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.membership.support.InactiveMember;
import id.bpjstk.membership.support.ResignedMember;
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

/** GET /internal/members/{kpj}/facts, for claims-service's service account (role claims-reader). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class MemberFactsApiTest {

    private static final String FACTS = "/internal/members/{kpj}/facts";

    @Inject
    MemberRepository members;

    @Inject
    ContributionMonthRepository months;


    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void fixturesExist() {
        InactiveMember.ensureExists(members);
        ResignedMember.ensureExists(members, months);
    }

    @Test
    void madeHasHisBirthDateCategoryAndContributionMonthsAndNoEmploymentEnd() {
        facts(TestTokens.claimsReader(), Demo.MADE)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("membershipNumber", is(Demo.MADE))
                .body("name", is("Made Wirawan"))
                .body("birthDate", is("1970-03-03"))
                .body("participantCategory", is("PU"))
                .body("status", is("ACTIVE"))
                .body("employmentEndDate", nullValue())
                // January 2023 to October 2026, each with a JP line
                .body("contributionMonths", is(46))
                .body("jpContributionMonths", is(46))
                .body("firstContributionMonth", is("2023-01"))
                .body("lastContributionMonth", is("2026-10"))
                .body("keySet()", containsInAnyOrder("membershipNumber", "name", "birthDate", "participantCategory",
                        "status", "employmentEndDate", "contributionMonths", "jpContributionMonths",
                        "firstContributionMonth", "lastContributionMonth"))
                .body(not(containsString(Demo.MADE_NIK)))
                .body(not(containsString("made@example.test")));
    }

    @Test
    void nonWageEarnerHasNoJpMonths() {
        facts(TestTokens.claimsReader(), Demo.DEWI)
                .then().statusCode(200)
                .body("participantCategory", is("BPU"))
                .body("contributionMonths", is(46))
                .body("jpContributionMonths", is(0));
    }

    @Test
    void resignedMemberHasTheEmploymentEndDateAndMonthsCountedWithTheirGap() {
        facts(TestTokens.claimsReader(), ResignedMember.KPJ)
                .then().statusCode(200)
                .body("employmentEndDate", is("2026-09-30"))
                .body("contributionMonths", is(32))
                .body("jpContributionMonths", is(29))
                .body("firstContributionMonth", is("2024-01"))
                .body("lastContributionMonth", is("2026-09"));
    }

    @Test
    void unknownKpjIs404MemberNotFound() {
        facts(TestTokens.claimsReader(), "19999999999")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("code", is("member_not_found"));
    }

    @Test
    void inactiveMemberIs404WithTheSameBodyAsAnUnknownKpj() {
        String inactive = facts(TestTokens.claimsReader(), InactiveMember.KPJ)
                .then().statusCode(404).body("code", is("member_not_found")).extract().asString();
        String unknown = facts(TestTokens.claimsReader(), "19999999999").then().statusCode(404).extract().asString();
        assertEquals(unknown, inactive, "an inactive member is indistinguishable from an unknown KPJ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1100000004", "110000000410", "1100000004x", "abcdefghijk", " 1100000004" })
    void kpjThatIsNotElevenDigitsIs400WithTheViolation(String kpj) {
        facts(TestTokens.claimsReader(), kpj)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("kpj"))
                .body("violations.message", contains("must be 11 digits"));
    }

    @Test
    void memberTokenGets403EvenForTheMembersOwnKpj() {
        facts(TestTokens.member(Demo.MADE, "2"), Demo.MADE)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void registryVerifierTokenGets403() {
        facts(TestTokens.registryVerifier(), Demo.MADE)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void operatorTokenGets403() {
        facts(TestTokens.operator(), Demo.MADE)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void claimsReaderCannotUseTheIdentityProvidersEndpoints() {
        given().auth().oauth2(TestTokens.claimsReader()).when().get("/internal/members/{kpj}/contact", Demo.MADE)
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void requestWithoutTokenGets401WithBearerChallenge() {
        given().when().get(FACTS, Demo.MADE)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(ContentType.JSON)
                .body("code", is("unauthorized"));
    }

    @Test
    void claimsReaderTokenSignedWithAnotherKeyGets401() {
        String token = TestTokens.claims(null, "claims-reader").sign(TestTokens.strangerKeys().getPrivate());
        facts(token, Demo.MADE).then().statusCode(401).body("code", is("invalid_token"));
    }

    @Test
    void claimsReaderTokenForAnotherAudienceGets401() {
        String token = TestTokens.claims(null, "claims-reader").audience("claims-service").sign();
        facts(token, Demo.MADE).then().statusCode(401).body("code", is("invalid_token"));
    }

    @Test
    void lookupsAreCountedByResult() {
        facts(TestTokens.claimsReader(), Demo.MADE).then().statusCode(200);
        facts(TestTokens.claimsReader(), "19999999999").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("membership_registry_facts_lookups_total{result=\"found\"}"))
                .body(containsString("membership_registry_facts_lookups_total{result=\"not_found\"}"));
    }

    private static Response facts(String token, String kpj) {
        return given().auth().oauth2(token).when().get(FACTS, kpj);
    }
}

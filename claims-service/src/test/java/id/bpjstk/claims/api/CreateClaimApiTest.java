package id.bpjstk.claims.api;

import static id.bpjstk.claims.support.ClaimsApi.body;
import static id.bpjstk.claims.support.ClaimsApi.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.ClaimsTables;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/claims: creation, idempotency, eligibility, and every refusal writing nothing. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class CreateClaimApiTest {

    private static final String MADE_JHT = body("JHT", "JHT_RETIREMENT");

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void noClaims() {
        ClaimsTables.clear(em);
    }

    @Test
    void madeCreatesAJhtRetirementClaimAsADraftWithItsFirstHistoryLine() {
        Response created = create(TestTokens.member(Members.MADE, "2"), "made-jht-1", MADE_JHT);

        String id = created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/claims/"))
                .body("membershipNumber", is(Members.MADE))
                .body("type", is("JHT"))
                .body("reason", is("JHT_RETIREMENT"))
                .body("status", is("DRAFT"))
                .body("bankName", is(ClaimsApi.BANK_NAME))
                .body("bankAccountNumber", is(ClaimsApi.BANK_ACCOUNT))
                .body("eligibility.outcome", is("ELIGIBLE"))
                .body("eligibility.reason.en", containsString("You are 56"))
                .body("eligibility.source", containsString("PP 46/2015"))
                .body("requiredDocuments.code", contains("KTP", "KK", "KARTU_PESERTA"))
                .body("missingDocuments.code", contains("KTP", "KK", "KARTU_PESERTA"))
                .body("documents", hasSize(0))
                .body("history", hasSize(1))
                .body("history[0].from", nullValue())
                .body("history[0].to", is("DRAFT"))
                .body("history[0].by", is(Members.MADE))
                .body("history[0].role", is("MEMBER"))
                .body("history[0].at", notNullValue())
                .body("decisionReason", nullValue())
                .body("version", is(0))
                .extract().path("id");
        created.then().header("Location", endsWith("/api/claims/" + id));
        assertEquals(new ClaimsTables.Counts(1, 0, 0, 1), ClaimsTables.counts(em));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameClaimNotASecondOne() {
        String first = create(TestTokens.member(Members.MADE, "2"), "made-retry", MADE_JHT)
                .then().statusCode(201).extract().asString();

        String retry = create(TestTokens.member(Members.MADE, "2"), "made-retry", MADE_JHT)
                .then().statusCode(200).header("Idempotent-Replayed", is("true"))
                .extract().asString();

        assertEquals(first, retry);
        assertEquals(1, ClaimsTables.count(em, "claims"));
        assertEquals(1, ClaimsTables.count(em, "claim_status_history"));
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndWritesNothing() {
        create(TestTokens.member(Members.MADE, "2"), "made-reused", MADE_JHT).then().statusCode(201);

        create(TestTokens.member(Members.MADE, "2"), "made-reused", body("JHT", "JHT_RETIREMENT", "Bank Mandiri", "9876543210"))
                .then().statusCode(422).contentType(ContentType.JSON)
                .body("code", is("idempotency_key_reused"));

        assertEquals(new ClaimsTables.Counts(1, 0, 0, 1), ClaimsTables.counts(em));
    }

    @Test
    void idempotencyKeysBelongToOneMember() {
        String made = create(TestTokens.member(Members.MADE, "2"), "shared-key", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(201).extract().path("id");
        String siti = create(TestTokens.member(Members.SITI, "2"), "shared-key", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(201).body("membershipNumber", is(Members.SITI)).extract().path("id");

        assertNotEquals(made, siti);
    }

    @Test
    void aSecondOpenClaimOfTheSameTypeIs409AndWritesNothing() {
        create(TestTokens.member(Members.MADE, "2"), "first-jht", MADE_JHT).then().statusCode(201);

        create(TestTokens.member(Members.MADE, "2"), "second-jht", MADE_JHT)
                .then().statusCode(409).contentType(ContentType.JSON)
                .body("code", is("open_claim_exists"))
                .body("message", containsString("open JHT claim"));

        assertEquals(new ClaimsTables.Counts(1, 0, 0, 1), ClaimsTables.counts(em));
    }

    @Test
    void aCancelledClaimDoesNotBlockANewOne() {
        String id = create(TestTokens.member(Members.MADE, "2"), "to-cancel", MADE_JHT)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().post("/api/claims/{id}/cancel", id)
                .then().statusCode(200);

        create(TestTokens.member(Members.MADE, "2"), "after-cancel", MADE_JHT).then().statusCode(201);
    }

    @Test
    void passwordOnlySignInGetsTheStepUpChallengeAndNothingIsWritten() {
        create(TestTokens.member(Members.MADE, "1"), "acr-1", MADE_JHT)
                .then().statusCode(403).contentType(ContentType.JSON)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("error_description=\""))
                .header("WWW-Authenticate", containsString("acr_values=\"2\""))
                .body("code", is("insufficient_user_authentication"));

        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void aClientGrantedOnlyReadingClaimsCreatesNoneAndNothingIsWritten() {
        create(TestTokens.memberWithScopes(Members.MADE, "2", "openid", "membership", "claims.read"), "read-only", MADE_JHT)
                .then().statusCode(403).contentType(ContentType.JSON)
                .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"claims.write\""))
                .body("code", is("insufficient_scope"));

        assertEquals(new ClaimsTables.Counts(0, 0, 0, 0), ClaimsTables.counts(em));
    }

    @Test
    void scopeIsCheckedBeforeTheBodyAndTheLevelSoAnInvalidBodyAtAcr1WithoutClaimsWriteIs403InsufficientScope() {
        create(TestTokens.memberWithScopes(Members.MADE, "1", "openid", "claims.read"), "read-only-bad", "{\"type\":\"\"}")
                .then().statusCode(403).body("code", is("insufficient_scope"));
    }

    @Test
    void tokenWithoutAcrGetsTheStepUpChallenge() {
        String token = TestTokens.claims(null, "member").claim("membership_number", Members.MADE).sign();
        create(token, "no-acr", MADE_JHT)
                .then().statusCode(403).header("WWW-Authenticate", containsString("acr_values=\"2\""));
    }

    @Test
    void levelIsCheckedBeforeTheBodySoAnInvalidBodyAtAcr1IsStill403() {
        create(TestTokens.member(Members.MADE, "1"), "acr-1-bad", "{\"type\":\"\"}")
                .then().statusCode(403).body("code", is("insufficient_user_authentication"));
    }

    @Test
    void missingIdempotencyKeyIs400() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).contentType(ContentType.JSON).body(MADE_JHT)
                .when().post("/api/claims")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("Idempotency-Key"));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void idempotencyKeyOverAHundredCharactersIs400() {
        create(TestTokens.member(Members.MADE, "2"), "k".repeat(101), MADE_JHT)
                .then().statusCode(400).body("violations.field", contains("Idempotency-Key"));
    }

    @Test
    void unknownClaimTypeIs400AndWritesNothing() {
        create(TestTokens.member(Members.MADE, "2"), "unknown-type", body("JHX", "JHT_RETIREMENT"))
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("type"))
                .body("violations[0].message", is("must be one of JHT, JP, JKK, JKM, JKP"));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void reasonOfAnotherTypeIs400() {
        create(TestTokens.member(Members.MADE, "2"), "wrong-reason", body("JP", "JHT_RETIREMENT"))
                .then().statusCode(400)
                .body("violations.field", contains("reason"))
                .body("violations[0].message", is("must be one of JP_OLD_AGE for a JP claim"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "01234abc89", "0123-456789", "12345", "123456789012345678901", " 0123456789", "" })
    void bankAccountNumberThatIsNotSixToTwentyDigitsIs400AndWritesNothing(String account) {
        create(TestTokens.member(Members.MADE, "2"), "bad-account", body("JHT", "JHT_RETIREMENT", "BRI", account))
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("bankAccountNumber"));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void bankNameWithControlCharactersIs400() {
        create(TestTokens.member(Members.MADE, "2"), "bad-bank", body("JHT", "JHT_RETIREMENT", "BRI\\nX", "0123456789"))
                .then().statusCode(400).body("violations.field", contains("bankName"));
    }

    @Test
    void missingFieldsAre400WithOneViolationEach() {
        create(TestTokens.member(Members.MADE, "2"), "empty", "{}")
                .then().statusCode(400)
                .body("violations.field", contains("bankAccountNumber", "bankName", "reason", "type"));
    }

    @Test
    void malformedJsonIs400() {
        create(TestTokens.member(Members.MADE, "2"), "malformed", "{\"type\": \"JH")
                .then().statusCode(400).body("violations.field", contains("body"));
    }

    @Test
    void emptyBodyIs400() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "no-body")
                .when().post("/api/claims")
                .then().statusCode(400).body("code", is("invalid_request"));
    }

    @Test
    void nonJsonBodyIs415() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).contentType(ContentType.TEXT)
                .header("Idempotency-Key", "text").body("type=JHT")
                .when().post("/api/claims")
                .then().statusCode(415).contentType(ContentType.JSON).body("code", is("unsupported_media_type"));
    }

    @Test
    void bodyOverSixtyFourKibibytesIs413() {
        create(TestTokens.member(Members.MADE, "2"), "huge", body("JHT", "JHT_RETIREMENT", "B".repeat(70_000), "0123456789"))
                .then().statusCode(413).contentType(ContentType.JSON).body("code", is("payload_too_large"));
    }

    @Test
    void sitiAskingForJhtForRetirementIs422WithTheReasonAndWritesNothing() {
        create(TestTokens.member(Members.SITI, "2"), "siti-jht", MADE_JHT)
                .then().statusCode(422).contentType(ContentType.JSON)
                .body("code", is("not_eligible"))
                .body("message", containsString("You are 36"))
                .body("message", containsString("PP 46/2015"));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void madeAskingForJpIsToldThePensionAgeIs59() {
        create(TestTokens.member(Members.MADE, "2"), "made-jp", body("JP", "JP_OLD_AGE"))
                .then().statusCode(422)
                .body("code", is("not_eligible"))
                .body("message", containsString("The JP pension age in 2026 is 59"));
    }

    @Test
    void aMemberWhoResignedOverAMonthAgoCreatesAJhtResignationClaim() {
        create(TestTokens.member(Members.RESIGNED, "2"), "resigned-jht", body("JHT", "JHT_RESIGNATION"))
                .then().statusCode(201)
                .body("reason", is("JHT_RESIGNATION"))
                .body("requiredDocuments.code", contains("KTP", "KK", "KARTU_PESERTA", "SURAT_KETERANGAN_BERHENTI"));
    }

    @Test
    void aPensionerCreatesAJpClaim() {
        create(TestTokens.member(Members.PENSIONER, "2"), "jp", body("JP", "JP_OLD_AGE"))
                .then().statusCode(201)
                .body("eligibility.reason.en", containsString("monthly old-age pension"));
    }

    @Test
    void aWorkAccidentClaimIsFiledPendingItsIncidentReport() {
        create(TestTokens.member(Members.SITI, "2"), "siti-jkk", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(201)
                .body("eligibility.outcome", is("NEEDS_INCIDENT_REPORT"))
                .body("eligibility.eligible", is(false))
                .body("requiredDocuments.code", contains("KTP", "KARTU_PESERTA", "LAPORAN_KECELAKAAN_KERJA",
                        "SURAT_KETERANGAN_DOKTER"));
    }

    @Test
    void memberTheRegistryDoesNotKnowIs422() {
        create(TestTokens.member(Members.NOT_IN_REGISTRY, "2"), "unknown", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(422).body("code", is("not_eligible"))
                .body("message", containsString("no active membership"));
    }

    @Test
    void registryErrorIs503AndCreatesNothing() {
        create(TestTokens.member(Members.REGISTRY_FAILS, "2"), "registry-500", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(503).contentType(ContentType.JSON)
                .header("Retry-After", is("30"))
                .body("code", is("membership_unavailable"))
                .body(not(containsString("stub-token")));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void registryTooSlowIs503AndCreatesNothing() {
        create(TestTokens.member(Members.REGISTRY_TOO_SLOW, "2"), "registry-slow", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(503).body("code", is("membership_unavailable"));
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void aRetryAfterTheRegistryFailedIsANewAttempt() {
        create(TestTokens.member(Members.REGISTRY_FAILS, "2"), "retry-later", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(503);
        create(TestTokens.member(Members.REGISTRY_FAILS, "2"), "retry-later", body("JKK", "JKK_WORK_ACCIDENT"))
                .then().statusCode(503);
        assertEquals(0, ClaimsTables.count(em, "claims"));
    }

    @Test
    void creationsAndRegistryLookupsAreCounted() {
        create(TestTokens.member(Members.MADE, "2"), "counted", MADE_JHT).then().statusCode(201);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("claims_created_total{type=\"JHT\"}"))
                .body(containsString("claims_membership_lookups_total{outcome=\"found\"}"));
    }
}

package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/claim-types: the types, their documents, and the caller's eligibility on 21 November 2026. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class ClaimTypesApiTest {

    private static final String JHT_RETIREMENT = "claimTypes.find { it.code == 'JHT' }.reasons.find { it.code == 'JHT_RETIREMENT' }";
    private static final String JHT_RESIGNATION = "claimTypes.find { it.code == 'JHT' }.reasons.find { it.code == 'JHT_RESIGNATION' }";
    private static final String JP_OLD_AGE = "claimTypes.find { it.code == 'JP' }.reasons[0]";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void madeSeesEveryTypeWithItsDocumentsAndThatJhtForRetirementIsOpenToHim() {
        claimTypes(Members.MADE)
                .body("asOf", is("2026-11-21"))
                .body("claimTypes.code", contains("JHT", "JP", "JKK", "JKM", "JKP"))
                .body("claimTypes.find { it.code == 'JHT' }.name.id", is("Jaminan Hari Tua"))
                .body("claimTypes.find { it.code == 'JHT' }.legalSource", containsString("PP 46/2015"))
                .body("claimTypes.find { it.code == 'JHT' }.eligible", is(true))
                .body(JHT_RETIREMENT + ".requiredDocuments.code", contains("KTP", "KK", "KARTU_PESERTA"))
                .body(JHT_RETIREMENT + ".requiredDocuments[0].name.en", is("Identity card (KTP)"))
                .body(JHT_RETIREMENT + ".eligibility.eligible", is(true))
                .body(JHT_RETIREMENT + ".eligibility.canFile", is(true))
                .body(JHT_RETIREMENT + ".eligibility.outcome", is("ELIGIBLE"))
                .body(JHT_RETIREMENT + ".eligibility.reason.en", containsString("You are 56"))
                .body(JHT_RETIREMENT + ".eligibility.reason.id", containsString("Usia Anda 56 tahun"))
                .body(JHT_RETIREMENT + ".eligibility.source", containsString("PP 46/2015"));
    }

    @Test
    void madeIsToldThePensionAgeIn2026IsFiftyNineWithItsLegalSource() {
        claimTypes(Members.MADE)
                .body(JP_OLD_AGE + ".eligibility.eligible", is(false))
                .body(JP_OLD_AGE + ".eligibility.outcome", is("NOT_ELIGIBLE"))
                .body(JP_OLD_AGE + ".eligibility.reason.en",
                        containsString("The JP pension age in 2026 is 59 (PP 45/2015 Pasal 15); you are 56."))
                .body(JP_OLD_AGE + ".eligibility.reason.id", containsString("adalah 59 tahun"))
                .body(JP_OLD_AGE + ".eligibility.source", containsString("PP 45/2015 Pasal 15"));
    }

    @Test
    void sitiCannotClaimJhtForRetirementNorYetForResignation() {
        claimTypes(Members.SITI)
                .body(JHT_RETIREMENT + ".eligibility.eligible", is(false))
                .body(JHT_RETIREMENT + ".eligibility.reason.en", containsString("You are 36"))
                .body(JHT_RESIGNATION + ".eligibility.eligible", is(false))
                .body(JHT_RESIGNATION + ".eligibility.reason.en", containsString("still employed"))
                .body("claimTypes.find { it.code == 'JHT' }.eligible", is(false));
    }

    @Test
    void aMemberLikeSitiWhoResignedOverAMonthAgoMayClaimJhtAndJkp() {
        claimTypes(Members.RESIGNED)
                .body(JHT_RESIGNATION + ".eligibility.eligible", is(true))
                .body(JHT_RESIGNATION + ".eligibility.reason.en", containsString("30 September 2026"))
                .body(JHT_RESIGNATION + ".requiredDocuments.code",
                        contains("KTP", "KK", "KARTU_PESERTA", "SURAT_KETERANGAN_BERHENTI"))
                .body("claimTypes.find { it.code == 'JKP' }.reasons[0].eligibility.eligible", is(true));
    }

    @Test
    void resignationLessThanAMonthAgoIsNotYetClaimable() {
        claimTypes(Members.RECENTLY_RESIGNED)
                .body(JHT_RESIGNATION + ".eligibility.eligible", is(false))
                .body(JHT_RESIGNATION + ".eligibility.reason.en", containsString("from 10 December 2026"));
    }

    @Test
    void workAccidentAndDeathNeedAnIncidentReport() {
        claimTypes(Members.SITI)
                .body("claimTypes.findAll { it.code in ['JKK', 'JKM'] }.reasons.flatten().eligibility.outcome",
                        everyItem(is("NEEDS_INCIDENT_REPORT")))
                .body("claimTypes.findAll { it.code in ['JKK', 'JKM'] }.reasons.flatten().eligibility.canFile",
                        everyItem(is(true)))
                .body("claimTypes.find { it.code == 'JKK' }.reasons[0].eligibility.reason.en",
                        startsWith("Needs an incident report"))
                .body("claimTypes.find { it.code == 'JKM' }.reasons[0].eligibility.source", containsString("PP 44/2015"));
    }

    @Test
    void nonWageEarnerHasNoJpNorJkp() {
        claimTypes(Members.DEWI)
                .body(JP_OLD_AGE + ".eligibility.reason.en", containsString("wage earners (PU) only"))
                .body("claimTypes.find { it.code == 'JKP' }.reasons[0].eligibility.eligible", is(false));
    }

    @Test
    void memberTheRegistryDoesNotKnowCanFileNothing() {
        claimTypes(Members.NOT_IN_REGISTRY)
                .body("claimTypes.reasons.flatten().eligibility.canFile", everyItem(is(false)))
                .body(JHT_RETIREMENT + ".eligibility.reason.en", containsString("no active membership"));
    }

    @Test
    void registryErrorIs503WithRetryAfter() {
        given().auth().oauth2(TestTokens.member(Members.REGISTRY_FAILS, "2")).when().get("/api/claim-types")
                .then().statusCode(503).contentType(ContentType.JSON)
                .header("Retry-After", is("30"))
                .body("code", is("membership_unavailable"));
    }

    @Test
    void slowRegistryIs503AfterTheReadTimeout() {
        given().auth().oauth2(TestTokens.member(Members.REGISTRY_TOO_SLOW, "2")).when().get("/api/claim-types")
                .then().statusCode(503).body("code", is("membership_unavailable"));
    }

    @Test
    void passwordOnlySignInMayReadTheTypes() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "1")).when().get("/api/claim-types")
                .then().statusCode(200);
    }

    @Test
    void officerWithoutMemberRoleGets403() {
        given().auth().oauth2(TestTokens.officer()).when().get("/api/claim-types")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void memberRoleWithoutMembershipNumberGets403() {
        given().auth().oauth2(TestTokens.memberWithoutMembershipNumber()).when().get("/api/claim-types")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void theServiceAccountTokenIsFetchedOnceAndReused() {
        claimTypes(Members.MADE);
        int before = tokensHandedOut();
        claimTypes(Members.MADE);
        claimTypes(Members.SITI);
        claimTypes(Members.DEWI);
        // three lookups, at most one new token (should the cached one have just come due)
        org.junit.jupiter.api.Assertions.assertTrue(tokensHandedOut() - before <= 1);
    }

    private static int tokensHandedOut() {
        String tokenUrl = ConfigProvider.getConfig().getValue("claims.membership.token-url", String.class);
        return given().baseUri(tokenUrl.substring(0, tokenUrl.indexOf("/realms/")))
                .when().get("/stub/token-requests")
                .then().statusCode(200).extract().path("count");
    }

    private static ValidatableResponse claimTypes(String membershipNumber) {
        return given().auth().oauth2(TestTokens.member(membershipNumber, "1")).when().get("/api/claim-types")
                .then().statusCode(200).contentType(ContentType.JSON);
    }
}

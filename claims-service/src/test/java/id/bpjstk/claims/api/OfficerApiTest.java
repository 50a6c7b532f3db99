package id.bpjstk.claims.api;

import static id.bpjstk.claims.support.ClaimsApi.decision;
import static id.bpjstk.claims.support.ClaimsApi.officer;
import static id.bpjstk.claims.support.ClaimsApi.reject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The officers' queue and decisions, and the separation of their duties: no officer decides her own claim, the
 * verifier does not approve, the approver does not mark paid; every refusal is a 409 that writes nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class OfficerApiTest {

    private static final List<String> JKK_DOCUMENTS =
            List.of("KTP", "KARTU_PESERTA", "LAPORAN_KECELAKAAN_KERJA", "SURAT_KETERANGAN_DOKTER");
    /** A claims officer who is a member too: Made, under his own KPJ. */
    private static final String MADE_AS_OFFICER = "officer09";

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
    void madesClaimGoesSubmittedVerifiedApprovedPaidAndEachStepShowsWhoAndWhen() {
        String claim = ClaimsApi.submittedJhtOfMade();

        officer("verify", claim).then().statusCode(200).body("status", is("VERIFIED"));
        officer("approve", claim, ClaimsApi.APPROVER).then().statusCode(200).body("status", is("APPROVED"));
        officer("pay", claim).then().statusCode(200).body("status", is("PAID"));

        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claims/{id}", claim)
                .then().statusCode(200)
                .body("status", is("PAID"))
                .body("history.to", contains("DRAFT", "SUBMITTED", "VERIFIED", "APPROVED", "PAID"))
                .body("history.from", contains(null, "DRAFT", "SUBMITTED", "VERIFIED", "APPROVED"))
                .body("history.by", contains(Members.MADE, Members.MADE, "officer01", "officer02", "officer01"))
                .body("history.role", contains("MEMBER", "MEMBER", "OFFICER", "OFFICER", "OFFICER"))
                .body("history.at", everyItem(notNullValue()))
                // three uploads, submit, verify, approve, pay
                .body("version", is(7));
    }

    @Test
    void rejectingASubmittedClaimKeepsTheOfficersReasonForTheMember() {
        String claim = ClaimsApi.submittedJhtOfMade();

        reject(claim, "Kartu Keluarga tidak terbaca").then().statusCode(200)
                .body("status", is("REJECTED"))
                .body("decisionReason", is("Kartu Keluarga tidak terbaca"));

        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claims/{id}", claim)
                .then().body("status", is("REJECTED"))
                .body("decisionReason", is("Kartu Keluarga tidak terbaca"))
                .body("history[2].to", is("REJECTED"))
                .body("history[2].by", is("officer01"))
                .body("history[2].reason", is("Kartu Keluarga tidak terbaca"));
    }

    @Test
    void aVerifiedClaimCanBeRejectedToo() {
        reject(ClaimsApi.verifiedJhtOfMade(), "Rekening atas nama orang lain").then().statusCode(200)
                .body("status", is("REJECTED"));
    }

    @Test
    void rejectingWithoutAReasonIs400AndWritesNothing() {
        String claim = ClaimsApi.submittedJhtOfMade();
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/officer/claims/{id}/reject", claim)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("reason"));
        reject(claim, "   ").then().statusCode(400).body("violations.field", contains("reason"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .when().post("/api/officer/claims/{id}/reject", claim)
                .then().statusCode(400);

        assertEquals(before, ClaimsTables.counts(em));
        officerView(claim).body("status", is("SUBMITTED")).body("version", is(4));
    }

    @Test
    void aDecisionOnAPaidClaimIs409AndWritesNothing() {
        String claim = ClaimsApi.paidJhtOfMade();
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        officer("approve", claim).then().statusCode(409).contentType(ContentType.JSON)
                .body("code", is("invalid_transition"))
                .body("message", is("A PAID claim cannot be approved; only a claim that is VERIFIED can"));
        reject(claim, "Terlambat").then().statusCode(409).body("code", is("invalid_transition"));
        officer("verify", claim).then().statusCode(409);
        officer("pay", claim).then().statusCode(409);

        assertEquals(before, ClaimsTables.counts(em));
        officerView(claim).body("status", is("PAID")).body("version", is(7)).body("decisionReason", is((String) null));
    }

    @Test
    void approvalComesAfterVerification() {
        String claim = ClaimsApi.submittedJhtOfMade();

        officer("approve", claim).then().statusCode(409)
                .body("message", is("A SUBMITTED claim cannot be approved; only a claim that is VERIFIED can"));
        officer("pay", claim).then().statusCode(409);
    }

    @Test
    void aDraftCannotBeVerified() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        officer("verify", claim).then().statusCode(409).body("code", is("invalid_transition"));
    }

    @Test
    void theQueueIsFilteredByStatusAndType() {
        String madeJht = ClaimsApi.submittedJhtOfMade();
        ClaimsApi.draft(Members.MADE, "JKK", "JKK_WORK_ACCIDENT");
        String sitiJkk = ClaimsApi.completeAndSubmit(Members.SITI,
                ClaimsApi.draft(Members.SITI, "JKK", "JKK_WORK_ACCIDENT"), JKK_DOCUMENTS);
        String resignedJht = ClaimsApi.completeAndSubmit(Members.RESIGNED,
                ClaimsApi.draft(Members.RESIGNED, "JHT", "JHT_RESIGNATION"),
                List.of("KTP", "KK", "KARTU_PESERTA", "SURAT_KETERANGAN_BERHENTI"));
        officer("verify", resignedJht).then().statusCode(200);

        queue("").body("totalItems", is(3)).body("items.id", containsInAnyOrder(madeJht, sitiJkk, resignedJht));
        queue("?status=SUBMITTED").body("items.id", contains(madeJht, sitiJkk));
        queue("?status=SUBMITTED&type=JHT").body("items.id", contains(madeJht))
                .body("items[0].membershipNumber", is(Members.MADE))
                .body("items[0].type", is("JHT"));
        queue("?type=JHT").body("items.id", contains(madeJht, resignedJht));
        queue("?status=VERIFIED").body("items.id", contains(resignedJht)).body("items[0].status", is("VERIFIED"));
        queue("?status=DRAFT").body("items", hasSize(1)).body("items[0].type", is("JKK"));
        queue("?status=PAID").body("items", hasSize(0)).body("totalItems", is(0)).body("totalPages", is(0));
    }

    @Test
    void theQueueIsPaged() {
        ClaimsApi.submittedJhtOfMade();
        ClaimsApi.completeAndSubmit(Members.SITI, ClaimsApi.draft(Members.SITI, "JKK", "JKK_WORK_ACCIDENT"),
                JKK_DOCUMENTS);
        ClaimsApi.completeAndSubmit(Members.BUDI, ClaimsApi.draft(Members.BUDI, "JKK", "JKK_WORK_ACCIDENT"),
                JKK_DOCUMENTS);

        queue("?size=2").body("page", is(0)).body("size", is(2)).body("totalItems", is(3)).body("totalPages", is(2))
                .body("items", hasSize(2));
        queue("?size=2&page=1").body("page", is(1)).body("items", hasSize(1));
        queue("?size=2&page=5").body("items", hasSize(0));
        // so far beyond the last that no database query can skip that many: still an empty page, not an error
        queue("?size=100&page=21474837").body("page", is(21474837)).body("items", hasSize(0)).body("totalItems", is(3));
        queue("?size=100&page=999999999").body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "?status=OPEN", "?status=submitted", "?type=XYZ", "?page=-1", "?page=abc", "?size=0",
        "?size=101", "?size=ten" })
    void malformedQueueParametersAre400(String query) {
        given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims" + query)
                .then().statusCode(400).contentType(ContentType.JSON).body("code", is("invalid_request"))
                .body("violations", hasSize(1));
    }

    @Test
    void theOfficerSeesTheClaimWithItsEligibilityAndDocuments() {
        String claim = ClaimsApi.submittedJhtOfMade();

        officerView(claim)
                .body("membershipNumber", is(Members.MADE))
                .body("eligibility.outcome", is("ELIGIBLE"))
                .body("eligibility.source", org.hamcrest.Matchers.containsString("PP 46/2015"))
                .body("documents.type", contains("KTP", "KK", "KARTU_PESERTA"))
                .body("bankAccountNumber", is(ClaimsApi.BANK_ACCOUNT));
    }

    @Test
    void anUnknownOrMalformedClaimIdIs404() {
        given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("claim_not_found"));
        given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims/{id}", "12345")
                .then().statusCode(404).body("code", is("claim_not_found"));
        officer("approve", UUID.randomUUID().toString()).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "verify", "approve", "pay" })
    void membersCannotDecide(String action) {
        String claim = ClaimsApi.submittedJhtOfMade();

        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().post("/api/officer/claims/{id}/" + action, claim)
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
        officerView(claim).body("status", is("SUBMITTED"));
    }

    @Test
    void membersAndOperatorsCannotReadTheQueue() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/officer/claims")
                .then().statusCode(403).body("code", is("forbidden"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/officer/claims")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void officersHaveNoMemberEndpoints() {
        given().auth().oauth2(TestTokens.officer()).when().get("/api/claims")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void anOfficerCannotVerifyOrRejectAClaimFiledUnderHerOwnKpj() {
        String claim = ClaimsApi.submittedJhtOfMade();

        assertRefused(claim, "own_claim", () -> decision("verify", claim, madeAsOfficer()));
        assertRefused(claim, "own_claim", () -> reject(claim, "Dokumen tidak lengkap", madeAsOfficer()));
        officerView(claim).body("status", is("SUBMITTED"));
    }

    @Test
    void anOfficerCannotApproveRejectOrPayAClaimFiledUnderHerOwnKpj() {
        String verified = ClaimsApi.verifiedJhtOfMade();
        assertRefused(verified, "own_claim", () -> decision("approve", verified, madeAsOfficer()));
        assertRefused(verified, "own_claim", () -> reject(verified, "Rekening salah", madeAsOfficer()));

        officer("approve", verified, ClaimsApi.APPROVER).then().statusCode(200);
        assertRefused(verified, "own_claim", () -> decision("pay", verified, madeAsOfficer()));
        officerView(verified).body("status", is("APPROVED"));
    }

    @Test
    void theRefusalSaysWhyInTheOfficersTerms() {
        String claim = ClaimsApi.submittedJhtOfMade();

        decision("verify", claim, madeAsOfficer()).then().statusCode(409)
                .body("message", is("This claim is filed under your own membership number: it cannot be verified by "
                        + "you; another officer must decide it"));
    }

    @Test
    void anOfficerWhoIsAMemberDecidesOtherMembersClaims() {
        String sitis = ClaimsApi.completeAndSubmit(Members.SITI,
                ClaimsApi.draft(Members.SITI, "JKK", "JKK_WORK_ACCIDENT"),
                JKK_DOCUMENTS);

        decision("verify", sitis, madeAsOfficer()).then().statusCode(200).body("status", is("VERIFIED"));
    }

    @Test
    void theOfficerWhoVerifiedAClaimCannotApproveIt() {
        String claim = ClaimsApi.verifiedJhtOfMade();

        assertRefused(claim, "same_officer", () -> officer("approve", claim, ClaimsApi.VERIFIER));
        officer("approve", claim, ClaimsApi.VERIFIER).then()
                .body("message", is("You verified this claim, so it cannot be approved by you too; another officer "
                        + "must do it"));

        officer("approve", claim, ClaimsApi.APPROVER).then().statusCode(200).body("status", is("APPROVED"));
    }

    @Test
    void theOfficerWhoApprovedAClaimCannotMarkItPaidButTheVerifierMay() {
        String claim = ClaimsApi.approvedJhtOfMade();

        assertRefused(claim, "same_officer", () -> officer("pay", claim, ClaimsApi.APPROVER));
        officer("pay", claim, ClaimsApi.APPROVER).then()
                .body("message", is("You approved this claim, so it cannot be marked paid by you too; another "
                        + "officer must do it"));

        officer("pay", claim, ClaimsApi.VERIFIER).then().statusCode(200).body("status", is("PAID"));
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claims/{id}", claim)
                .then().body("history.by", contains(Members.MADE, Members.MADE, ClaimsApi.VERIFIER,
                        ClaimsApi.APPROVER, ClaimsApi.VERIFIER));
    }

    @Test
    void theOfficerWhoVerifiedAClaimMayStillRejectIt() {
        String claim = ClaimsApi.verifiedJhtOfMade();

        reject(claim, "Rekening atas nama orang lain", TestTokens.officer(ClaimsApi.VERIFIER))
                .then().statusCode(200).body("status", is("REJECTED"));
    }

    private static String madeAsOfficer() {
        return TestTokens.officerWhoIsAMember(MADE_AS_OFFICER, Members.MADE);
    }

    /** The request is a 409 with this code, and the claim and its history are as they were. */
    private void assertRefused(String claim, String code, Supplier<Response> request) {
        ClaimsTables.Counts before = ClaimsTables.counts(em);
        int version = officerView(claim).extract().path("version");

        request.get().then().statusCode(409).contentType(ContentType.JSON).body("code", is(code));

        assertEquals(before, ClaimsTables.counts(em), "nothing written");
        officerView(claim).body("version", is(version));
    }

    private static io.restassured.response.ValidatableResponse queue(String query) {
        return given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims" + query)
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    private static io.restassured.response.ValidatableResponse officerView(String claim) {
        return given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims/{id}", claim)
                .then().statusCode(200);
    }
}

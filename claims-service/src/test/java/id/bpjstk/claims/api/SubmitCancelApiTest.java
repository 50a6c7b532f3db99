package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/claims/{id}/submit and /cancel. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class SubmitCancelApiTest {

    private static final String MADE = TestTokens.member(Members.MADE, "2");

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
    void madeSubmitsHisJhtClaimWithKtpKkAndMembershipCard() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP", "KK", "KARTU_PESERTA"));

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/submit", claim)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", is("SUBMITTED"))
                .body("missingDocuments", hasSize(0))
                .body("history.to", contains("DRAFT", "SUBMITTED"))
                .body("history[1].from", is("DRAFT"))
                .body("history[1].by", is(Members.MADE))
                // three uploads and the submission
                .body("version", is(4));
    }

    @Test
    void submittingWithARequiredDocumentMissingIs409NamingItAndChangesNothing() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP"));
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/submit", claim)
                .then().statusCode(409).contentType(ContentType.JSON)
                .body("code", is("documents_missing"))
                .body("message", containsString("KK, KARTU_PESERTA"))
                .body("violations.field", contains("documents", "documents"))
                .body("violations[0].message", is("KK (Family card (KK)) is missing"));

        assertEquals(before, ClaimsTables.counts(em));
        given().auth().oauth2(MADE).when().get("/api/claims/{id}", claim)
                .then().body("status", is("DRAFT")).body("version", is(1));
    }

    @Test
    void passwordOnlySignInGetsTheStepUpChallengeAndTheClaimStaysADraft() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP", "KK", "KARTU_PESERTA"));

        given().auth().oauth2(TestTokens.member(Members.MADE, "1")).when().post("/api/claims/{id}/submit", claim)
                .then().statusCode(403)
                .header("WWW-Authenticate", containsString("insufficient_user_authentication"))
                .header("WWW-Authenticate", containsString("acr_values=\"2\""))
                .body("code", is("insufficient_user_authentication"));

        given().auth().oauth2(MADE).when().get("/api/claims/{id}", claim).then().body("status", is("DRAFT"));
    }

    @Test
    void submittingTwiceIs409() {
        String claim = ClaimsApi.submittedJhtOfMade();

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/submit", claim)
                .then().statusCode(409).body("code", is("invalid_transition"))
                .body("message", is("A SUBMITTED claim cannot be submitted; only a claim that is DRAFT can"));
    }

    @Test
    void aDraftCanBeCancelledAtPasswordLevel() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");

        given().auth().oauth2(TestTokens.member(Members.MADE, "1")).when().post("/api/claims/{id}/cancel", claim)
                .then().statusCode(200)
                .body("status", is("CANCELLED"))
                .body("history.to", contains("DRAFT", "CANCELLED"));
    }

    @Test
    void aSubmittedClaimCanBeCancelledBeforeADecision() {
        String claim = ClaimsApi.submittedJhtOfMade();

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/cancel", claim)
                .then().statusCode(200).body("status", is("CANCELLED"));
    }

    @Test
    void aVerifiedClaimCannotBeCancelled() {
        String claim = ClaimsApi.verifiedJhtOfMade();
        long history = ClaimsTables.count(em, "claim_status_history");

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/cancel", claim)
                .then().statusCode(409).body("code", is("invalid_transition"));

        assertEquals(history, ClaimsTables.count(em, "claim_status_history"));
    }

    @Test
    void aCancelledClaimCannotBeSubmittedOrCancelledAgain() {
        String claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        given().auth().oauth2(MADE).when().post("/api/claims/{id}/cancel", claim).then().statusCode(200);

        given().auth().oauth2(MADE).when().post("/api/claims/{id}/cancel", claim)
                .then().statusCode(409).body("code", is("invalid_transition"));
        given().auth().oauth2(MADE).when().post("/api/claims/{id}/submit", claim)
                .then().statusCode(409).body("code", is("invalid_transition"));
    }

    @Test
    void madeFollowsHisClaimInHisList() {
        String jht = ClaimsApi.submittedJhtOfMade();
        String jkk = ClaimsApi.draft(Members.MADE, "JKK", "JKK_WORK_ACCIDENT");

        given().auth().oauth2(MADE).when().get("/api/claims")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items", hasSize(2))
                .body("items.id", contains(jkk, jht))
                .body("items.status", contains("DRAFT", "SUBMITTED"))
                .body("items[1].type", is("JHT"))
                .body("items[1].reason", is("JHT_RETIREMENT"));
    }
}

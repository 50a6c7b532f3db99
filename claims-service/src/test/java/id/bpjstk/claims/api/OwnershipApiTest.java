package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.ClaimsTables;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.claims.support.TestFiles;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Siti never sees Made's claims: another member's claim answers exactly like one that does not exist. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class OwnershipApiTest {

    private static final String SITI = TestTokens.member(Members.SITI, "2");

    @Inject
    EntityManager em;

    private String madesClaim;
    private String madesDocument;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void madeHasADraftWithHisKtp() {
        ClaimsTables.clear(em);
        madesClaim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        madesDocument = ClaimsApi.uploadEach(Members.MADE, madesClaim, List.of("KTP")).get(0);
    }

    @Test
    void sitiGets404ForMadesClaimWithTheSameBodyAsForNoClaimAtAll() {
        String madesAnswer = given().auth().oauth2(SITI).when().get("/api/claims/{id}", madesClaim)
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("claim_not_found"))
                .extract().asString();
        String nobodysAnswer = given().auth().oauth2(SITI).when().get("/api/claims/{id}", UUID.randomUUID())
                .then().statusCode(404).extract().asString();
        String malformedAnswer = given().auth().oauth2(SITI).when().get("/api/claims/{id}", "not-a-claim-id")
                .then().statusCode(404).extract().asString();

        assertEquals(nobodysAnswer, madesAnswer);
        assertEquals(nobodysAnswer, malformedAnswer);
    }

    @Test
    void sitisListHoldsOnlyHerClaims() {
        String sitis = ClaimsApi.draft(Members.SITI, "JKK", "JKK_WORK_ACCIDENT");

        given().auth().oauth2(SITI).when().get("/api/claims")
                .then().statusCode(200).body("items", hasSize(1)).body("items.id", contains(sitis));
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claims")
                .then().statusCode(200).body("items.id", contains(madesClaim));
    }

    @Test
    void sitiCannotDownloadMadesDocument() {
        given().auth().oauth2(SITI).when().get("/api/claims/{id}/documents/{doc}", madesClaim, madesDocument)
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("claim_not_found"));
    }

    @Test
    void sitiCannotChangeMadesClaimInAnyWayAndNothingIsWritten() {
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        expect404(ClaimsApi.upload(SITI, madesClaim, "KK", "kk.pdf", TestFiles.pdf(), "application/pdf"));
        expect404(given().auth().oauth2(SITI).when()
                .delete("/api/claims/{id}/documents/{doc}", madesClaim, madesDocument));
        expect404(given().auth().oauth2(SITI).when().post("/api/claims/{id}/submit", madesClaim));
        expect404(given().auth().oauth2(SITI).when().post("/api/claims/{id}/cancel", madesClaim));

        assertEquals(before, ClaimsTables.counts(em));
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claims/{id}", madesClaim)
                .then().body("status", is("DRAFT")).body("documents", hasSize(1)).body("version", is(1));
    }

    private static void expect404(Response response) {
        response.then().statusCode(404).contentType(ContentType.JSON).body("code", is("claim_not_found"));
    }
}

package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.ClaimsTables;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** membership-service not running at all (nothing listens on its port): 503, and nothing is created. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(value = MembershipServiceStub.class, initArgs = @ResourceArg(name = "membership", value = "down"))
class MembershipDownApiTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creatingAClaimIs503AndCreatesNothing() {
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        ClaimsApi.create(TestTokens.member(Members.MADE, "2"), "down-1", ClaimsApi.body("JHT", "JHT_RETIREMENT"))
                .then().statusCode(503).contentType(ContentType.JSON)
                .header("Retry-After", is("30"))
                .body("code", is("membership_unavailable"));

        assertEquals(before, ClaimsTables.counts(em));
    }

    @Test
    void claimTypesAre503() {
        given().auth().oauth2(TestTokens.member(Members.MADE, "2")).when().get("/api/claim-types")
                .then().statusCode(503).body("code", is("membership_unavailable"));
    }

    @Test
    void ownClaimsCanStillBeRead() {
        given().auth().oauth2(TestTokens.member(Members.SITI, "2")).when().get("/api/claims")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void healthStaysUpForWhatDoesNotNeedTheRegistry() {
        given().when().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }
}

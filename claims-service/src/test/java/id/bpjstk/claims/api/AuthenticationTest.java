package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.AuthenticationTestBase;
import id.bpjstk.service.test.Endpoint;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens and roles: the cases every service shares (see the base class) on the claims endpoints. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class AuthenticationTest extends AuthenticationTestBase {

    private static final String ID = "/" + UUID.randomUUID();

    @Override
    protected List<Endpoint> protectedEndpoints() {
        String claim = "/api/claims" + ID;
        String officer = "/api/officer/claims" + ID;
        return List.of(Endpoint.get("/api/claim-types"), Endpoint.get("/api/claims"),
                Endpoint.json("POST", "/api/claims", "{}"), Endpoint.get(claim),
                Endpoint.multipart("POST", claim + "/documents", "type"),
                Endpoint.get(claim + "/documents" + ID), Endpoint.delete(claim + "/documents" + ID),
                Endpoint.post(claim + "/submit"), Endpoint.post(claim + "/cancel"),
                Endpoint.get("/api/officer/claims"), Endpoint.get(officer), Endpoint.get(officer + "/documents" + ID),
                Endpoint.post(officer + "/verify"), Endpoint.post(officer + "/approve"),
                Endpoint.json("POST", officer + "/reject", "{}"), Endpoint.post(officer + "/pay"));
    }

    @Override
    protected String memberPath() {
        return "/api/claims";
    }

    @Override
    protected String member() {
        return Members.MADE;
    }

    @Override
    protected Endpoint notForMembers() {
        return Endpoint.get("/api/officer/claims");
    }

    @Override
    protected Endpoint needingAcrTwo() {
        return Endpoint.post("/api/claims" + ID + "/submit");
    }

    @Override
    protected Endpoint staffOperation() {
        return Endpoint.post("/api/officer/claims" + ID + "/verify");
    }

    @Override
    protected String staffRole() {
        return "claims-officer";
    }

    @Override
    protected String anotherAudience() {
        return "membership-service";
    }

    @Override
    protected Endpoint wrongMethod() {
        return Endpoint.delete("/api/claim-types");
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/claims/{id}/documents", "/api/officer/claims/{id}/reject", "/api/claim-types",
                "Idempotency-Key");
    }

    @Test
    void createWithoutATokenIs401NotAStepUpChallenge() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(ClaimsApi.body("JHT", "JHT_RETIREMENT"))
                .when().post("/api/claims")
                .then().statusCode(401).body("code", is("unauthorized"))
                .header("WWW-Authenticate", containsString("realm=\"bpjstk\""));
    }
}

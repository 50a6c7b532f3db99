package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.AuthenticationTestBase;
import id.bpjstk.service.test.Endpoint;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens and roles: the cases every service shares (see the base class), and the registry's own roles. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class AuthenticationTest extends AuthenticationTestBase {

    private static final String VERIFY_BODY =
            "{\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"}";
    private static final String CONTACT_BODY = "{\"address\":\"x\",\"correspondenceEmail\":\"a@b.test\"}";

    @Override
    protected List<Endpoint> protectedEndpoints() {
        return List.of(Endpoint.get("/api/members/me"), Endpoint.get("/api/members/me/balances"),
                Endpoint.get("/api/members/me/contributions"), Endpoint.get("/api/members/me/statement?year=2025"),
                Endpoint.get("/api/operator/members/11000000017"),
                Endpoint.json("POST", "/internal/registrations/verify", VERIFY_BODY),
                // a missing token is a 401, not a step-up challenge
                Endpoint.json("PUT", "/api/members/me/contact", CONTACT_BODY),
                Endpoint.get("/internal/members/11000000017/contact"),
                Endpoint.get("/internal/members/11000000017/facts"));
    }

    @Override
    protected String memberPath() {
        return "/api/members/me";
    }

    @Override
    protected String member() {
        return Demo.SITI;
    }

    @Override
    protected Endpoint notForMembers() {
        return Endpoint.get("/api/operator/members/" + Demo.BUDI);
    }

    @Override
    protected Endpoint needingAcrTwo() {
        return Endpoint.json("PUT", "/api/members/me/contact", CONTACT_BODY);
    }

    @Override
    protected Endpoint staffOperation() {
        return Endpoint.get("/api/operator/members/" + Demo.BUDI);
    }

    @Override
    protected String staffRole() {
        return "operator";
    }

    @Override
    protected String anotherAudience() {
        return "claims-service";
    }

    @Override
    protected Endpoint wrongMethod() {
        return Endpoint.delete("/api/members/me");
    }

    @Override
    protected String unknownPath() {
        return "/api/members/me/nothing-here";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/members/me/contributions");
    }

    @Test
    void memberCannotUseTheRegistryVerification() {
        given().auth().oauth2(TestTokens.member(Demo.SITI, "2")).contentType(ContentType.JSON).body(VERIFY_BODY)
                .when().post("/internal/registrations/verify")
                .then().statusCode(403).contentType(ContentType.JSON).body("code", is("forbidden"));
    }

    @Test
    void operatorWithoutMemberRoleCannotReadMemberEndpoints() {
        given().auth().oauth2(TestTokens.operator())
                .when().get("/api/members/me/balances")
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void registryVerifierCannotReadMemberRecords() {
        given().auth().oauth2(TestTokens.registryVerifier())
                .when().get("/api/operator/members/" + Demo.SITI)
                .then().statusCode(403).body("code", is("forbidden"));
    }

    @Test
    void memberTokenForAMembershipNumberNotInTheRegistryGets404() {
        given().auth().oauth2(TestTokens.member("19999999999"))
                .when().get("/api/members/me")
                .then().statusCode(404).body("code", is("member_not_found"));
    }
}

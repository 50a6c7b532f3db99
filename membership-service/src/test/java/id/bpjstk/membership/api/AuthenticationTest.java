package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.security.RequiresScope;
import id.bpjstk.service.test.AuthenticationTestBase;
import id.bpjstk.service.test.Endpoint;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tokens, roles and scopes: the cases every service shares (see the base class), and the registry's own roles. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class AuthenticationTest extends AuthenticationTestBase {

    private static final String VERIFY_BODY =
            "{\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"}";
    private static final String CONTACT_BODY = "{\"address\":\"x\",\"correspondenceEmail\":\"a@b.test\"}";
    private static final Endpoint CONTACT_UPDATE =
            Endpoint.json("PUT", "/api/members/me/contact", CONTACT_BODY).needs("contact.write");

    @Override
    protected List<Endpoint> protectedEndpoints() {
        return List.of(Endpoint.get("/api/members/me").needs("membership"),
                Endpoint.get("/api/members/me/balances").needs("balances.read"),
                Endpoint.get("/api/members/me/contributions").needs("contributions.read"),
                Endpoint.get("/api/members/me/statement?year=2025").needs("contributions.read"),
                // staff and service accounts have roles and clients of their own, no member scope
                Endpoint.get("/api/operator/members/11000000017"),
                Endpoint.json("POST", "/internal/registrations/verify", VERIFY_BODY),
                // a missing token is a 401, not a step-up challenge
                CONTACT_UPDATE,
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
        return CONTACT_UPDATE;
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
    void theOperatorLookUpNeedsNoMemberScope() {
        String token = TestTokens.withScopes(TestTokens.claims("2", "operator").preferredUserName("operator01"), "openid")
                .sign();
        given().auth().oauth2(token).when().get("/api/operator/members/" + Demo.SITI)
                .then().statusCode(200).body("member.membershipNumber", is(Demo.SITI));
    }

    @Test
    void theServiceAccountsReachTheInternalEndpointsWithoutAnyMemberScope() {
        given().auth().oauth2(TestTokens.registryVerifier()).contentType(ContentType.JSON).body(VERIFY_BODY)
                .when().post("/internal/registrations/verify")
                .then().statusCode(200).body("match", is(true));
        given().auth().oauth2(TestTokens.registryVerifier()).when().get("/internal/members/" + Demo.SITI + "/contact")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.claimsReader()).when().get("/internal/members/" + Demo.SITI + "/facts")
                .then().statusCode(200);
    }

    @Test
    void aPartnerGrantedOnlyMembershipReadsTheProfileButNotTheBalances() {
        String partner = TestTokens.memberWithScopes(Demo.SITI, "1", "openid", "membership");
        given().auth().oauth2(partner).when().get("/api/members/me")
                .then().statusCode(200).body("membershipNumber", is(Demo.SITI));
        given().auth().oauth2(partner).when().get("/api/members/me/balances")
                .then().statusCode(403).body("code", is("insufficient_scope"))
                .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"balances.read\""));
    }

    @Test
    void everyMemberOperationNamesTheScopeItNeeds() {
        for (Method method : MemberResource.class.getDeclaredMethods()) {
            if (isOperation(method)) {
                RequiresScope scope = method.getAnnotation(RequiresScope.class);
                assertNotNull(scope, method.getName());
                assertTrue(TestTokens.MEMBER_API_SCOPES.contains(scope.value()), method.getName() + " " + scope.value());
            }
        }
    }

    private static boolean isOperation(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    @Test
    void memberTokenForAMembershipNumberNotInTheRegistryGets404() {
        given().auth().oauth2(TestTokens.member("19999999999"))
                .when().get("/api/members/me")
                .then().statusCode(404).body("code", is("member_not_found"));
    }
}

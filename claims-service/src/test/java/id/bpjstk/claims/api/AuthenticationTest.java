package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.AuthenticationTestBase;
import id.bpjstk.service.test.Endpoint;
import id.bpjstk.service.security.RequiresScope;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tokens, roles and scopes: the cases every service shares (see the base class) on the claims endpoints. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class AuthenticationTest extends AuthenticationTestBase {

    private static final String ID = "/" + UUID.randomUUID();
    private static final String READ = "claims.read";
    private static final String WRITE = "claims.write";

    @Override
    protected List<Endpoint> protectedEndpoints() {
        String claim = "/api/claims" + ID;
        String officer = "/api/officer/claims" + ID;
        return List.of(Endpoint.get("/api/claim-types").needs(READ), Endpoint.get("/api/claims").needs(READ),
                Endpoint.json("POST", "/api/claims", "{}").needs(WRITE), Endpoint.get(claim).needs(READ),
                Endpoint.multipart("POST", claim + "/documents", "type").needs(WRITE),
                Endpoint.get(claim + "/documents" + ID).needs(READ),
                Endpoint.delete(claim + "/documents" + ID).needs(WRITE),
                Endpoint.post(claim + "/submit").needs(WRITE), Endpoint.post(claim + "/cancel").needs(WRITE),
                Endpoint.get("/api/officer/claims").needs(READ), Endpoint.get(officer).needs(READ),
                Endpoint.get(officer + "/documents" + ID).needs(READ),
                Endpoint.post(officer + "/verify").needs(WRITE), Endpoint.post(officer + "/approve").needs(WRITE),
                Endpoint.json("POST", officer + "/reject", "{}").needs(WRITE), Endpoint.post(officer + "/pay").needs(WRITE));
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
        return Endpoint.post("/api/claims" + ID + "/submit").needs(WRITE);
    }

    @Override
    protected Endpoint staffOperation() {
        return Endpoint.post("/api/officer/claims" + ID + "/verify").needs(WRITE);
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
    void everyMemberAndOfficerOperationNamesTheClaimsScopeItNeedsReadingOrChanging() {
        for (Class<?> resource : List.of(ClaimTypeResource.class, MemberClaimResource.class, OfficerClaimResource.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                HttpMethod http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                RequiresScope scope = method.getAnnotation(RequiresScope.class);
                assertNotNull(scope, resource.getSimpleName() + "." + method.getName());
                assertEquals(http.value().equals(HttpMethod.GET) ? READ : WRITE, scope.value(),
                        resource.getSimpleName() + "." + method.getName());
            }
        }
    }

    private static HttpMethod httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void aPartnerGrantedNoClaimsScopeReadsNoClaim() {
        String partner = TestTokens.memberWithScopes(member(), "1", "openid", "membership", "balances.read",
                "contributions.read");
        for (String path : List.of("/api/claim-types", "/api/claims")) {
            given().auth().oauth2(partner).when().get(path)
                    .then().statusCode(403).body("code", is("insufficient_scope"))
                    .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"claims.read\""));
        }
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

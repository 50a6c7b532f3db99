package id.bpjstk.membership.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.bpjstk.contract.OpenApiContract;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.membership.support.InactiveMember;
import id.bpjstk.membership.support.ResignedMember;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's half of the contract with membership-service's callers (the Keycloak extension's registry client,
 * claims-service's membership client): what this service serves at {@code /q/openapi} is the document kept in
 * service-contracts, and the real answers of the endpoints its callers use fit that document.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class ServedContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final OpenApiContract CONTRACT = OpenApiContract.membershipService();

    @Inject
    MemberRepository members;

    @Inject
    ContributionMonthRepository months;


    @BeforeEach
    void fixturesExist() {
        InactiveMember.ensureExists(members);
        ResignedMember.ensureExists(members, months);
    }

    @Test
    void servedDocumentIsTheContractCallersAreCheckedAgainst() throws IOException {
        String served = given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode document = JSON.readTree(served);
        Path written = Path.of("target", "contracts", "membership-service.openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n");
        List<String> differences = CONTRACT.differencesFrom(document, 20);
        assertTrue(differences.isEmpty(), () -> "membership-service's API differs from its contract:\n  "
                + String.join("\n  ", differences) + "\nIf that is meant, update the contract and let its callers' "
                + "tests judge the change: cp membership-service/" + written + " service-contracts/src/main/resources/"
                + OpenApiContract.MEMBERSHIP_SERVICE);
    }

    @Test
    void identityCheckAnswersFitTheContract() {
        String match = "{\"membershipNumber\":\"" + Demo.SITI + "\",\"nik\":\"" + Demo.SITI_NIK
                + "\",\"birthDate\":\"1990-05-15\"}";
        CONTRACT.checkRequest("POST", "/internal/registrations/verify", match);
        served(verify(match), "POST", "/internal/registrations/verify", 200);

        String noMatch = "{\"membershipNumber\":\"" + Demo.SITI + "\",\"nik\":\"" + Demo.MADE_NIK
                + "\",\"birthDate\":\"1990-05-15\"}";
        served(verify(noMatch), "POST", "/internal/registrations/verify", 200);
        served(verify("{\"membershipNumber\":\"1100\"}"), "POST", "/internal/registrations/verify", 400);
    }

    @Test
    void contactAnswersFitTheContract() {
        served(get(TestTokens.registryVerifier(), "/internal/members/" + Demo.BUDI + "/contact"),
                "GET", "/internal/members/" + Demo.BUDI + "/contact", 200);
        served(get(TestTokens.registryVerifier(), "/internal/members/19999999999/contact"),
                "GET", "/internal/members/19999999999/contact", 404);
    }

    @Test
    void factsAnswersFitTheContract() {
        served(get(TestTokens.claimsReader(), "/internal/members/" + Demo.MADE + "/facts"),
                "GET", "/internal/members/" + Demo.MADE + "/facts", 200);
        served(get(TestTokens.claimsReader(), "/internal/members/" + Demo.DEWI + "/facts"),
                "GET", "/internal/members/" + Demo.DEWI + "/facts", 200);
        served(get(TestTokens.claimsReader(), "/internal/members/" + ResignedMember.KPJ + "/facts"),
                "GET", "/internal/members/" + ResignedMember.KPJ + "/facts", 200);
        served(get(TestTokens.claimsReader(), "/internal/members/" + InactiveMember.KPJ + "/facts"),
                "GET", "/internal/members/" + InactiveMember.KPJ + "/facts", 404);
        served(get(TestTokens.claimsReader(), "/internal/members/19999999999/facts"),
                "GET", "/internal/members/19999999999/facts", 404);
    }

    private static Response verify(String body) {
        return given().auth().oauth2(TestTokens.registryVerifier()).contentType(ContentType.JSON).body(body)
                .when().post("/internal/registrations/verify");
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).accept(ContentType.JSON).when().get(path);
    }

    private static void served(Response response, String method, String path, int status) {
        assertEquals(status, response.statusCode(), method + " " + path);
        CONTRACT.checkResponse(method, path, status, response.asString());
    }
}

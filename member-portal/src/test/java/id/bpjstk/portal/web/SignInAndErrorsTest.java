package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import id.bpjstk.portal.ServiceStubs;
import id.bpjstk.portal.SignedInMember;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
class SignInAndErrorsTest {

    @Test
    void withoutASessionAPageSendsTheBrowserToSignInWithPkceInTheMembersLanguage() {
        Response response = given().redirects().follow(false).cookie("portal_lang", "en").when().get("/contributions");

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.header("Location"));
        assertThat(location.getPath()).endsWith("/realms/quarkus");
        assertThat(location.getQuery()).contains("client_id=member-web", "response_type=code", "code_challenge_method=S256",
                "ui_locales=en").doesNotContain("acr_values");
    }

    @Test
    void goingBackToAKeptFormAsksKeycloakForAFreshLevelTwo() {
        Response response = given().redirects().follow(false).when().get("/profile?resume=5d0a8a39-0f40-4d1e-9ad7-0b4f2a1c1d11");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(URI.create(response.header("Location")).getQuery()).contains("acr_values=2", "max_age=1800", "ui_locales=id");
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndNeverLeadsOutOfThePortal() {
        given().redirects().follow(false).when().get("/language?to=en&back=/contributions?page=2").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/contributions?page=2"))
                .cookie("portal_lang", "en");
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            given().redirects().follow(false).queryParam("to", "id").queryParam("back", elsewhere).when().get("/language")
                    .then().statusCode(303).header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil")));
        }
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ)})
    void anUnknownPathGivesTheFriendlyNotFoundPage() {
        Document page = Jsoup.parse(given().when().get("/no-such-page").then().statusCode(404).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tidak ditemukan");
        assertThat(page.selectFirst("a.button").attr("href")).isEqualTo("/");
    }

    @Test
    void theSignedOutPageNeedsNoSession() {
        Document page = Jsoup.parse(given().when().get("/signed-out").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Anda sudah keluar");
        assertThat(page.select("form.logout-form")).isEmpty();
    }

    @Test
    void healthAndMetricsAreOpenForOperations() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}

package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
import io.restassured.RestAssured;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
class DashboardPageTest {

    @BeforeEach
    void stubs() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ServiceStubs.reset();
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
            @Claim(key = "name", value = "Siti Rahmawati"), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void theHomePageShowsBothServicesFiguresInRupiahAndCallsThemWithTheMembersToken() {
        SignedInMember.stubHomePage();

        Document page = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Selamat datang, Siti Rahmawati");
        assertThat(text(page, "jht-total")).isEqualTo("Rp 26.773.117");
        assertThat(text(page, "jht-as-of")).isEqualTo("per 31 Oktober 2026");
        assertThat(text(page, "jp-monthly")).isEqualTo("Rp 363.895");
        assertThat(text(page, "latest-total")).isEqualTo("Rp 990.342");
        assertThat(text(page, "latest-period")).isEqualTo("Oktober 2026");
        assertThat(page.html()).doesNotContain("+6281200000001").doesNotContain("3171********0001");
        assertThat(ServiceStubs.recorded()).hasSize(4).allSatisfy(request ->
                assertThat(request.header("Authorization")).startsWith("Bearer ey"));
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
            @Claim(key = "name", value = "Siti Rahmawati")})
    void aFailingClaimsServiceLeavesOnlyItsPartUnavailable() {
        SignedInMember.stubHomePage();
        ServiceStubs.answer("GET", "/api/claims", 500, "{\"code\":\"internal_error\",\"message\":\"boom\"}");

        Document page = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString());

        assertThat(text(page, "jht-total")).isEqualTo("Rp 26.773.117");
        assertThat(text(page, "claims-unavailable")).contains("claims-service");
        assertThat(page.text()).doesNotContain("boom").doesNotContain("Exception");
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
            @Claim(key = "name", value = "Siti Rahmawati")})
    void aServiceSlowerThanTheTimeoutIsShownUnavailableAndThePageStillComesInTime() {
        SignedInMember.stubHomePage();
        ServiceStubs.answer("GET", "/api/members/me/balances",
                new ServiceStubs.Answer(200, SignedInMember.BALANCES, Map.of(), 4000));

        long started = System.nanoTime();
        Document page = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(page.select("[data-testid=jht-total]")).isEmpty();
        assertThat(page.text()).contains("Bagian ini sedang tidak tersedia (membership-service tidak menjawab)");
        assertThat(text(page, "latest-total")).isEqualTo("Rp 990.342");
        assertThat(tookMillis).as("the page waits for the timeout (1 s in tests), not for the slow service (4 s)").isLessThan(3500);
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
            @Claim(key = "name", value = "Siti Rahmawati")})
    void theLanguageCookieGivesTheEnglishPage() {
        SignedInMember.stubHomePage();

        Document page = Jsoup.parse(given().cookie("portal_lang", "en").when().get("/").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Welcome, Siti Rahmawati");
        assertThat(text(page, "jht-as-of")).isEqualTo("as of 31 October 2026");
        assertThat(text(page, "jht-total")).isEqualTo("Rp 26.773.117");
    }

    @Test
    @TestSecurity(user = "officer01", roles = "claims-officer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Petugas Klaim Satu")})
    void aClaimsOfficerWithoutAKpjIsSentToTheOfficersWorkspace() {
        given().redirects().follow(false).when().get("/").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/officer"));
        assertThat(ServiceStubs.recorded()).isEmpty();
    }

    private static String text(Document page, String testId) {
        return page.selectFirst("[data-testid=" + testId + "]").text();
    }
}

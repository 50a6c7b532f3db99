package id.bpjstk.partner.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.bpjstk.partner.MembershipStub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MembershipStub.class)
class PartnerPagesTest {

    static final String KPJ = "11000000017";
    static final String WITH_BALANCES = "openid profile membership balances.read";

    @BeforeEach
    void sitisBalances() {
        MembershipStub.answer(200, MembershipStub.SITI_BALANCES, Map.of());
    }

    @Test
    void theLandingPageOffersSigningInWithBpjstkInIndonesianByDefault() {
        Document page = page("/", "id");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("[data-testid=sign-in]").text()).isEqualTo("Masuk dengan SSO BPJSTK");
        assertThat(page.selectFirst("[data-testid=sign-in]").attr("href")).isEqualTo("/account?ui_locales=id");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("[data-testid=sign-in-denied]")).isEmpty();
    }

    @Test
    void theLandingPageSpeaksEnglishToABrowserAskingForItAndAfterTheSwitch() {
        Document page = page("/", "en-GB,en;q=0.9");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("[data-testid=sign-in]").text()).isEqualTo("Sign in with BPJSTK SSO");
        assertThat(page.selectFirst("[data-testid=sign-in]").attr("href")).isEqualTo("/account?ui_locales=en");

        String cookie = given().redirects().follow(false).when().get("/language?to=en&back=/").then().statusCode(303)
                .extract().cookie("partner_lang");
        assertThat(cookie).isEqualTo("en");
        Document switched = Jsoup.parse(given().cookie("partner_lang", "en").header("Accept-Language", "id")
                .when().get("/").then().statusCode(200).extract().asString());
        assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theLanguageSwitchNeverLeadsToAnotherSite() {
        for (String back : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/a?b=c"}) {
            String location = given().redirects().follow(false).queryParam("to", "en").queryParam("back", back)
                    .when().get("/language").then().statusCode(303).extract().header("Location");
            assertThat(java.net.URI.create(location).getPath()).as(back).isEqualTo("/");
        }
    }

    @Test
    void aRefusedConsentComesBackToTheLandingPageWhichSaysNothingWasShared() {
        Document page = page("/?error=access_denied&error_description=x", "id");

        assertThat(page.selectFirst("[data-testid=sign-in-denied]").text())
                .isEqualTo("Anda tidak memberi izin. Koperasi Sejahtera tidak menerima data apa pun dari BPJSTK.");
        assertThat(page.selectFirst("[data-testid=sign-in]")).isNotNull();
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Siti Rahmawati"),
            @Claim(key = "scope", value = WITH_BALANCES)})
    void theAccountPageShowsHerNameKpjAndTheJhtBalanceFetchedWithHerToken() {
        Document page = page("/account", "id");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Halo, Siti Rahmawati");
        assertThat(page.selectFirst("[data-testid=member-name]").text()).isEqualTo("Siti Rahmawati");
        assertThat(page.selectFirst("[data-testid=member-kpj]").text()).isEqualTo(KPJ);
        assertThat(page.selectFirst("[data-testid=jht-balance]").text()).isEqualTo("Rp 26.773.117");
        assertThat(page.selectFirst("[data-testid=jht-as-of]").text()).isEqualTo("per 31 Oktober 2026");
        assertThat(page.selectFirst("form.logout-form").attr("action")).isEqualTo("/logout");
        assertThat(MembershipStub.authorizations()).singleElement().satisfies(header -> assertThat(header).startsWith("Bearer ey"));
        assertThat(page.html()).doesNotContain(MembershipStub.authorizations().get(0).substring(7, 40));
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Peserta Baru"),
            @Claim(key = "scope", value = WITH_BALANCES)})
    void aMemberWithoutContributionsYetSeesRpZeroAndNoDate() {
        MembershipStub.answer(200, "{\"asOf\":null,\"currency\":\"IDR\",\"jht\":{\"contributions\":0,\"investmentReturns\":0,\"total\":0},\"jp\":null}",
                Map.of());

        Document page = page("/account", "id");

        assertThat(page.selectFirst("[data-testid=jht-balance]").text()).isEqualTo("Rp 0");
        assertThat(page.select("[data-testid=jht-as-of]")).isEmpty();
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Siti Rahmawati"),
            @Claim(key = "scope", value = WITH_BALANCES)})
    void theBalanceInEnglishIsStillInRupiah() {
        Document page = page("/account", "en");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Hello, Siti Rahmawati");
        assertThat(page.selectFirst("[data-testid=jht-balance]").text()).isEqualTo("Rp 26.773.117");
        assertThat(page.selectFirst("[data-testid=jht-as-of]").text()).isEqualTo("as of 31 October 2026");
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Siti Rahmawati"),
            @Claim(key = "scope", value = "openid profile membership")})
    void withoutBalancesReadTheBalanceIsNotAskedForAndThePageSaysSheDidNotAllowIt() {
        Document page = page("/account", "id");

        assertThat(page.selectFirst("[data-testid=balance-not-allowed]").text())
                .isEqualTo("Anda tidak mengizinkan Koperasi Sejahtera membaca saldo JHT Anda.");
        assertThat(page.select("[data-testid=jht-balance]")).isEmpty();
        assertThat(MembershipStub.authorizations()).isEmpty();
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Siti Rahmawati"),
            @Claim(key = "scope", value = WITH_BALANCES)})
    void theServicesInsufficientScopeRefusalSaysSheDidNotAllowIt() {
        MembershipStub.answer(403, "{\"code\":\"insufficient_scope\",\"message\":\"needs balances.read\"}",
                Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"balances.read\""));

        Document page = page("/account", "id");

        assertThat(page.selectFirst("[data-testid=balance-not-allowed]")).isNotNull();
        assertThat(page.text()).doesNotContain("needs balances.read");
    }

    @Test
    @TestSecurity(user = KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = KPJ), @Claim(key = "name", value = "Siti Rahmawati"),
            @Claim(key = "scope", value = WITH_BALANCES)})
    void anyOtherFailureOfTheServiceLeavesTheBalanceUnavailableAndThePageUp() {
        MembershipStub.answer(500, "{\"code\":\"internal_error\",\"message\":\"boom\"}", Map.of());

        Document page = page("/account", "id");

        assertThat(page.selectFirst("[data-testid=balance-unavailable]")).isNotNull();
        assertThat(page.selectFirst("[data-testid=member-kpj]").text()).isEqualTo(KPJ);
        assertThat(page.text()).doesNotContain("boom");
    }

    @Test
    void theSignedOutPageNeedsNoSessionAndSaysWhyWhenSheLeftElsewhere() {
        Document plain = page("/signed-out", "id");
        assertThat(plain.selectFirst("h1").text()).isEqualTo("Anda sudah keluar");
        assertThat(plain.select("[data-testid=signed-out-elsewhere]")).isEmpty();

        Document elsewhere = page("/signed-out?elsewhere=true", "id");
        assertThat(elsewhere.selectFirst("[data-testid=signed-out-elsewhere]").text())
                .isEqualTo("Sesi Anda diakhiri dari luar Koperasi Sejahtera, misalnya karena Anda keluar dari BPJSTK di aplikasi lain.");
    }

    private static Document page(String path, String language) {
        return Jsoup.parse(given().header("Accept-Language", language).when().get(path).then().statusCode(200)
                .extract().asString());
    }
}

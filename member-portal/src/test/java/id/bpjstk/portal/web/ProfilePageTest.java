package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
@TestSecurity(user = SignedInMember.KPJ, roles = "member")
@OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
        @Claim(key = "name", value = "Siti Rahmawati"), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
class ProfilePageTest {

    static final String PROFILE = "/api/members/me";
    static final String CONTACT = "/api/members/me/contact";

    @BeforeEach
    void stubs() {
        ServiceStubs.reset();
        ServiceStubs.answer("GET", PROFILE, 200, SignedInMember.PROFILE);
    }

    @Test
    void herRegistryDataIsShownWithThePhoneMaskedAndNoNik() {
        String html = given().when().get("/profile").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Profil");
        assertThat(text(page, "name")).isEqualTo("Siti Rahmawati");
        assertThat(text(page, "kpj")).isEqualTo("11000000017");
        assertThat(text(page, "birth-date")).isEqualTo("15 Mei 1990");
        assertThat(text(page, "category")).isEqualTo("Penerima upah (PU)");
        assertThat(text(page, "employer")).isEqualTo("PT Contoh Jaya");
        assertThat(text(page, "phone")).isEqualTo("+62812****0001");
        assertThat(text(page, "address")).isEqualTo("Jl. Contoh 1");
        assertThat(page.selectFirst("textarea#address").text()).isEqualTo("Jl. Contoh 1");
        assertThat(page.selectFirst("input#correspondenceEmail").val()).isEqualTo("siti@example.test");
        assertThat(html).doesNotContain("+6281200000001").doesNotContain("81200000001")
                .doesNotContain("3171********0001");
    }

    @Test
    void aBadEmailIsSaidAtItsFieldAndNothingIsSent() {
        Form form = form();

        Document page = Jsoup.parse(form.post("Jl. Baru 2", "siti@").then().statusCode(400).extract().asString());

        Element email = page.selectFirst("input#correspondenceEmail");
        assertThat(email.attr("aria-invalid")).isEqualTo("true");
        assertThat(email.attr("aria-describedby")).contains("correspondenceEmail-error");
        assertThat(email.val()).isEqualTo("siti@");
        assertThat(page.selectFirst("#correspondenceEmail-error").text())
                .isEqualTo("Tulis alamat email yang lengkap, misalnya nama@contoh.id.");
        assertThat(page.selectFirst("textarea#address").hasAttr("aria-invalid")).isFalse();
        assertThat(page.selectFirst("textarea#address").text()).isEqualTo("Jl. Baru 2");
        assertThat(text(page, "profile-notice")).isEqualTo("Data kontak belum tersimpan. Periksa isian yang ditandai.");
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("PUT"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        given().formParams(Map.of("address", "Jl. Baru 2", "correspondenceEmail", "baru@example.test"))
                .when().post("/profile").then().statusCode(400);
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("PUT"));
    }

    @Test
    void savingSendsTheFieldsWithoutTheSpacesAroundThemAndShowsWhatTheServiceSaved() {
        ServiceStubs.answer("PUT", CONTACT, 200, SignedInMember.PROFILE
                .replace("\"address\":\"Jl. Contoh 1\"", "\"address\":\"Jl. Baru 2\"")
                .replace("\"correspondenceEmail\":\"siti@example.test\"", "\"correspondenceEmail\":\"baru@example.test\""));

        Document page = Jsoup.parse(form().post("  Jl. Baru 2 ", " baru@example.test ").then().statusCode(200)
                .extract().asString());

        assertThat(text(page, "profile-notice")).isEqualTo("Data kontak tersimpan.");
        assertThat(page.selectFirst("[data-testid=profile-notice]").attr("role")).isEqualTo("status");
        assertThat(text(page, "address")).isEqualTo("Jl. Baru 2");
        assertThat(text(page, "correspondence-email")).isEqualTo("baru@example.test");
        ServiceStubs.Recorded put = ServiceStubs.recorded().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.body()).isEqualTo("{\"address\":\"Jl. Baru 2\",\"correspondenceEmail\":\"baru@example.test\"}");
        assertThat(put.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void whatTheServiceRefusesIsSaidAtTheFieldItNames() {
        ServiceStubs.answer("PUT", CONTACT, 400, "{\"code\":\"invalid_request\",\"message\":\"invalid\","
                + "\"violations\":[{\"field\":\"correspondenceEmail\",\"message\":\"must be a well-formed email address\"}]}");

        Document page = Jsoup.parse(form().post("Jl. Baru 2", "a..b@example.test").then().statusCode(400).extract().asString());

        assertThat(page.selectFirst("input#correspondenceEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#correspondenceEmail-error").text())
                .isEqualTo("Layanan kepesertaan tidak menerima isian ini. Periksa lagi, lalu simpan.");
        assertThat(page.selectFirst("input#correspondenceEmail").val()).isEqualTo("a..b@example.test");
    }

    @Test
    void whenTheServiceAsksForAFreshLevelTwoTheFormIsKeptAndComesBackOnceAsTyped() {
        ServiceStubs.answer("PUT", CONTACT, new ServiceStubs.Answer(403,
                "{\"code\":\"insufficient_user_authentication\",\"message\":\"a recent level 2 is required\"}",
                Map.of("WWW-Authenticate", "Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800"), 0));

        Response stepUp = form().post("Jl. Baru 2", "baru@example.test");

        assertThat(stepUp.statusCode()).isEqualTo(303);
        URI back = URI.create(stepUp.header("Location"));
        assertThat(back.getPath()).isEqualTo("/profile");
        assertThat(back.getQuery()).matches("resume=[0-9a-f-]{36}");

        Document resumed = Jsoup.parse(given().when().get(back.getPath() + "?" + back.getQuery()).then().statusCode(200)
                .extract().asString());
        assertThat(text(resumed, "profile-notice"))
                .isEqualTo("Kode SMS sudah diterima. Periksa isian Anda, lalu tekan Simpan untuk menyimpan.");
        assertThat(resumed.selectFirst("textarea#address").text()).isEqualTo("Jl. Baru 2");
        assertThat(resumed.selectFirst("input#correspondenceEmail").val()).isEqualTo("baru@example.test");

        Document again = Jsoup.parse(given().when().get(back.getPath() + "?" + back.getQuery()).then().statusCode(200)
                .extract().asString());
        assertThat(text(again, "profile-notice"))
                .isEqualTo("Isian Anda sebelumnya sudah tidak tersimpan lagi. Silakan isi dan simpan lagi.");
        assertThat(again.selectFirst("textarea#address").text()).isEqualTo("Jl. Contoh 1");
    }

    /** The profile's form as the browser got it: its CSRF field and cookie. */
    record Form(String field, String token, String cookie) {
        Response post(String address, String correspondenceEmail) {
            return given().redirects().follow(false).cookie("csrf-token", cookie)
                    .formParams(Map.of(field, token, "address", address, "correspondenceEmail", correspondenceEmail))
                    .when().post("/profile");
        }
    }

    private static Form form() {
        Response response = given().when().get("/profile");
        Element hidden = Jsoup.parse(response.asString()).selectFirst("form[data-testid=contact-form] input[type=hidden]");
        return new Form(hidden.attr("name"), hidden.attr("value"), response.cookie("csrf-token"));
    }

    private static String text(Document page, String testId) {
        return page.selectFirst("[data-testid=" + testId + "]").text();
    }
}

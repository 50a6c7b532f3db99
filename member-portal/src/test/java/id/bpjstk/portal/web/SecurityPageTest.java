package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
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
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
class SecurityPageTest {

    static final String CURRENT = "3f6b2a10-0000-4000-8000-000000000001";
    static final String OTHER = "3f6b2a10-0000-4000-8000-000000000002";
    static final String APP = "9a1c7e55-1111-4111-8111-000000000001";
    static final String PASSKEY = "9a1c7e55-2222-4222-8222-000000000002";

    static final String DEVICES = """
            [{"id":"d1","ipAddress":"192.0.2.10","os":"Linux","osVersion":"Unknown","browser":"Chrome/120.0.6099","device":"Other",
              "lastAccess":1764000600,"current":true,"mobile":false,
              "sessions":[{"id":"%s","ipAddress":"192.0.2.10","started":1764000000,"lastAccess":1764000600,"expires":1764036000,
                           "browser":"Chrome/120.0.6099","current":true,
                           "clients":[{"clientId":"member-web","clientName":"Member portal (web)"}]}]},
             {"id":"d2","ipAddress":"198.51.100.7","os":"Android","osVersion":"14","browser":"Firefox/125.0","device":"Pixel",
              "lastAccess":1763990000,"mobile":true,
              "sessions":[{"id":"%s","ipAddress":"198.51.100.7","started":1763980000,"lastAccess":1763990000,"expires":1764016000,
                           "browser":"Firefox/125.0",
                           "clients":[{"clientId":"account-console","clientName":"${client_account-console}"}]}]}]"""
            .formatted(CURRENT, OTHER);
    static final String USER = """
            {"id":"%s","username":"11000000017","attributes":{"phoneNumber":["+6281200000001"],"membershipNumber":["11000000017"]}}"""
            .formatted(SignedInMember.SUBJECT);
    static final String CREDENTIALS = """
            [{"type":"password","category":"basic-authentication","createAction":"UPDATE_PASSWORD","updateAction":"UPDATE_PASSWORD",
              "removeable":false,"userCredentialMetadatas":[{"credential":{"id":"p1","type":"password","createdDate":1735689600000}}]},
             {"type":"otp","category":"two-factor","createAction":"CONFIGURE_TOTP","removeable":true,
              "userCredentialMetadatas":[{"credential":{"id":"%s","type":"otp","userLabel":"Ponsel kerja","createdDate":1764000000000}}]},
             {"type":"webauthn-passwordless","category":"passwordless","createAction":"webauthn-register-passwordless","removeable":true,
              "userCredentialMetadatas":[{"credential":{"id":"%s","type":"webauthn-passwordless","userLabel":"Laptop","createdDate":1764000000000}}]}]"""
            .formatted(APP, PASSKEY);
    static final String ACTIVITY = """
            {"events":[{"kind":"SIGN_IN","event":"LOGIN","time":1764000000000,"clientId":"member-web","ipAddress":"192.0.2.10"},
                       {"kind":"SIGN_IN_FAILED","event":"LOGIN_ERROR","time":1763999000000,"clientId":"member-web","ipAddress":"203.0.113.9"},
                       {"kind":"METHOD_ADDED","event":"UPDATE_CREDENTIAL","time":1763998000000,"clientId":"member-web","ipAddress":"192.0.2.10","method":"otp"}]}""";

    @BeforeEach
    void stubs() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ServiceStubs.reset();
        ServiceStubs.answer("GET", "/account/sessions/devices", 200, DEVICES);
        ServiceStubs.answer("GET", "/account/", 200, USER);
        ServiceStubs.answer("GET", "/account/credentials", 200, CREDENTIALS);
        ServiceStubs.answer("GET", "/bpjstk-account/activity", 200, ACTIVITY);
        ServiceStubs.answer("DELETE", "/account/sessions/" + OTHER, 204, null);
        ServiceStubs.answer("GET", "/account/applications", 200, APPLICATIONS);
        ServiceStubs.answer("DELETE", "/account/applications/partner-demo/consent", 204, null);
    }

    static final String APPLICATIONS = """
            [{"clientId":"member-web","clientName":"Portal Peserta","userConsentRequired":false,"inUse":true},
             {"clientId":"partner-demo","clientName":"Koperasi Sejahtera (partner demo)","userConsentRequired":true,
              "consent":{"grantedScopes":[{"id":"a","name":"${membershipScopeConsentText}","displayText":"${membershipScopeConsentText}"},
                                          {"id":"b","name":"${balancesReadScopeConsentText}","displayText":"${balancesReadScopeConsentText}"},
                                          {"id":"c","name":"${rolesScopeConsentText}","displayText":"${rolesScopeConsentText}"}],
                         "createdDate":1764000000000,"lastUpdatedDate":1764000000000}}]""";

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void thePartnersSheAllowedAreListedInWordsAndOnlyTheyCanBeWithdrawn() {
        Form form = Form.open();
        List<Element> partners = form.page().select("[data-testid^=partner-]");
        assertThat(partners).hasSize(1);
        assertThat(partners.get(0).selectFirst("th").text()).isEqualTo("Koperasi Sejahtera (partner demo)");
        assertThat(partners.get(0).select("td").get(0).text()).isEqualTo("nomor KPJ, nama dan data kepesertaan; saldo JHT dan JP; peran Anda (peserta)");

        Response other = form.post("/security/consents", Map.of("client", "member-web"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("DELETE"));

        Response withdrawn = form.post("/security/consents", Map.of("client", "partner-demo"));
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(URI.create(withdrawn.header("Location")).getRawQuery()).isEqualTo("notice=revoked");
        assertThat(ServiceStubs.recorded()).filteredOn(request -> request.method().equals("DELETE")).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/account/applications/partner-demo/consent"));
        Document after = Jsoup.parse(given().when().get("/security?notice=revoked").then().statusCode(200).extract().asString());
        assertThat(after.selectFirst("[data-testid=notice]").text()).startsWith("Izin sudah dicabut");
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void thePageShowsHerSessionsMethodsAndActivityFromKeycloakCalledWithHerToken() {
        Document page = Jsoup.parse(given().when().get("/security").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Keamanan akun");
        List<Element> sessions = page.select("[data-testid=session]");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).attr("data-current")).isEqualTo("true");
        assertThat(sessions.get(0).selectFirst("th").text()).isEqualTo("Chrome 120.0.6099 · Linux Sesi ini");
        assertThat(sessions.get(0).select("[data-testid=end-session]")).isEmpty();
        assertThat(sessions.get(0).selectFirst("form").attr("action")).isEqualTo("/logout");
        assertThat(sessions.get(1).selectFirst("th").text()).isEqualTo("Firefox 125.0 · Android 14");
        assertThat(sessions.get(1).select("td").get(3).text()).isEqualTo("Konsol akun");
        Element end = sessions.get(1).selectFirst("form");
        assertThat(end.attr("action")).isEqualTo("/security/sessions");
        assertThat(end.selectFirst("input[name=session]").val()).isEqualTo(OTHER);
        assertThat(end.selectFirst("input[type=hidden]").attr("name")).isNotEqualTo("session");
        assertThat(end.selectFirst("button").text()).isEqualTo("Akhiri sesi ini");
        assertThat(end.selectFirst("button").attr("aria-describedby")).isEqualTo("session-" + OTHER);

        assertThat(page.selectFirst("[data-testid=password-status]").text()).startsWith("Sudah diatur sejak 1 Jan 2025");
        assertThat(page.selectFirst("[data-testid=sms-status]").text()).isEqualTo("Tidak aktif");
        assertThat(page.select("[data-testid=turn-on-sms]")).hasSize(1);
        assertThat(page.select("[data-testid=totp-list] [data-testid=credential-label]").eachText()).containsExactly("Ponsel kerja");
        assertThat(page.select("[data-testid=passkey-list] [data-testid=credential-label]").eachText()).containsExactly("Laptop");

        assertThat(page.select("[data-testid=activity-line]")).extracting(line -> line.select("td").get(1).text())
                .containsExactly("Masuk", "Gagal masuk", "Aplikasi autentikator ditambahkan");
        assertThat(page.select("[data-testid=activity-line]").get(0).select("td").get(2).text()).isEqualTo("Portal Peserta");

        assertThat(page.html()).doesNotContain("+6281200000001").doesNotContain("81200000001");
        assertThat(ServiceStubs.recorded()).hasSize(5).allSatisfy(request -> {
            assertThat(request.header("Authorization")).startsWith("Bearer ey");
            assertThat(request.header("Accept")).contains("application/json");
        });
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void withSmsTwoStepOnThePageSaysSoWithTheNumberMaskedAndOffersNoSecondTurningOn() {
        ServiceStubs.answer("GET", "/account/", 200, USER.replace("\"attributes\":{", "\"attributes\":{\"twoStepVerification\":[\"sms\"],"));

        Document page = Jsoup.parse(given().when().get("/security").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("[data-testid=sms-status]").text()).isEqualTo("Aktif: kode dikirim ke +62812****0001");
        assertThat(page.select("[data-testid=turn-on-sms]")).isEmpty();
        Response refused = Form.open().post("/security/actions", Map.of("action", "bpjstk-enable-sms-two-step"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).selectFirst("[data-testid=notice]").text())
                .isEqualTo("Perubahan itu tidak bisa dimulai dari sini. Tidak ada yang berubah.");
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void endingAnotherSessionAsksKeycloakToEndItAndSaysSo() {
        Form form = Form.open();

        Response ended = form.post("/security/sessions", Map.of("session", OTHER));

        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(URI.create(ended.header("Location")).getRawQuery()).isEqualTo("notice=ended");
        assertThat(ServiceStubs.recorded()).filteredOn(request -> request.method().equals("DELETE"))
                .singleElement().satisfies(request -> {
                    assertThat(request.path()).isEqualTo("/account/sessions/" + OTHER);
                    assertThat(request.header("Authorization")).startsWith("Bearer ey");
                });
        Document after = Jsoup.parse(given().when().get("/security?notice=ended").then().statusCode(200).extract().asString());
        assertThat(after.selectFirst("[data-testid=notice]").text()).isEqualTo("Sesi itu sudah diakhiri. Perangkat tersebut harus masuk lagi.");
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void aSessionThatIsNotHersEndsNothingAndHerCurrentOneEndsBySigningOut() {
        Form form = Form.open();

        Response unknown = form.post("/security/sessions", Map.of("session", "someone-elses-session"));
        Response current = form.post("/security/sessions", Map.of("session", CURRENT));

        assertThat(unknown.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(unknown.asString()).selectFirst("[data-testid=notice]").text()).startsWith("Sesi itu tidak ada lagi");
        assertThat(current.statusCode()).isEqualTo(303);
        assertThat(URI.create(current.header("Location")).getPath()).isEqualTo("/logout");
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("DELETE"));
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void aChangeEndsThePortalSessionAndGoesThroughKeycloakWithTheActionAndOnlyHerOwnCredentialsCanBeRemoved() {
        Form form = Form.open();

        Response totp = form.post("/security/actions", Map.of("action", "CONFIGURE_TOTP"));
        Response removal = form.post("/security/actions", Map.of("action", "delete_credential", "credential", PASSKEY));
        Response notHers = form.post("/security/actions", Map.of("action", "delete_credential",
                "credential", "00000000-0000-4000-8000-000000000000"));
        Response password = form.post("/security/actions", Map.of("action", "delete_credential", "credential", "p1"));
        Response other = form.post("/security/actions", Map.of("action", "UPDATE_EMAIL"));

        assertThat(totp.statusCode()).isEqualTo(303);
        assertThat(totp.header("Location")).endsWith("/security?action=CONFIGURE_TOTP");
        assertThat(removal.statusCode()).isEqualTo(303);
        assertThat(removal.header("Location")).endsWith("/security?action=delete_credential%3A" + PASSKEY);
        assertThat(List.of(notHers.statusCode(), password.statusCode(), other.statusCode())).containsOnly(400);
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("session", OTHER)
                .when().post("/security/sessions").then().statusCode(400);
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("DELETE"));
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
    void keycloakNotAnsweringLeavesOnlyItsPartsUnavailableAndAMadeUpOutcomeShowsNoNotice() {
        ServiceStubs.answer("GET", "/bpjstk-account/activity", 503, "{\"error\":\"unavailable\"}");
        ServiceStubs.answer("GET", "/account/sessions/devices", new ServiceStubs.Answer(200, DEVICES, Map.of(), 3000));

        Document page = Jsoup.parse(given().when().get("/security?action=CONFIGURE_TOTP&outcome=c3VjY2Vzcw")
                .then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("[data-testid=sessions-unavailable]").text()).contains("BPJSTK SSO");
        assertThat(page.selectFirst("[data-testid=activity-unavailable]")).isNotNull();
        assertThat(page.select("[data-testid=totp-list] [data-testid=credential-label]").eachText()).containsExactly("Ponsel kerja");
        assertThat(page.select("[data-testid=action-outcome]")).isEmpty();
    }

    @Test
    void signingInAgainFromTheSecurityPageAsksKeycloakForTheActionAndForNothingElse() {
        assertThat(kcAction("/security?action=CONFIGURE_TOTP")).isEqualTo("kc_action=CONFIGURE_TOTP");
        assertThat(kcAction("/security?action=delete_credential%3A" + PASSKEY)).isEqualTo("kc_action=delete_credential%3A" + PASSKEY);
        assertThat(kcAction("/security?action=bpjstk-enable-sms-two-step")).isEqualTo("kc_action=bpjstk-enable-sms-two-step");
        assertThat(kcAction("/security?action=UPDATE_EMAIL")).isNull();
        assertThat(kcAction("/security?action=delete_credential%3A..%2Fx")).isNull();
        assertThat(kcAction("/security?action=CONFIGURE_TOTP&action=UPDATE_PASSWORD")).isNull();
        assertThat(kcAction("/contributions?action=CONFIGURE_TOTP")).isNull();
    }

    private static String kcAction(String path) {
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).when().get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        String query = URI.create(response.header("Location")).getRawQuery();
        return java.util.Arrays.stream(query.split("&")).filter(part -> part.startsWith("kc_action=")).findFirst().orElse(null);
    }

    /** The security page as the browser got it: its CSRF field (name and value) and cookies, to post its forms. */
    record Form(Document page, String field, String token, Map<String, String> cookies) {

        static Form open() {
            Response response = given().when().get("/security");
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.asString());
            Element csrf = page.selectFirst("form[action=/security/sessions] input[type=hidden]");
            return new Form(page, csrf.attr("name"), csrf.val(), response.cookies());
        }

        Response post(String path, Map<String, String> fields) {
            var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookies(cookies);
            request.formParam(field, token);
            fields.forEach(request::formParam);
            return request.when().post(path);
        }
    }
}

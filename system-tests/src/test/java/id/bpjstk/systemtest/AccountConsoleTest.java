package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestMembers.Option;
import id.bpjstk.systemtest.support.pages.AccountDeviceActivityPage;
import id.bpjstk.systemtest.support.pages.AccountDeviceActivityPage.Session;
import id.bpjstk.systemtest.support.pages.AccountPersonalInfoPage;
import id.bpjstk.systemtest.support.pages.AccountSigningInPage;
import id.bpjstk.systemtest.support.pages.LoginPage;

/**
 * Keycloak's own account console at /realms/bpjstk/account/, in a real browser: a member signs in as the realm's flow
 * asks, and sees her sessions and devices and her sign-in methods, in Indonesian (English on request).
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class AccountConsoleTest {

    /** The console's error page, shown when its REST API refuses its token. */
    private static final String ERROR_PAGE = "Ada sesuatu yang salah";

    @Test
    void aMemberWithSmsTwoStepSignsInWithHerCodeAndSeesThisBrowsersSessionAndHerPasswordInIndonesian(Stack stack, RealBrowser browser) {
        Member member = new TestMembers(stack).create(Option.PHONE_VERIFIED, Option.TWO_STEP_SMS);

        AccountDeviceActivityPage devices = new AccountDeviceActivityPage(browser, stack).open();
        LoginPage login = new LoginPage(browser).signIn(member.kpj(), member.password()).awaitCodeForm();
        login.enterCode(stack.sms().latest(member.phone()).code());

        assertThat(devices.heading()).isEqualTo("Aktivitas perangkat");
        assertThat(browser.text()).doesNotContain(ERROR_PAGE);
        List<Session> sessions = devices.sessions();
        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.current()).isTrue();
            assertThat(session.device()).contains("HeadlessChrome");
            assertThat(session.details()).containsEntry("Klien", "Konsol Akun").containsEntry("Alamat IP", "127.0.0.1")
                    .containsKeys("Terakhir diakses", "Dimulai", "Kedaluwarsa");
        });
        assertThat(devices.currentSessionLabel()).isEqualTo("Sesi saat ini");
        assertThat(sessions(stack, member)).singleElement()
                .satisfies(session -> assertThat(session.path("clients").toString()).contains("account-console"));
        browser.screenshot("device-activity");

        AccountSigningInPage signingIn = new AccountSigningInPage(browser, stack).open();
        assertThat(signingIn.heading()).isEqualTo("Masuk");
        assertThat(signingIn.typeTitle("password")).isEqualTo("Kata sandi");
        assertThat(signingIn.credentials("password")).containsExactly("Kata sandi saya");
        assertThat(signingIn.typeTitle("otp")).isEqualTo("Aplikasi pengotentikasi");
        assertThat(signingIn.credentials("otp")).as("no authenticator app set up").isEmpty();
        assertThat(browser.text()).contains("Aplikasi pengotentikasi tidak disiapkan.");
        browser.screenshot("signing-in");

        // the realm's own attributes under their names, not their keys
        AccountPersonalInfoPage personalInfo = new AccountPersonalInfoPage(browser, stack).open();
        assertThat(personalInfo.heading()).isEqualTo("Info pribadi");
        assertThat(personalInfo.fieldLabels()).contains("Nama pengguna", "Nomor peserta (KPJ)", "Kategori peserta", "Nomor telepon",
                "Verifikasi dua langkah").doesNotContain("membershipNumber", "participantCategory", "twoStepVerification");
        assertThat(personalInfo.emailEditable()).as("the email changes only through its own step, at level 2").isFalse();
        browser.screenshot("personal-info");
    }

    @Test
    void aMembersAuthenticatorAppIsListedBesideHerPassword(Stack stack, RealBrowser browser) {
        Member member = new TestMembers(stack).create(Option.PHONE_VERIFIED, Option.AUTHENTICATOR_APP);

        AccountSigningInPage signingIn = new AccountSigningInPage(browser, stack).open();
        // with an app enrolled, two-step verification is on: the flow asks for the app's code
        new LoginPage(browser).signIn(member.kpj(), member.password()).awaitCodeForm().enterCode(member.totp());

        assertThat(signingIn.credentials("password")).containsExactly("Kata sandi saya");
        assertThat(signingIn.credentials("otp")).containsExactly("Aplikasi autentikator");
        assertThat(browser.text()).doesNotContain(ERROR_PAGE, "Aplikasi pengotentikasi tidak disiapkan.");
        browser.screenshot("signing-in");
    }

    @Test
    void signingOutTheMembersOtherSessionInDeviceActivityEndsIt(Stack stack, RealBrowser browser) {
        Member member = new TestMembers(stack).create(Option.PHONE_VERIFIED);
        Oidc oidc = new Oidc(stack);
        // her other session: the member portal's, with a refresh token that works
        Oidc.Tokens portal = oidc.signIn(member.kpj(), member.password());
        String portalSession = portal.access().get("sid").asText();
        Oidc.TokenResponse refreshed = refresh(oidc, portal.response().get("refresh_token").asText());
        assertThat(refreshed.status()).isEqualTo(200);

        AccountDeviceActivityPage devices = new AccountDeviceActivityPage(browser, stack).open();
        new LoginPage(browser).signIn(member.kpj(), member.password());

        List<Session> listed = devices.sessions();
        assertThat(listed).hasSize(2);
        Session other = listed.stream().filter(session -> !session.current()).findFirst().orElseThrow();
        assertThat(other.details()).containsEntry("Klien", "Member portal");
        assertThat(sessions(stack, member)).extracting(session -> session.get("id").asText()).contains(portalSession);
        browser.screenshot("two-sessions");

        devices.signOut(other);

        assertThat(devices.sessions()).singleElement().matches(Session::current, "this browser's session stays");
        assertThat(sessions(stack, member)).extracting(session -> session.get("id").asText()).hasSize(1).doesNotContain(portalSession);
        Oidc.TokenResponse afterSignOut = refresh(oidc, refreshed.body().get("refresh_token").asText());
        assertThat(afterSignOut.status()).isEqualTo(400);
        assertThat(afterSignOut.body().get("error").asText()).isEqualTo("invalid_grant");
        browser.screenshot("signed-out");
    }

    @Test
    void theConsoleSpeaksEnglishOnRequestAndTheRealmsIndonesianToALanguageItLacks(Stack stack,
            @RealBrowser.Language("en") RealBrowser english, @RealBrowser.Language("fr") RealBrowser french) {
        Member member = new TestMembers(stack).create(Option.PHONE_VERIFIED);

        AccountDeviceActivityPage devices = new AccountDeviceActivityPage(english, stack).open();
        new LoginPage(english).signIn(member.kpj(), member.password());
        assertThat(devices.heading()).isEqualTo("Device activity");
        assertThat(devices.currentSessionLabel()).isEqualTo("Current session");
        assertThat(devices.sessions()).singleElement().satisfies(session -> assertThat(session.details()).containsEntry("Clients", "Account Console"));
        AccountSigningInPage signingIn = new AccountSigningInPage(english, stack).open();
        assertThat(signingIn.heading()).isEqualTo("Signing in");
        assertThat(signingIn.credentials("password")).containsExactly("My password");
        assertThat(new AccountPersonalInfoPage(english, stack).open().fieldLabels())
                .contains("Username", "Membership number (KPJ)", "Participant category", "Two-step verification");

        AccountDeviceActivityPage devicesInFrench = new AccountDeviceActivityPage(french, stack).open();
        new LoginPage(french).signIn(member.kpj(), member.password());
        assertThat(devicesInFrench.heading()).isEqualTo("Aktivitas perangkat");
        assertThat(devicesInFrench.currentSessionLabel()).isEqualTo("Sesi saat ini");
    }

    private static List<JsonNode> sessions(Stack stack, Member member) {
        List<JsonNode> sessions = new java.util.ArrayList<>();
        new Admin(stack).get("/users/" + member.id() + "/sessions").json().forEach(sessions::add);
        return sessions;
    }

    private static Oidc.TokenResponse refresh(Oidc oidc, String refreshToken) {
        return oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", Oidc.MEMBER_PORTAL));
    }
}

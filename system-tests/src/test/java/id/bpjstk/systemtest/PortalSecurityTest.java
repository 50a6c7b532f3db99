package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestStaff;
import id.bpjstk.systemtest.support.pages.AccountDeviceActivityPage;
import id.bpjstk.systemtest.support.pages.DeleteCredentialPage;
import id.bpjstk.systemtest.support.pages.LoginPage;
import id.bpjstk.systemtest.support.pages.TotpSetupPage;
import id.bpjstk.systemtest.support.pages.portal.PortalSecurityPage;
import id.bpjstk.systemtest.support.pages.portal.PortalSecurityPage.Activity;
import id.bpjstk.systemtest.support.pages.portal.PortalSecurityPage.Session;

/**
 * The portal's security page on the real stack: her sessions from Keycloak with the other ones to end, an
 * authenticator app set up through Keycloak's own pages behind the SMS code, her recent activity (hers alone), and the
 * portal session ending when Keycloak ends hers elsewhere (back-channel logout).
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class PortalSecurityTest {

    @Test
    void onTwoBrowsersSheSeesBothSessionsAndEndingTheOtherWithTheKeyboardSendsThatBrowserToSignIn(Stack stack,
            RealBrowser laptop, RealBrowser phone) throws Exception {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage onLaptop = signedIn(stack, laptop, member);
        PortalSecurityPage onPhone = signedIn(stack, phone, member);
        String phoneSession = portalCookie(phone);
        assertThat(portalSessionKept(stack, phoneSession)).as("the phone's portal session is kept server-side").isTrue();

        onLaptop.show();
        List<Session> sessions = onLaptop.sessions();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).current()).isTrue();
        assertThat(sessions.get(0).device()).contains("HeadlessChrome").contains("Sesi ini");
        assertThat(sessions.get(0).apps()).isEqualTo("Portal Peserta");
        assertThat(sessions.get(1).current()).isFalse();
        assertThat(sessions).allSatisfy(session -> assertThat(session.ipAddress()).isEqualTo("127.0.0.1"));
        assertThat(laptop.driver().findElements(By.cssSelector("[data-testid=end-session]"))).hasSize(1)
                .allSatisfy(button -> assertThat(button.getText()).isEqualTo("Akhiri sesi ini"));
        assertThat(laptop.driver().getPageSource()).doesNotContain(member.phone()).doesNotContain(member.phone().substring(3));
        laptop.screenshot("security-two-sessions");
        Accessibility.assertNoSeriousViolations(laptop, "portal-security");

        onLaptop.endOtherSessionWithKeyboard();

        assertThat(onLaptop.notice()).isEqualTo("Sesi itu sudah diakhiri. Perangkat tersebut harus masuk lagi.");
        assertThat(onLaptop.sessions()).singleElement().satisfies(session -> assertThat(session.current()).isTrue());
        laptop.screenshot("security-other-session-ended");
        onPhone.open(PortalSecurityPage.PATH);
        phone.awaitVisible(LoginPage.PASSWORD_FORM);
        phone.screenshot("ended-session-asks-for-sign-in");
        assertThat(portalSessionKept(stack, phoneSession)).as("the ended portal session's row").isFalse();
        onLaptop.show();
        assertThat(onLaptop.sessions()).hasSize(1);
    }

    @Test
    void sheAddsAnAuthenticatorAppFromThePageAfterHerSmsCodeAndSeesItListedAndToldInBothLanguages(Stack stack,
            RealBrowser browser) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage security = signedIn(stack, browser, member);
        assertThat(security.authenticatorApps()).isEmpty();
        assertThat(security.passwordStatus()).startsWith("Sudah diatur sejak");
        assertThat(security.smsStatus()).isEqualTo("Tidak aktif");
        int codesBefore = stack.sms().to(member.phone()).size();

        security.addAuthenticatorApp();

        // a change of how she signs in needs a recent second factor: the SMS code first, then the app's setup
        new LoginPage(browser).awaitCodeForm();
        assertThat(browser.driver().findElements(TotpSetupPage.FORM)).isEmpty();
        assertThat(stack.sms().to(member.phone())).hasSizeGreaterThan(codesBefore);
        String code = stack.sms().latest(member.phone()).code();
        new LoginPage(browser).enterCode(wrong(code));
        browser.awaitText("Kode verifikasi salah");
        new LoginPage(browser).enterCode(code);
        TotpSetupPage setup = new TotpSetupPage(browser).await();
        browser.screenshot("totp-setup");
        setup.enrol(TestMembers.totp(setup.secret()), "Ponsel uji");

        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.outcome()).isEqualTo("Aplikasi autentikator sudah ditambahkan.");
        assertThat(security.authenticatorApps()).containsExactly("Ponsel uji");
        assertThat(security.activity()).extracting(Activity::event)
                .contains("Aplikasi autentikator ditambahkan", "Kode SMS salah", "Masuk");
        assertThat(new Admin(stack).get("/users/" + member.id() + "/credentials").json().findValuesAsText("type")).contains("otp");
        browser.screenshot("security-app-added");
        security.scrollTo("methods-title");
        browser.screenshot("security-app-added-methods");
        security.scrollTo("activity-title");
        browser.screenshot("security-app-added-activity");
        Accessibility.assertNoSeriousViolations(browser, "portal-security-app-added");

        security.switchLanguage();
        assertThat(security.heading()).isEqualTo("Account security");
        assertThat(security.authenticatorApps()).containsExactly("Ponsel uji");
        assertThat(security.activity()).extracting(Activity::event).contains("Authenticator app added", "Signed in");
        security.scrollTo("activity-title");
        browser.screenshot("security-en");
        security.switchLanguage();
    }

    @Test
    void sheTurnsSmsTwoStepOnWithACodeToHerPhoneAndThePageSaysItIsOnWithTheNumberMasked(Stack stack, RealBrowser browser) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage security = signedIn(stack, browser, member);

        security.turnOnSmsTwoStep();
        browser.awaitText("Aktifkan verifikasi dua langkah lewat SMS");
        new LoginPage(browser).enterCode(stack.sms().latest(member.phone()).code());

        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.outcome()).isEqualTo("Verifikasi dua langkah lewat SMS sudah aktif.");
        assertThat(security.smsStatus()).isEqualTo("Aktif: kode dikirim ke " + member.phone().substring(0, 6) + "****"
                + member.phone().substring(member.phone().length() - 4));
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=turn-on-sms]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(member.phone()).doesNotContain(member.phone().substring(3));
        assertThat(new TestMembers(stack).attributes(member).at("/twoStepVerification/0").asText()).isEqualTo("sms");
        assertThat(security.activity()).extracting(Activity::event).contains("Verifikasi dua langkah lewat SMS diaktifkan");
    }

    @Test
    void cancellingOnKeycloaksPageChangesNothingAndRemovingHerAppTakesItAway(Stack stack, RealBrowser browser) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TestMembers.Option.AUTHENTICATOR_APP);
        PortalSecurityPage security = new PortalSecurityPage(browser, stack);
        security.signIn(PortalSecurityPage.PATH, member.kpj(), member.password());
        new LoginPage(browser).awaitCodeForm().enterCode(member.totp());
        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.authenticatorApps()).containsExactly("Aplikasi autentikator");

        // her sign-in with the app a moment ago is a recent level 2: Keycloak opens the setup at once
        security.addAuthenticatorApp();
        new TotpSetupPage(browser).await().cancel();
        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.outcome()).isEqualTo("Perubahan dibatalkan; tidak ada yang berubah.");
        assertThat(security.authenticatorApps()).containsExactly("Aplikasi autentikator");

        security.removeAuthenticatorApp("Aplikasi autentikator");
        new DeleteCredentialPage(browser).confirm();
        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.outcome()).isEqualTo("Cara masuk itu sudah dihapus.");
        assertThat(security.authenticatorApps()).isEmpty();
        assertThat(new Admin(stack).get("/users/" + member.id() + "/credentials").json().findValuesAsText("type"))
                .doesNotContain("otp");
        assertThat(security.activity()).extracting(Activity::event).contains("Aplikasi autentikator dihapus");
        browser.screenshot("security-app-removed");
    }

    @Test
    void aPortalSessionTheServerNoLongerKeepsGoesThroughKeycloaksSignInAgain(Stack stack, RealBrowser browser) throws Exception {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage security = signedIn(stack, browser, member);
        String portalSession = portalCookie(browser);
        try (Connection db = stack.portalDatabase();
                PreparedStatement delete = db.prepareStatement("delete from portal_session where id_hash = ?")) {
            delete.setBytes(1, idHash(portalSession));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        security.open(PortalSecurityPage.PATH);

        // Keycloak's session is still there: the portal starts a new session of its own without asking anything
        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(portalCookie(browser)).isNotEqualTo(portalSession);
        assertThat(security.sessions()).singleElement().satisfies(session -> assertThat(session.current()).isTrue());
    }

    @Test
    void herRecentActivityShowsHerSignInsAndHerOneFailedSignInButNoneOfAnotherMembers(Stack stack, RealBrowser browser) {
        TestMembers members = new TestMembers(stack);
        Member other = members.create(PHONE_VERIFIED);
        for (int attempt = 0; attempt < 2; attempt++) {
            new CodeLogin(stack).password(other.kpj(), "Salah-" + attempt + "-" + other.password());
        }
        Member member = members.create(PHONE_VERIFIED);

        PortalSecurityPage security = new PortalSecurityPage(browser, stack);
        security.open(PortalSecurityPage.PATH);
        new LoginPage(browser).signIn(member.kpj(), "Bukan-" + member.password());
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
        new LoginPage(browser).signIn(member.kpj(), member.password());
        security.awaitAt(PortalSecurityPage.PATH);

        List<Activity> activity = security.activity();
        assertThat(activity).filteredOn(line -> "SIGN_IN_FAILED".equals(line.kind())).singleElement()
                .satisfies(line -> assertThat(line.event()).isEqualTo("Gagal masuk"));
        assertThat(activity.get(0).kind()).as("newest first: the sign-in after the failure").isEqualTo("SIGN_IN");
        assertThat(activity.get(0).event()).isEqualTo("Masuk");
        assertThat(activity.get(0).app()).isEqualTo("Portal Peserta");
        assertThat(activity.get(0).time()).endsWith("WIB");
        assertThat(activity).hasSize(2);
        security.scrollTo("activity-title");
        browser.screenshot("security-activity");
    }

    @Test
    void signingHerPortalSessionOutFromKeycloaksAccountConsoleEndsThePortalSession(Stack stack, RealBrowser browser,
            RealBrowser console) throws Exception {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage security = signedIn(stack, browser, member);
        String portalSession = portalCookie(browser);

        AccountDeviceActivityPage devices = new AccountDeviceActivityPage(console, stack).open();
        new LoginPage(console).signIn(member.kpj(), member.password());
        AccountDeviceActivityPage.Session portal = devices.sessions().stream().filter(session -> !session.current())
                .findFirst().orElseThrow();
        devices.signOut(portal);
        console.screenshot("account-console-signed-portal-out");

        security.open(PortalSecurityPage.PATH);
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
        assertThat(portalSessionKept(stack, portalSession)).isFalse();
    }

    @Test
    void anAdministratorEndingHerSessionsSendsThePortalToSignIn(Stack stack, RealBrowser browser) throws Exception {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        PortalSecurityPage security = signedIn(stack, browser, member);
        String portalSession = portalCookie(browser);

        Api.Response ended = new Admin(stack).post("/users/" + member.id() + "/logout", java.util.Map.of());
        assertThat(ended.status()).isEqualTo(204);

        security.open(PortalSecurityPage.PATH);
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
        assertThat(portalSessionKept(stack, portalSession)).isFalse();
        new LoginPage(browser).signIn(member.kpj(), member.password());
        security.awaitAt(PortalSecurityPage.PATH);
        assertThat(security.sessions()).singleElement().satisfies(session -> assertThat(session.current()).isTrue());
    }

    @Test
    void aClaimsOfficerHasHerOwnSecurityPageAfterHerSmsCode(Stack stack, RealBrowser browser) {
        TestStaff.Staff officer = new TestStaff(stack).create("claims-officer");
        PortalSecurityPage security = new PortalSecurityPage(browser, stack);
        security.signIn(PortalSecurityPage.PATH, officer.username(), officer.password());
        new LoginPage(browser).awaitCodeForm().enterCode(stack.sms().latest(officer.phone()).code());
        security.awaitAt(PortalSecurityPage.PATH);

        assertThat(security.heading()).isEqualTo("Keamanan akun");
        assertThat(security.sessions()).singleElement().satisfies(session -> assertThat(session.current()).isTrue());
        assertThat(security.passwordStatus()).startsWith("Sudah diatur sejak");
        assertThat(security.activity()).extracting(Activity::kind).contains("SIGN_IN");
        assertThat(security.has("sessions-unavailable") || security.has("methods-unavailable") || security.has("activity-unavailable"))
                .isFalse();
        Accessibility.assertNoSeriousViolations(browser, "portal-security-officer");
    }

    /** A six-digit code that is not {@code code}. */
    private static String wrong(String code) {
        char first = code.charAt(0);
        return (first == '9' ? '0' : (char) (first + 1)) + code.substring(1);
    }

    private static PortalSecurityPage signedIn(Stack stack, RealBrowser browser, Member member) {
        PortalSecurityPage security = new PortalSecurityPage(browser, stack);
        security.signIn(PortalSecurityPage.PATH, member.kpj(), member.password());
        security.awaitAt(PortalSecurityPage.PATH);
        return security;
    }

    /** The portal's session cookie: a random id whose hash names the session's row. */
    private static String portalCookie(RealBrowser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("q_session");
        assertThat(cookie).as("the portal's session cookie").isNotNull();
        return cookie.getValue();
    }

    private static byte[] idHash(String cookie) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(("portal-session\0" + cookie).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the portal still keeps the session of that cookie (its row is named by SHA-256 of the cookie). */
    private static boolean portalSessionKept(Stack stack, String cookie) throws SQLException, NoSuchAlgorithmException {
        try (Connection db = stack.portalDatabase();
                PreparedStatement select = db.prepareStatement("select count(*) from portal_session where id_hash = ? and expires_at > now()")) {
            select.setBytes(1, idHash(cookie));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }
}

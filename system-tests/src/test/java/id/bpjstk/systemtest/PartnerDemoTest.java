package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenResponse;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.PartnerClient;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.pages.ConsentPage;
import id.bpjstk.systemtest.support.pages.portal.PortalSecurityPage;
import id.bpjstk.systemtest.support.pages.LoginPage;
import id.bpjstk.systemtest.support.pages.partner.PartnerAccountPage;
import id.bpjstk.systemtest.support.pages.partner.PartnerLandingPage;
import id.bpjstk.systemtest.support.pages.partner.PartnerSignedOutPage;
import id.bpjstk.systemtest.support.pages.portal.PortalDashboardPage;

/**
 * The demo partner app ("Koperasi Sejahtera", client partner-demo) in a real browser on the real stack: consent, single
 * sign-on with the member portal, single logout both ways, and a revoked consent asked for again.
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class PartnerDemoTest {

    static final String BALANCES_CONSENT = "Melihat saldo JHT dan JP Anda: iuran, hasil pengembangan, dan perkiraan manfaat pensiun bulanan";
    static final String SIGNED_OUT_ELSEWHERE = "Sesi Anda diakhiri dari luar Koperasi Sejahtera, misalnya karena Anda keluar dari BPJSTK di aplikasi lain.";

    @Test
    void sitiAllowsThePartnerOnceAndItShowsHerNameKpjAndTheJhtBalanceTheApiGivesHer(Stack stack, RealBrowser browser) {
        // a consent given in an earlier test of the run must not hide the screen
        new Admin(stack).delete("/users/" + userId(stack, DemoAccounts.SITI_KPJ) + "/consents/" + PartnerClient.CLIENT_ID);
        PartnerLandingPage landing = new PartnerLandingPage(browser, stack).openIt();
        assertThat(landing.language()).isEqualTo("id");
        assertThat(landing.signInButton()).isEqualTo("Masuk dengan SSO BPJSTK");
        browser.screenshot("partner-landing");
        Accessibility.assertNoSeriousViolations(browser, "partner-landing");

        landing.signInWithSso();
        new LoginPage(browser).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        ConsentPage consent = new ConsentPage(browser).await();
        assertThat(consent.requested()).contains(BALANCES_CONSENT);
        browser.screenshot("partner-consent");
        consent.accept();

        PartnerAccountPage account = new PartnerAccountPage(browser, stack).awaitShown();
        String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();
        JsonNode balances = new Api(stack.membershipUrl()).get("/api/members/me/balances", token).json();
        assertThat(account.heading()).isEqualTo("Halo, Siti Rahmawati");
        assertThat(account.name()).isEqualTo("Siti Rahmawati");
        assertThat(account.kpj()).isEqualTo(DemoAccounts.SITI_KPJ);
        assertThat(account.jhtBalance()).isEqualTo(MemberPortalTest.rupiah(balances.at("/jht/total").asLong()))
                .matches("Rp \\d{1,3}(\\.\\d{3})+");
        assertThat(browser.driver().getPageSource()).doesNotContain("eyJ").doesNotContain(DemoAccounts.SITI_NIK)
                .doesNotContain("81200000001");
        browser.screenshot("partner-account");
        Accessibility.assertNoSeriousViolations(browser, "partner-account");

        account.switchLanguage();
        account.awaitAt("/account");
        assertThat(account.heading()).isEqualTo("Hello, Siti Rahmawati");
        assertThat(account.jhtBalance()).isEqualTo(MemberPortalTest.rupiah(balances.at("/jht/total").asLong()));
        browser.screenshot("partner-account-en");
        account.switchLanguage();

        PartnerSignedOutPage signedOut = account.signOut();
        assertThat(signedOut.heading()).isEqualTo("Anda sudah keluar");
        assertThat(signedOut.elsewhere()).isEmpty();
        browser.screenshot("partner-signed-out");
        Accessibility.assertNoSeriousViolations(browser, "partner-signed-out");

        // Keycloak remembers her consent: signing in again asks for the password (her session ended), not for consent
        signedOut.signInAgain();
        new LoginPage(browser).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        account.awaitShown();
        assertThat(account.kpj()).isEqualTo(DemoAccounts.SITI_KPJ);

        assertThat(stack.log("partner-demo")).doesNotContain("eyJ").doesNotContain(DemoAccounts.SITI_NIK)
                .doesNotContain("81200000001").doesNotContain(DemoAccounts.SITI_PASSWORD);
    }

    @Test
    void aMemberSignedInToThePortalIsAskedOnlyForConsentAndTheSecondTimeForNothing(Stack stack, RealBrowser browser) {
        TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
        PortalDashboardPage portal = new PortalDashboardPage(browser, stack);
        portal.signIn("/", member.kpj(), member.password());
        portal.awaitAt("/");

        PartnerLandingPage landing = new PartnerLandingPage(browser, stack).openIt();
        landing.signInWithSso();
        ConsentPage consent = new ConsentPage(browser).await();
        assertThat(browser.driver().findElements(LoginPage.PASSWORD_FORM)).as("no password form").isEmpty();
        consent.accept();
        PartnerAccountPage account = new PartnerAccountPage(browser, stack).awaitShown();
        assertThat(account.kpj()).isEqualTo(member.kpj());

        // the partner's own session gone (expired, say): Keycloak's session and her consent take her straight back
        account.forgetOwnSession();
        landing.openIt();
        landing.signInWithSso();
        account.awaitShown();
        assertThat(account.kpj()).isEqualTo(member.kpj());
        // and the portal's session is still hers
        portal.open("/");
        portal.awaitAt("/");
    }

    @Test
    void signingOutOfThePartnerEndsThePortalSessionToo(Stack stack, RealBrowser browser) {
        TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
        PortalDashboardPage portal = new PortalDashboardPage(browser, stack);
        portal.signIn("/", member.kpj(), member.password());
        portal.awaitAt("/");
        PartnerLandingPage landing = new PartnerLandingPage(browser, stack).openIt();
        landing.signInWithSso();
        new ConsentPage(browser).await().accept();
        PartnerAccountPage account = new PartnerAccountPage(browser, stack).awaitShown();

        account.signOut();

        portal.open("/");
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
    }

    @Test
    void signingOutOfThePortalEndsThePartnerSessionWhichSaysSoOnItsNextPage(Stack stack, RealBrowser browser) {
        TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
        PartnerLandingPage landing = new PartnerLandingPage(browser, stack).openIt();
        landing.signInWithSso();
        new LoginPage(browser).signIn(member.kpj(), member.password());
        new ConsentPage(browser).await().accept();
        PartnerAccountPage account = new PartnerAccountPage(browser, stack).awaitShown();
        PortalDashboardPage portal = new PortalDashboardPage(browser, stack);
        portal.open("/");
        portal.awaitAt("/");

        portal.signOut();

        account.open("/account");
        PartnerSignedOutPage signedOut = new PartnerSignedOutPage(browser, stack);
        signedOut.awaitShown();
        assertThat(signedOut.heading()).isEqualTo("Anda sudah keluar");
        assertThat(signedOut.elsewhere()).isEqualTo(SIGNED_OUT_ELSEWHERE);
        assertThat(signedOut.cookieNames()).noneMatch(name -> name.startsWith("q_session_Default_partner"))
                .doesNotContain("partner_sso");
        browser.screenshot("partner-signed-out-elsewhere");
        Accessibility.assertNoSeriousViolations(browser, "partner-signed-out-elsewhere");

        signedOut.signInAgain();
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
    }

    @Test
    void aConsentWithdrawnOnThePortalsSecurityPageRefusesThePartnersRefreshTokenAndIsAskedForAgain(Stack stack, RealBrowser browser) {
        TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
        PartnerClient client = new PartnerClient(stack);
        PartnerClient.Session session = client.signIn(member.kpj(), member.password());
        assertThat(client.refresh(session.refreshToken()).indicatesSuccess()).isTrue();
        PartnerLandingPage landing = new PartnerLandingPage(browser, stack).openIt();
        landing.signInWithSso();
        new LoginPage(browser).signIn(member.kpj(), member.password());
        // she allowed it already (above): no consent screen
        PartnerAccountPage account = new PartnerAccountPage(browser, stack).awaitShown();

        // she sees the partner and what it may see on the portal's security page (no password: her Keycloak session
        // holds), and withdraws it there
        PortalSecurityPage security = new PortalSecurityPage(browser, stack).show();
        assertThat(security.partners()).singleElement().satisfies(partner -> {
            assertThat(partner.name()).contains("Koperasi Sejahtera");
            assertThat(partner.scopes()).contains("saldo JHT dan JP");
        });
        browser.screenshot("portal-security-partner");
        Accessibility.assertNoSeriousViolations(browser, "portal-security-partners");
        security.revokePartner(PartnerClient.CLIENT_ID);
        assertThat(security.notice()).startsWith("Izin sudah dicabut");
        assertThat(security.partners()).isEmpty();

        TokenResponse refused = client.refresh(session.refreshToken());
        assertThat(refused.indicatesSuccess()).isFalse();
        assertThat(refused.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
        // Keycloak ended the partner's sessions with the consent (back-channel logout): the app says so
        account.open("/account");
        PartnerSignedOutPage signedOut = new PartnerSignedOutPage(browser, stack);
        signedOut.awaitShown();
        assertThat(signedOut.elsewhere()).isEqualTo(SIGNED_OUT_ELSEWHERE);
        // her Keycloak session lasts, so no password, but the consent screen again
        signedOut.signInAgain();
        ConsentPage consent = new ConsentPage(browser).await();
        assertThat(consent.requested()).contains(BALANCES_CONSENT);
        consent.accept();
        account.awaitShown();
        assertThat(account.kpj()).isEqualTo(member.kpj());
    }

    private static String userId(Stack stack, String username) {
        return new Admin(stack).get("/users?exact=true&username=" + username).json().get(0).get("id").asText();
    }
}

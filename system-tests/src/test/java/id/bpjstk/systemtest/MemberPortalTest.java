package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.pages.LoginPage;
import id.bpjstk.systemtest.support.pages.portal.PortalDashboardPage;

/**
 * The member portal in a real browser on the real stack: a member signs in through Keycloak (client member-web), her
 * home page shows what the services answer, and signing out ends Keycloak's session too.
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class MemberPortalTest {

    @Test
    void sitiSignsInAndHerHomePageShowsTheFiguresTheServicesGiveHer(Stack stack, RealBrowser browser) {
        PortalDashboardPage home = new PortalDashboardPage(browser, stack);
        home.signIn("/", DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        home.awaitAt("/");

        String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();
        JsonNode balances = new Api(stack.membershipUrl()).get("/api/members/me/balances", token).json();
        JsonNode latest = new Api(stack.membershipUrl()).get("/api/members/me/contributions?page=0&size=1", token).json();

        assertThat(home.language()).isEqualTo("id");
        assertThat(home.heading()).isEqualTo("Selamat datang, Siti Rahmawati");
        assertThat(home.kpj()).isEqualTo(DemoAccounts.SITI_KPJ);
        assertThat(home.jhtTotal()).isEqualTo(rupiah(balances.at("/jht/total").asLong()));
        assertThat(home.jpAccrued()).isEqualTo(rupiah(balances.at("/jp/contributions").asLong()));
        assertThat(home.jpMonthly()).isEqualTo(rupiah(balances.at("/jp/estimatedMonthlyBenefit").asLong()));
        assertThat(home.latestTotal()).isEqualTo(rupiah(latest.at("/items/0/total").asLong()));
        assertThat(home.jhtTotal()).matches("Rp \\d{1,3}(\\.\\d{3})+");
        assertThat(home.menu()).containsExactly("Beranda", "Iuran", "E-statement", "Profil", "Klaim", "Keamanan");
        assertThat(browser.driver().getPageSource()).doesNotContain(token.substring(0, 40))
                .doesNotContain(DemoAccounts.SITI_NIK).doesNotContain("+6281200000001").doesNotContain("81200000001");
        browser.screenshot("dashboard");
        Accessibility.assertNoSeriousViolations(browser, "portal-dashboard");

        home.switchLanguage();
        home.awaitAt("/");
        assertThat(home.language()).isEqualTo("en");
        assertThat(home.heading()).isEqualTo("Welcome, Siti Rahmawati");
        assertThat(home.jhtTotal()).isEqualTo(rupiah(balances.at("/jht/total").asLong()));
        browser.screenshot("dashboard-en");
        home.switchLanguage();
        home.awaitAt("/");
        assertThat(home.language()).isEqualTo("id");
    }

    @Test
    void signingOutOfThePortalEndsTheKeycloakSessionToo(Stack stack, RealBrowser browser) {
        PortalDashboardPage home = new PortalDashboardPage(browser, stack);
        home.signIn("/", DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        home.awaitAt("/");

        home.signOut();
        assertThat(home.heading()).isEqualTo("Anda sudah keluar");
        browser.screenshot("signed-out");
        Accessibility.assertNoSeriousViolations(browser, "portal-signed-out");

        // no SSO session left: the portal, and Keycloak's own account console, ask for the password again
        home.open("/");
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
        browser.get(stack.realmUrl().resolve("/realms/" + Stack.REALM + "/account/"));
        browser.awaitVisible(LoginPage.PASSWORD_FORM);
    }

    @Test
    void aMemberWhosePortalSessionEndedGoesThroughSignInAndBackToThePageSheAskedFor(Stack stack, RealBrowser browser) throws Exception {
        PortalDashboardPage home = new PortalDashboardPage(browser, stack);
        home.signIn("/", DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD);
        home.awaitAt("/");

        // the portal's session ends (as when it expires): Keycloak's still holds, so she is back without a password
        endPortalSessions(stack);
        home.open("/security");
        home.awaitAt("/security");

        // both end: Keycloak asks for the password, then she lands on the page she asked for
        endPortalSessions(stack);
        new id.bpjstk.systemtest.support.Admin(stack).post("/users/" + userId(stack, DemoAccounts.MADE_KPJ) + "/logout", java.util.Map.of());
        home.open("/security");
        new LoginPage(browser).signIn(DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD);
        home.awaitAt("/security");
    }

    @Test
    void thePortalsLogHoldsNoTokenNoNikAndNoFullPhoneNumber(Stack stack, RealBrowser browser) {
        PortalDashboardPage home = new PortalDashboardPage(browser, stack);
        home.signIn("/", DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        home.awaitAt("/");
        home.open("/no-such-page");
        assertThat(home.heading()).isEqualTo("Tidak ditemukan");
        browser.screenshot("not-found");
        Accessibility.assertNoSeriousViolations(browser, "portal-not-found");
        home.signOut();

        String log = stack.log("member-portal");
        assertThat(log).doesNotContain("eyJ").doesNotContain(DemoAccounts.SITI_NIK).doesNotContain("81200000001")
                .doesNotContain(DemoAccounts.SITI_PASSWORD);
    }

    private static void endPortalSessions(Stack stack) throws java.sql.SQLException {
        try (java.sql.Connection db = stack.portalDatabase(); java.sql.Statement statement = db.createStatement()) {
            statement.executeUpdate("delete from portal_session");
        }
    }

    private static String userId(Stack stack, String username) {
        return new id.bpjstk.systemtest.support.Admin(stack).get("/users?exact=true&username=" + username).json().get(0).get("id").asText();
    }

    static String rupiah(long amount) {
        return "Rp " + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id"))).format(amount);
    }
}

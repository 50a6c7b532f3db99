package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.DemoAccounts.SITI_KPJ;
import static id.bpjstk.systemtest.DemoAccounts.SITI_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Documents;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestStaff;
import id.bpjstk.systemtest.support.pages.ConsentPage;
import id.bpjstk.systemtest.support.pages.LoginPage;

/**
 * What a token may do is the scopes it was granted. A partner app (client partner-demo) signs a member in through
 * the consent screen and reads what she consented to, nothing more, and never reaches claims-service (asking for a
 * scope it may not have is refused at its pushed authorization request, before any sign-in); the member portal's token carries every member scope
 * and reaches every member operation. Each member here is one of the test's own, so that every sign-in meets the
 * consent screen afresh.
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class PartnerScopesTest {

    private static final String PARTNER = "partner-demo";
    private static final List<String> MEMBER_SCOPES = List.of("membership", "balances.read", "contributions.read",
            "contact.write", "claims.read", "claims.write");

    /** One sign-in of the partner app: what the consent screen asked for, and the tokens once she accepted. */
    private record PartnerSignIn(List<String> consentScreen, Oidc.Tokens tokens) {
        String accessToken() {
            return tokens.accessToken();
        }

        JsonNode access() {
            return tokens.access();
        }
    }

    @Test
    void aPartnerGrantedOnlyTheMembershipReadsTheProfileAndIsRefusedTheBalancesForWantOfTheScope(Stack stack) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        Api membership = new Api(stack.membershipUrl());

        PartnerSignIn partner = partnerSignsIn(stack, member, "openid", "id");

        assertThat(partner.consentScreen()).anyMatch(line -> line.startsWith("Nomor peserta (KPJ) dan data kepesertaan Anda"));
        assertThat(partner.consentScreen()).noneMatch(line -> line.contains("saldo") || line.contains("klaim"));
        assertThat(scopes(partner.access())).contains("membership")
                .doesNotContain("balances.read", "contributions.read", "contact.write", "claims.read", "claims.write");
        assertThat(Oidc.audiences(partner.access())).containsExactly("membership-service");

        Api.Response profile = membership.get("/api/members/me", partner.accessToken());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("membershipNumber").asText()).isEqualTo(member.kpj());

        assertInsufficientScope(membership.get("/api/members/me/balances", partner.accessToken()), "balances.read");
        assertInsufficientScope(membership.get("/api/members/me/contributions", partner.accessToken()), "contributions.read");
        assertInsufficientScope(membership.get("/api/members/me/statement?year=" + Year.now().getValue(), partner.accessToken()),
                "contributions.read");
        String addressBefore = profile.json().path("address").asText(null);
        assertInsufficientScope(membership.put("/api/members/me/contact", partner.accessToken(),
                Map.of("address", "Jl. Mitra No. 1, Jakarta", "correspondenceEmail", "mitra@example.test")), "contact.write");
        assertThat(membership.get("/api/members/me", partner.accessToken()).json().path("address").asText(null))
                .as("the refused change changed nothing").isEqualTo(addressBefore);
    }

    @Test
    void aPartnerReadsTheBalancesOnceTheMemberConsentedToThemInEnglish(Stack stack) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        Api membership = new Api(stack.membershipUrl());

        PartnerSignIn partner = partnerSignsIn(stack, member, "openid balances.read", "en");

        assertThat(partner.consentScreen()).contains(
                "See your JHT and JP balances: contributions, investment returns and estimated monthly pension");
        assertThat(partner.consentScreen()).anyMatch(line -> line.startsWith("Your membership number (KPJ) and membership record"));
        assertThat(scopes(partner.access())).contains("membership", "balances.read").doesNotContain("contributions.read");

        Api.Response balances = membership.get("/api/members/me/balances", partner.accessToken());
        assertThat(balances.status()).isEqualTo(200);
        assertThat(balances.json().has("jht")).isTrue();
        assertThat(membership.get("/api/members/me", partner.accessToken()).status()).isEqualTo(200);
        assertInsufficientScope(membership.get("/api/members/me/contributions", partner.accessToken()), "contributions.read");
    }

    @Test
    void theMemberReadsOnTheConsentScreenWhatThePartnerAsksForInHerWordsAndLetsItHaveJustThat(Stack stack,
            RealBrowser browser) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        Oidc oidc = new Oidc(stack);
        Oidc.AuthorizationRequest request = oidc.pushedAuthorizationRequest(PARTNER, stack.partnerDemoSecret(),
                partnerRedirect(stack), "openid profile balances.read contributions.read", Map.of());

        browser.get(request.uri());
        new LoginPage(browser).signIn(member.kpj(), member.account().password());
        ConsentPage consent = new ConsentPage(browser).await();

        // her membership data first, then the rest in the order of the API scopes
        assertThat(consent.requested().get(0)).startsWith("Nomor peserta (KPJ) dan data kepesertaan Anda");
        assertThat(consent.requested().subList(1, 3)).containsExactly(
                "Melihat saldo JHT dan JP Anda: iuran, hasil pengembangan, dan perkiraan manfaat pensiun bulanan",
                "Melihat riwayat iuran bulanan Anda dan mengunduh e-statement tahunan Anda");
        assertThat(consent.requested()).noneMatch(line -> line.contains("klaim") || line.contains("alamat surat"));
        browser.screenshot("partner-consent");
        Accessibility.assertNoSeriousViolations(browser, "partner-consent");

        consent.accept();
        URI back = browser.await("the browser back at the partner", driver -> {
            URI now = browser.currentUri();
            return now.getPort() == stack.partnerUrl().getPort() && now.getRawQuery() != null
                    && now.getRawQuery().contains("code=") ? now : null;
        });
        JsonNode access = oidc.exchange(request, back, stack.partnerDemoSecret()).access();
        assertThat(scopes(access)).contains("membership", "profile", "balances.read", "contributions.read")
                .doesNotContain("contact.write", "claims.read", "claims.write");
    }

    @Test
    void aMemberWhoDeclinesGivesThePartnerNoCode(Stack stack) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        Oidc.AuthorizationRequest request = new Oidc(stack).pushedAuthorizationRequest(PARTNER, stack.partnerDemoSecret(),
                partnerRedirect(stack), "openid balances.read", Map.of());
        Browser browser = new Browser(stack.keycloakUrl());
        Browser.Page consent = browser.submit(browser.get(request.uri()).form("kc-form-login")
                .with("username", member.kpj()).with("password", member.account().password()));

        Browser.Page declined = browser.submit(consent.formWithin("kc-oauth").with("cancel", ""));

        assertThat(declined.leftOrigin()).isTrue();
        Map<String, String> query = Oidc.query(declined.redirect());
        assertThat(query.get("error")).isEqualTo("access_denied");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void aPartnerAskingForAScopeItMayNotHaveIsRefusedBeforeAnySignIn(Stack stack) {
        Oidc oidc = new Oidc(stack);
        for (String scope : List.of("claims.read", "claims.write", "contact.write", "claims-service")) {
            // partner-demo pushes its requests (PAR): the refusal is the pushed request's answer, no browser involved;
            // Keycloak's PAR endpoint reports a scope check as invalid_request, naming the scopes
            Oidc.Pushed answer = oidc.push(PARTNER, stack.partnerDemoSecret(), partnerRedirect(stack), "openid " + scope, Map.of());

            assertThat(answer.status()).as(scope).isEqualTo(400);
            assertThat(answer.body().path("error").asText()).as(scope).isEqualTo("invalid_request");
            assertThat(answer.body().path("error_description").asText()).as(scope).contains(scope);
            assertThat(answer.body().has("request_uri")).as(scope).isFalse();
            assertThat(answer.request()).as(scope).isNull();
        }
    }

    @Test
    void aPartnerTokenWithEverythingItMayBeGrantedNeverReachesClaimsService(Stack stack) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        Api claims = new Api(stack.claimsUrl());

        PartnerSignIn partner = partnerSignsIn(stack, member, "openid profile balances.read contributions.read", "id");

        assertThat(partner.consentScreen()).contains("Melihat riwayat iuran bulanan Anda dan mengunduh e-statement tahunan Anda",
                "Melihat saldo JHT dan JP Anda: iuran, hasil pengembangan, dan perkiraan manfaat pensiun bulanan");
        assertThat(partner.consentScreen()).noneMatch(line -> line.contains("klaim") || line.contains("alamat surat"));
        assertThat(scopes(partner.access())).contains("membership", "profile", "balances.read", "contributions.read")
                .doesNotContain("claims.read", "claims.write", "contact.write");
        assertThat(Oidc.audiences(partner.access())).containsExactly("membership-service");

        for (String path : List.of("/api/claim-types", "/api/claims", "/api/officer/claims")) {
            Api.Response refused = claims.get(path, partner.accessToken());
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.json().get("code").asText()).as(path).isEqualTo("invalid_token");
        }
        Api.Response create = claims.post("/api/claims", partner.accessToken(), claimBody(), Map.of("Idempotency-Key",
                UUID.randomUUID().toString()));
        assertThat(create.status()).isEqualTo(401);
        assertThat(new Api(stack.membershipUrl()).get("/api/members/me/contributions", partner.accessToken()).status())
                .as("what she consented to, it reads").isEqualTo(200);
    }

    @Test
    void theMemberPortalsTokenCarriesEveryMemberScopeAndReachesEveryMemberOperation(Stack stack) {
        Api membership = new Api(stack.membershipUrl());
        Api claims = new Api(stack.claimsUrl());

        String siti = new Oidc(stack).signIn(SITI_KPJ, SITI_PASSWORD).accessToken();
        assertThat(scopes(Oidc.payload(siti))).containsAll(MEMBER_SCOPES);
        assertThat(Oidc.audiences(Oidc.payload(siti))).contains("membership-service", "claims-service");
        for (String path : List.of("/api/members/me", "/api/members/me/balances", "/api/members/me/contributions",
                "/api/members/me/statement?year=2025")) {
            assertThat(membership.get(path, siti).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/claim-types", "/api/claims")) {
            assertThat(claims.get(path, siti).status()).as(path).isEqualTo(200);
        }

        // the changes, at a recent level 2, by a member of the test's own
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page codePage = login.password(member.kpj(), member.account().password(), Map.of("acr_values", "2"));
        String levelTwo = login.tokens(login.code(codePage, stack.sms().latest(member.account().phone()).code())).accessToken();
        assertThat(scopes(Oidc.payload(levelTwo))).containsAll(MEMBER_SCOPES);

        Api.Response contact = membership.put("/api/members/me/contact", levelTwo,
                Map.of("address", "Jl. Portal No. 8, Bandung 40115", "correspondenceEmail", "portal-" + member.kpj() + "@example.test"));
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("address").asText()).isEqualTo("Jl. Portal No. 8, Bandung 40115");

        Api.Response created = claims.post("/api/claims", levelTwo, claimBody(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).isEqualTo(201);
        String claim = "/api/claims/" + created.json().get("id").asText();
        Api.Response uploaded = claims.upload(claim + "/documents", levelTwo, Map.of("type", "KTP"), "file", "ktp.pdf",
                "application/pdf", Documents.pdf("KTP " + member.kpj()));
        assertThat(uploaded.status()).isEqualTo(201);
        String document = claim + "/documents/" + uploaded.json().get("id").asText();
        assertThat(claims.get(claim, levelTwo).status()).isEqualTo(200);
        assertThat(claims.get(document, levelTwo).status()).isEqualTo(200);
        assertThat(claims.delete(document, levelTwo).status()).isEqualTo(204);
        Api.Response submit = claims.post(claim + "/submit", levelTwo, Map.of());
        assertThat(submit.status()).as("past every check, to the documents the claim still lacks").isEqualTo(409);
        assertThat(submit.json().get("code").asText()).isEqualTo("documents_missing");
        assertThat(claims.post(claim + "/cancel", levelTwo, Map.of()).status()).isEqualTo(200);

        // officers work in the portal too: its token reads the queue and decides
        TestStaff staff = new TestStaff(stack);
        String officer = staff.signInAtLevelTwo(staff.create("claims-officer")).accessToken();
        assertThat(scopes(Oidc.payload(officer))).contains("claims.read", "claims.write");
        assertThat(claims.get("/api/officer/claims", officer).status()).isEqualTo(200);
        String officerClaim = claim.replace("/api/claims/", "/api/officer/claims/");
        assertThat(claims.get(officerClaim, officer).status()).isEqualTo(200);
        Api.Response verify = claims.post(officerClaim + "/verify", officer, Map.of());
        assertThat(verify.status()).as("a cancelled claim: past the scope and level checks to the claim's status").isEqualTo(409);
        assertThat(verify.json().get("code").asText()).isEqualTo("invalid_transition");
    }

    /**
     * The partner app's sign-in as the member's browser goes through it: the authorization request (code + PKCE) in
     * the language asked for, her KPJ and password, the consent screen, which she accepts; then the partner's back end
     * exchanges the code with its secret.
     */
    private static PartnerSignIn partnerSignsIn(Stack stack, TestMembers.RegisteredMember member, String scope, String language) {
        Oidc oidc = new Oidc(stack);
        Browser browser = new Browser(stack.keycloakUrl());
        Oidc.AuthorizationRequest request = oidc.pushedAuthorizationRequest(PARTNER, stack.partnerDemoSecret(),
                partnerRedirect(stack), scope, Map.of("ui_locales", language));
        Browser.Page login = browser.get(request.uri());
        Browser.Page consent = browser.submit(login.form("kc-form-login")
                .with("username", member.kpj()).with("password", member.account().password()));
        assertThat(consent.leftOrigin()).as("the partner app asks for consent first").isFalse();
        List<String> asked = consent.document().select("#kc-oauth li").eachText();
        assertThat(asked).as("the consent screen lists what the partner asks for").isNotEmpty();

        Browser.Page accepted = browser.submit(consent.formWithin("kc-oauth").with("accept", ""));
        assertThat(accepted.leftOrigin()).as("accepted, the browser goes back to the partner").isTrue();
        return new PartnerSignIn(asked, oidc.exchange(request, accepted.redirect(), stack.partnerDemoSecret()));
    }

    /** Where the partner app of this run takes its codes (the Stack points partner-demo's redirect URIs at it). */
    private static String partnerRedirect(Stack stack) {
        return stack.partnerUrl() + "/callback";
    }

    private static Set<String> scopes(JsonNode access) {
        return Set.of(access.path("scope").asText().split(" "));
    }

    /** 403 {@code insufficient_scope} with the RFC 6750 challenge naming the scope. */
    private static void assertInsufficientScope(Api.Response response, String scope) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("insufficient_scope");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
    }

    private static Map<String, String> claimBody() {
        return Map.of("type", "JKK", "reason", "JKK_WORK_ACCIDENT", "bankName", "Bank Rakyat Indonesia",
                "bankAccountNumber", "0123456789");
    }
}

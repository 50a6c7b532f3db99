package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.DemoAccounts.SITI_EMAIL;
import static id.bpjstk.systemtest.DemoAccounts.SITI_KPJ;
import static id.bpjstk.systemtest.DemoAccounts.SITI_NIK;
import static id.bpjstk.systemtest.DemoAccounts.SITI_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;

/** Siti signs in through the real login page with the member portal and uses her token at membership-service. */
@ExtendWith(StackExtension.class)
class MemberSignInTest {

    @Test
    void sitiSignsInWithHerKpjAndGetsAMemberTokenForTheServices(Stack stack) {
        Oidc.Tokens tokens = new Oidc(stack).signIn(SITI_KPJ, SITI_PASSWORD);

        JsonNode access = tokens.access();
        assertThat(access.get("iss").asText()).isEqualTo(stack.realmUrl().toString());
        assertThat(access.get("azp").asText()).isEqualTo(Oidc.MEMBER_PORTAL);
        assertThat(access.get("membership_number").asText()).isEqualTo(SITI_KPJ);
        assertThat(access.get("preferred_username").asText()).isEqualTo(SITI_KPJ);
        assertThat(access.get("acr").asText()).isEqualTo("1");
        assertThat(access.get("sub").asText()).isNotBlank();
        assertThat(Oidc.audiences(access)).contains("membership-service", "claims-service");
        assertThat(access.at("/realm_access/roles")).extracting(JsonNode::asText).contains("member");
        // Only the scopes that ask for them carry name, email, phone and category.
        assertThat(access.has("name")).isFalse();
        assertThat(access.has("email")).isFalse();
        assertThat(access.has("phone_number")).isFalse();
        assertThat(access.has("participant_category")).isFalse();
        assertThat(tokens.id().get("membership_number").asText()).isEqualTo(SITI_KPJ);
        assertThat(tokens.response().toString()).doesNotContain(SITI_NIK);
    }

    @Test
    void sitiSignsInWithHerEmailAndTheScopesSheConsentsToAddNameEmailPhoneAndCategory(Stack stack) {
        Oidc.Tokens tokens = new Oidc(stack).signIn(SITI_EMAIL, SITI_PASSWORD, "openid profile email phone participant-category");

        JsonNode access = tokens.access();
        assertThat(access.get("preferred_username").asText()).isEqualTo(SITI_KPJ);
        assertThat(access.get("membership_number").asText()).isEqualTo(SITI_KPJ);
        assertThat(access.get("name").asText()).isEqualTo("Siti Rahmawati");
        assertThat(access.get("email").asText()).isEqualTo(SITI_EMAIL);
        assertThat(access.get("phone_number").asText()).isEqualTo("+6281200000001");
        assertThat(access.get("participant_category").asText()).isEqualTo("PU");
        assertThat(tokens.response().toString()).doesNotContain(SITI_NIK);
    }

    @Test
    void sitisTokenReadsHerProfileBalancesContributionsAndStatement(Stack stack) throws IOException {
        String token = new Oidc(stack).signIn(SITI_KPJ, SITI_PASSWORD).accessToken();
        Api membership = new Api(stack.membershipUrl());

        Api.Response profile = membership.get("/api/members/me", token);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("membershipNumber").asText()).isEqualTo(SITI_KPJ);
        assertThat(profile.json().get("name").asText()).isEqualTo("Siti Rahmawati");
        assertThat(profile.json().get("participantCategory").asText()).isEqualTo("PU");
        assertThat(new String(profile.bytes())).doesNotContain(SITI_NIK);

        JsonNode balances = membership.get("/api/members/me/balances", token).json();
        long jhtContributions = balances.at("/jht/contributions").asLong();
        long jhtReturns = balances.at("/jht/investmentReturns").asLong();
        assertThat(jhtContributions).isPositive();
        assertThat(balances.at("/jht/total").asLong()).isEqualTo(jhtContributions + jhtReturns);
        assertThat(balances.at("/jp/contributions").asLong()).isPositive();
        assertThat(balances.at("/jp/estimatedMonthlyBenefit").asLong()).isPositive();

        Api.Response contributions = membership.get("/api/members/me/contributions?from=2023-01&to=2025-12&page=0&size=12", token);
        assertThat(contributions.status()).isEqualTo(200);
        assertThat(contributions.json().get("totalItems").asInt()).isEqualTo(36);
        assertThat(contributions.json().get("totalPages").asInt()).isEqualTo(3);
        assertThat(contributions.json().get("items")).hasSize(12);
        assertThat(contributions.json().at("/items/0/period").asText()).isEqualTo("2025-12");

        Api.Response statement = membership.get("/api/members/me/statement?year=2025", token);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(statement.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Siti Rahmawati", SITI_KPJ, "2025").doesNotContain(SITI_NIK);
        }
    }

    @Test
    void aWrongPasswordKeepsTheMemberOnTheLoginPageWithoutACode(Stack stack) {
        Oidc oidc = new Oidc(stack);
        Browser browser = new Browser(stack.keycloakUrl());
        Oidc.AuthorizationRequest request = oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT, "openid");

        Browser.Page login = browser.get(request.uri());
        Browser.Page result = browser.submit(login.form("kc-form-login")
                .with("username", DemoAccounts.MADE_KPJ).with("password", "Bukan!Sandi-Made"));

        assertThat(result.leftOrigin()).isFalse();
        assertThat(result.document().getElementById("kc-form-login")).isNotNull();
        assertThat(result.body()).contains(LockoutTest.WRONG_PASSWORD);
    }

    @Test
    void theLoginPageSpeaksIndonesianByDefaultAndEnglishOnRequest(Stack stack) {
        // No Accept-Language header: the realm's default locale decides.
        Oidc oidc = new Oidc(stack);
        Browser.Page indonesian = new Browser(stack.keycloakUrl())
                .get(oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT, "openid").uri());
        assertThat(indonesian.document().select("html").attr("lang")).isEqualTo("id");
        assertThat(indonesian.body()).contains("Masuk ke akun BPJS Ketenagakerjaan Anda");

        Browser.Page english = new Browser(stack.keycloakUrl()).get(oidc.authorizationRequest(Oidc.MEMBER_PORTAL,
                Oidc.MEMBER_PORTAL_REDIRECT, "openid", java.util.Map.of("ui_locales", "en")).uri());
        assertThat(english.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(english.body()).contains("Sign in to your BPJS Ketenagakerjaan account");
    }
}

package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.DemoAccounts.SITI_KPJ;
import static id.bpjstk.systemtest.DemoAccounts.SITI_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;

/** The realm as imported from realm-config: grants, PKCE, redirect URIs, password policy, brute-force protection. */
@ExtendWith(StackExtension.class)
@SuppressWarnings("unchecked")
class RealmPolicyTest {

    @Test
    void theMemberPortalCannotUseTheDirectPasswordGrant(Stack stack) {
        Oidc.TokenResponse response = new Oidc(stack).tokenRequest(Map.of("grant_type", "password",
                "client_id", Oidc.MEMBER_PORTAL, "username", SITI_KPJ, "password", SITI_PASSWORD, "scope", "openid"));

        assertThat(response.status()).isBetween(400, 401);
        assertThat(response.body().get("error").asText()).isEqualTo("unauthorized_client");
        assertThat(response.body().has("access_token")).isFalse();
    }

    @Test
    void noClientOfTheRealmTakesAPasswordAloneNotEvenKeycloaksOwnCommandLineClient(Stack stack) {
        for (String client : List.of("admin-cli", "account", "account-console")) {
            Oidc.TokenResponse response = new Oidc(stack).tokenRequest(Map.of("grant_type", "password",
                    "client_id", client, "username", SITI_KPJ, "password", SITI_PASSWORD));
            assertThat(response.body().has("access_token")).as(client).isFalse();
        }
    }

    @Test
    void theMemberPortalCannotUseTheDeviceGrant(Stack stack) {
        Oidc.TokenResponse response = new Oidc(stack).tokenRequest(stack.realmUrl() + "/protocol/openid-connect/auth/device",
                Map.of("client_id", Oidc.MEMBER_PORTAL));

        assertThat(response.status()).isBetween(400, 401);
        assertThat(response.body().get("error").asText()).isEqualTo("unauthorized_client");
        assertThat(response.body().has("device_code")).isFalse();
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsSentBackWithAnError(Stack stack) {
        URI withoutPkce = URI.create(stack.realmUrl() + "/protocol/openid-connect/auth?" + Oidc.form(Map.of(
                "client_id", Oidc.MEMBER_PORTAL, "response_type", "code", "scope", "openid",
                "redirect_uri", Oidc.MEMBER_PORTAL_REDIRECT, "state", "s1")));

        Browser.Page page = new Browser(stack.keycloakUrl()).get(withoutPkce);

        assertThat(page.leftOrigin()).isTrue();
        Map<String, String> query = Oidc.query(page.redirect());
        assertThat(query.get("error")).isEqualTo("invalid_request");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void plainPkceIsRefused(Stack stack) {
        Oidc oidc = new Oidc(stack);
        URI plain = oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT, "openid",
                Map.of("code_challenge_method", "plain")).uri();

        Browser.Page page = new Browser(stack.keycloakUrl()).get(plain);

        assertThat(page.leftOrigin()).isTrue();
        assertThat(Oidc.query(page.redirect()).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void anUnregisteredRedirectUriIsNeverFollowed(Stack stack) {
        URI request = new Oidc(stack).authorizationRequest(Oidc.MEMBER_PORTAL, "https://attacker.example/callback", "openid").uri();

        Browser.Page page = new Browser(stack.keycloakUrl()).get(request);

        assertThat(page.leftOrigin()).isFalse();
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().getElementById("kc-form-login")).isNull();
    }

    @Test
    void thePartnerAppMustAskForConsent(Stack stack) {
        JsonNode partner = client(stack, "partner-demo");
        assertThat(partner.get("consentRequired").asBoolean()).isTrue();
        assertThat(partner.get("publicClient").asBoolean()).isFalse();
        assertThat(partner.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        // the realm file's http://localhost:8084/* (RealmDefinitionTest), moved to this run's partner app by the Stack
        assertThat(partner.get("redirectUris")).extracting(JsonNode::asText).containsExactly(stack.partnerUrl() + "/*");
    }

    @Test
    void passwordsFromTheBlocklistOrTooShortOrEqualToTheKpjAreRefused(Stack stack) {
        Admin admin = new Admin(stack);
        String kpj = "11000000990";
        Api.Response created = admin.post("/users", Map.of("username", kpj, "enabled", true, "email", "policy-check@example.test",
                "firstName", "Uji", "lastName", "Kebijakan"));
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        String userPath = location.substring(location.indexOf("/users/"));
        try {
            for (String refused : List.of("1qaz2wsx3edc", "qwertyuiop123", "bpjsketenagakerjaan", "Pendek!2026", kpj)) {
                Api.Response reset = admin.put(userPath + "/reset-password", Map.of("type", "password", "value", refused, "temporary", false));
                assertThat(reset.status()).as("password %s", refused).isEqualTo(400);
            }
            Api.Response tooLong = admin.put(userPath + "/reset-password", Map.of("type", "password", "value", "a".repeat(129), "temporary", false));
            assertThat(tooLong.status()).isEqualTo(400);

            Api.Response accepted = admin.put(userPath + "/reset-password",
                    Map.of("type", "password", "value", "kopi tubruk di pagi hari", "temporary", false));
            assertThat(accepted.status()).isEqualTo(204);
        } finally {
            admin.delete(userPath);
        }
    }

    @Test
    void theAdminApiRefusesAMalformedKpjOrMobileNumberLikeTheRegistrationPage(Stack stack) {
        TestMembers.Member member = new TestMembers(stack).create();
        Admin admin = new Admin(stack);
        JsonNode user = admin.get("/users/" + member.id()).json();

        for (Map.Entry<String, String> bad : Map.of("membershipNumber", "1100000001", "phoneNumber", "0812-0000-0001").entrySet()) {
            Map<String, Object> update = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(user, Map.class);
            Map<String, Object> attributes = new java.util.HashMap<>((Map<String, Object>) update.get("attributes"));
            attributes.put(bad.getKey(), List.of(bad.getValue()));
            update.put("attributes", attributes);

            Api.Response refused = admin.put("/users/" + member.id(), update);

            assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(new String(refused.bytes())).contains(bad.getKey());
        }
        assertThat(admin.get("/users/" + member.id()).json().at("/attributes/membershipNumber/0").asText()).isEqualTo(member.kpj());
    }

    @Test
    void noClientOfTheRealmTestsCredentialsOutsideTheLoginPagesDirectGrantDeviceAndCibaAreOff(Stack stack) {
        JsonNode clients = new Admin(stack).get("/clients").json();
        assertThat(clients).isNotEmpty();
        for (JsonNode client : clients) {
            String id = client.get("clientId").asText();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id + " direct grant").isFalse();
            assertThat(client.path("attributes").path("oauth2.device.authorization.grant.enabled").asText()).as(id + " device").isNotEqualTo("true");
            assertThat(client.path("attributes").path("oidc.ciba.grant.enabled").asText()).as(id + " ciba").isNotEqualTo("true");
        }
    }

    @Test
    void forgotPasswordRunsTheRealmsOwnRecoveryFlow(Stack stack) {
        JsonNode realm = new Admin(stack).get("").json();

        assertThat(realm.get("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.get("resetCredentialsFlow").asText()).isEqualTo("bpjstk reset credentials");
        assertThat(realm.get("eventsListeners")).extracting(JsonNode::asText).contains("bpjstk-lockout-notices");
        assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
        assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
    }

    @Test
    void bruteForceProtectionAndLocalesAreOn(Stack stack) {
        JsonNode realm = new Admin(stack).get("").json();

        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.get("permanentLockout").asBoolean()).isTrue();
        assertThat(realm.get("maxTemporaryLockouts").asInt()).isEqualTo(3);
        assertThat(realm.get("bruteForceStrategy").asText()).isEqualTo("LINEAR");
        assertThat(realm.get("waitIncrementSeconds").asInt()).isEqualTo(900);
        assertThat(realm.get("maxDeltaTimeSeconds").asInt()).isEqualTo(43200);
        assertThat(realm.get("defaultLocale").asText()).isEqualTo("id");
        assertThat(realm.get("supportedLocales")).extracting(JsonNode::asText).containsExactlyInAnyOrder("id", "en");
    }

    private static JsonNode client(Stack stack, String clientId) {
        JsonNode clients = new Admin(stack).get("/clients?clientId=" + clientId).json();
        assertThat(clients).hasSize(1);
        return clients.get(0);
    }
}

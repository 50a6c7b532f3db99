package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * The extension's {@code GET /realms/bpjstk/bpjstk-account/activity}: a member's own recent activity, for a token of
 * hers with the account audience and role, and nothing of anyone else.
 */
@ExtendWith(StackExtension.class)
class AccountActivityTest {

    private static final String ACTIVITY = "/realms/" + Stack.REALM + "/bpjstk-account/activity";
    private static final String MEMBER_WEB = "member-web";

    @Test
    void withoutAValidTokenWithTheAccountAudienceNothingIsGiven(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        Api api = new Api(stack.keycloakUrl());
        // member-portal's tokens are for the services: no account audience, no account role
        String servicesToken = new Oidc(stack).signIn(member.kpj(), member.password()).accessToken();

        Api.Response none = api.get(ACTIVITY, null);
        Api.Response forged = api.get(ACTIVITY, servicesToken.substring(0, servicesToken.lastIndexOf('.') + 1) + "AAAA");
        Api.Response services = api.get(ACTIVITY, servicesToken);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(services.status()).isEqualTo(401);
        assertThat(services.json().path("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void aMemberReadsHerOwnSignInsAndFailuresAndNeverAnotherMembers(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member other = members.create(PHONE_VERIFIED);
        Member member = members.create(PHONE_VERIFIED);
        for (int attempt = 0; attempt < 3; attempt++) {
            new CodeLogin(stack).password(other.kpj(), "Salah-" + attempt + "-" + other.password());
            Pause.millis(1200); // slower than the realm's quick-login check, which would lock the account for a minute
        }
        new CodeLogin(stack).password(member.kpj(), "Salah-" + member.password());
        String token = portalToken(stack, member);

        Api.Response answer = new Api(stack.keycloakUrl()).get(ACTIVITY, token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        List<JsonNode> events = new ArrayList<>();
        answer.json().path("events").forEach(events::add);
        assertThat(events).extracting(event -> event.path("kind").asText()).containsExactly("SIGN_IN", "SIGN_IN_FAILED");
        assertThat(events.get(0).path("clientId").asText()).isEqualTo(MEMBER_WEB);
        assertThat(events.get(0).path("ipAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(events.get(0).path("time").asLong()).isGreaterThan(events.get(1).path("time").asLong());
        assertThat(events).allSatisfy(event -> assertThat(Set.copyOf(iterable(event.fieldNames())))
                .isSubsetOf("kind", "event", "time", "clientId", "ipAddress", "method"));
        assertThat(answer.json().toString()).doesNotContain(member.id()).doesNotContain(other.id())
                .doesNotContain(member.kpj()).doesNotContain(other.kpj());

        Api.Response others = new Api(stack.keycloakUrl()).get(ACTIVITY, portalToken(stack, other));
        assertThat(others.json().path("events").findValuesAsText("kind")).containsExactly("SIGN_IN", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED");
    }

    /**
     * A token of client {@code member-web}, the portal's, as the portal gets it: its scope gives the audience
     * {@code account} and the role {@code manage-account}, which the account API and this resource need.
     */
    private static String portalToken(Stack stack, Member member) {
        Oidc oidc = new Oidc(stack);
        Oidc.AuthorizationRequest request = oidc.authorizationRequest(MEMBER_WEB, stack.portalUrl() + "/callback", "openid");
        Browser browser = new Browser(stack.keycloakUrl());
        Browser.Page login = browser.get(request.uri());
        Browser.Page done = browser.submit(login.form("kc-form-login").with("username", member.kpj()).with("password", member.password()));
        assertThat(done.leftOrigin()).as("the sign-in reached the portal's callback").isTrue();
        Oidc.TokenResponse tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code",
                "code", Oidc.query(done.redirect()).get("code"), "redirect_uri", request.redirectUri(),
                "client_id", MEMBER_WEB, "client_secret", stack.memberWebSecret(), "code_verifier", request.verifier()));
        assertThat(tokens.status()).isEqualTo(200);
        String token = tokens.body().path("access_token").asText();
        JsonNode access = Oidc.payload(token);
        assertThat(Oidc.audiences(access)).contains("account");
        assertThat(access.at("/resource_access/account/roles")).extracting(JsonNode::asText).contains("manage-account");
        return token;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }
}

package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.PartnerClient;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;

/**
 * The README's recipe for adding a partner ("Adding a partner (operators)"), run as an operator would run it, with
 * this run's {@code kcadm.sh}: the client it makes must push its requests, ask for consent and sign a member in.
 */
@ExtendWith(StackExtension.class)
class PartnerRecipeTest {

    static final String CLIENT = "koperasi-sejahtera";
    static final URI REDIRECT = URI.create("https://app.koperasi.example/callback");

    @Test
    void theReadmesKcadmRecipeMakesAConsentClientThatMustPushItsRequestsAndSignsAMemberIn(Stack stack) throws Exception {
        Admin admin = new Admin(stack);
        String script = recipe().replace("https://sso.bpjstk.example", stack.keycloakUrl().toString())
                .replace("--user admin", "--user admin --password '" + stack.adminPassword() + "'");
        try {
            run(stack, script);

            JsonNode client = admin.get("/clients?clientId=" + CLIENT).json().get(0);
            String id = client.get("id").asText();
            assertThat(client.get("consentRequired").asBoolean()).isTrue();
            assertThat(client.get("publicClient").asBoolean()).isFalse();
            assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
            assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.get("frontchannelLogout").asBoolean()).isFalse();
            assertThat(client.get("fullScopeAllowed").asBoolean()).isFalse();
            assertThat(client.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
            assertThat(client.at("/attributes/require.pushed.authorization.requests").asText()).isEqualTo("true");
            assertThat(client.at("/attributes/backchannel.logout.session.required").asText()).isEqualTo("true");
            assertThat(names(admin.get("/clients/" + id + "/default-client-scopes").json()))
                    .contains("membership", "membership-service").doesNotContain("email", "phone");
            assertThat(names(admin.get("/clients/" + id + "/optional-client-scopes").json()))
                    .containsExactlyInAnyOrder("profile", "balances.read");
            assertThat(names(admin.get("/clients/" + id + "/scope-mappings/realm").json())).containsExactly("member");
            // the secret: made by Keycloak, read by the operator
            String secret = admin.get("/clients/" + id + "/client-secret").json().get("value").asText();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

            // a request that was not pushed is refused
            Browser.Page refused = new Browser(stack.keycloakUrl())
                    .get(new Oidc(stack).authorizationRequest(CLIENT, REDIRECT.toString(), "openid").uri());
            assertThat(refused.body()).doesNotContain("kc-form-login");

            // a pushed one signs a member in, after her consent, with a token membership-service answers
            TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
            PartnerClient partner = new PartnerClient(stack, CLIENT, secret, REDIRECT);
            PartnerClient.Session session = partner.signIn(member.kpj(), member.password());
            assertThat(session.idToken().getStringClaim("membership_number")).isEqualTo(member.kpj());
            String accessToken = session.tokens().getAccessToken().getValue();
            assertThat(Oidc.payload(accessToken).path("scope").asText().split(" ")).contains("balances.read")
                    .doesNotContain("email", "phone");
            assertThat(new Api(stack.membershipUrl()).get("/api/members/me/balances", accessToken).status()).isEqualTo(200);
            assertThat(admin.get("/users/" + member.id() + "/consents").json().findValuesAsText("clientId")).contains(CLIENT);
        } finally {
            // its back-channel logout address is nowhere: the client must not outlive the test
            JsonNode found = admin.get("/clients?clientId=" + CLIENT).json();
            if (found.size() == 1) {
                admin.delete("/clients/" + found.get(0).get("id").asText());
            }
        }
    }

    /** The shell block of the README's section "Adding a partner (operators)". */
    static String recipe() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("README.md"));
        int section = readme.indexOf("### Adding a partner (operators)");
        assertThat(section).as("the README's recipe section").isPositive();
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        int end = readme.indexOf("\n```", start);
        return readme.substring(start, end);
    }

    private static void run(Stack stack, String script) throws Exception {
        Path home = Files.createTempDirectory("kcadm-home");
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        builder.environment().put("PATH", stack.keycloakHome().resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        // kcadm prints little; read it whole, then the exit (a hung kcadm is ended after five minutes)
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done && process.exitValue() == 0).as("the recipe ran; its output:%n%s",
                output.get(10, TimeUnit.SECONDS).replace(stack.adminPassword(), "***")).isTrue();
    }

    private static List<String> names(JsonNode list) {
        return list.findValuesAsText("name");
    }
}

package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;

/**
 * What members meet when a server the services rely on goes away: with Keycloak down, membership-service and
 * claims-service go on accepting the tokens they hold keys for and refuse a key they have never seen, and take new
 * tokens when Keycloak is back; with membership-service down, a claim is refused with 503 and nothing is kept.
 */
@ExtendWith(StackExtension.class)
class ServiceFaultsTest {

    private static final String MADE_PHONE = "+6281200000004";

    @Test
    void withKeycloakDownTheServicesAcceptTheTokensTheyHaveKeysForRefuseAnUnknownKeyAndRecover(Stack stack)
            throws Exception {
        Api membership = new Api(stack.membershipUrl());
        Api claims = new Api(stack.claimsUrl());
        String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD, "openid claims.read")
                .accessToken();
        assertThat(membership.get("/api/members/me/balances", token).status()).isEqualTo(200);
        assertThat(claims.get("/api/claims", token).status()).isEqualTo(200);
        // the same claims, signed with a key the realm never published (kid unknown to the services)
        String forged = signedWithAStrangeKey(token);

        stack.withKeycloakDown(() -> {
            assertThat(membership.get("/api/members/me/balances", token).status()).isEqualTo(200);
            assertThat(membership.get("/api/members/me", token).status()).isEqualTo(200);
            assertThat(claims.get("/api/claims", token).status()).isEqualTo(200);
            assertThat(membership.get("/api/members/me/balances", forged).status()).isEqualTo(401);
            assertThat(claims.get("/api/claims", forged).status()).isEqualTo(401);
        });

        String fresh = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD, "openid claims.read")
                .accessToken();
        assertThat(membership.get("/api/members/me/balances", fresh).status()).isEqualTo(200);
        assertThat(claims.get("/api/claims", fresh).status()).isEqualTo(200);
        assertThat(membership.get("/api/members/me/balances", forged).status()).isEqualTo(401);
    }

    @Test
    void aClaimFiledWhileTheRegistryIsDownIs503AndNothingIsKept(Stack stack) {
        Api claims = new Api(stack.claimsUrl());
        CodeLogin made = new CodeLogin(stack);
        made.tokens(made.password(DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD));
        Browser.Page stepUp = made.start(Map.of("acr_values", "2"));
        String levelTwo = made.tokens(made.code(stepUp, stack.sms().latest(MADE_PHONE).code())).accessToken();
        String before = claims.get("/api/claims", levelTwo).json().toString();
        Map<String, String> claim = Map.of("type", "JKP", "reason", "JKP_JOB_LOSS", "bankName", "Bank Rakyat Indonesia",
                "bankAccountNumber", "0123456789");
        String key = UUID.randomUUID().toString();

        stack.withRegistryDown(() -> {
            Api.Response refused = claims.post("/api/claims", levelTwo, claim, Map.of("Idempotency-Key", key));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("code").asText()).isNotBlank();
            assertThat(claims.get("/api/claims", levelTwo).json().toString()).isEqualTo(before);
        });

        assertThat(claims.get("/api/claims", levelTwo).json().toString()).as("nothing was kept").isEqualTo(before);
    }

    private static String signedWithAStrangeKey(String token) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"never-published\"}"
                .getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + token.split("\\.")[1];
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64.encodeToString(signature.sign());
    }
}

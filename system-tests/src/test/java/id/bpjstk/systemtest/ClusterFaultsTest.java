package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Cluster;
import id.bpjstk.systemtest.support.ClusterExtension;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * What holds when the parts of the cluster are many or one of them goes: the services keep no state of their own
 * (any instance takes any token and sees what another instance stored), and a member's session outlives the Keycloak
 * node that signed her in.
 */
@ExtendWith(ClusterExtension.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterFaultsTest {

    private static final String MADE_PHONE = "+6281200000004";

    @Test
    void theSameTokenWorksOnBothInstancesAndAClaimMadeOnOneIsReadOnTheOther(Cluster cluster) {
        Stack stack = cluster.stack();
        CodeLogin made = new CodeLogin(stack);
        String levelOne = made.tokens(made.password(DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD)).accessToken();
        for (URI membership : cluster.membershipUrls()) {
            Api.Response me = new Api(membership).get("/api/members/me", levelOne);
            assertThat(me.status()).as("%s", membership).isEqualTo(200);
            assertThat(me.json().get("membershipNumber").asText()).isEqualTo(DemoAccounts.MADE_KPJ);
        }

        Browser.Page stepUp = made.start(Map.of("acr_values", "2"));
        String levelTwo = made.tokens(made.code(stepUp, stack.sms().latest(MADE_PHONE).code())).accessToken();
        Api first = new Api(cluster.claimsUrls().get(0));
        Api second = new Api(cluster.claimsUrls().get(1));
        Map<String, String> claim = Map.of("type", "JHT", "reason", "JHT_RETIREMENT", "bankName", "Bank Rakyat Indonesia",
                "bankAccountNumber", "0123456789");
        String key = UUID.randomUUID().toString();
        Api.Response created = first.post("/api/claims", levelTwo, claim, Map.of("Idempotency-Key", key));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Api.Response read = second.get("/api/claims/" + id, levelTwo);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(second.get("/api/claims", levelOne).json().toString()).contains(id);
        // a retry on the other instance returns the claim made on the first: the idempotency keys are shared too
        Api.Response retried = second.post("/api/claims", levelTwo, claim, Map.of("Idempotency-Key", key));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void whenTheNodeThatSignedHerInStopsHerRefreshTokenAndSessionGoOnOnTheOther(Cluster cluster) {
        Stack stack = cluster.stack();
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        Oidc oidc = new Oidc(stack);
        Oidc.Tokens tokens = login.tokens(login.password(member.kpj(), member.password()));
        String sessionId = tokens.access().get("sid").asText();

        cluster.withNodeDown(1, () -> {
            long[] before = cluster.served();
            Oidc.TokenResponse refreshed = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "client_id", Oidc.MEMBER_PORTAL,
                    "refresh_token", tokens.response().get("refresh_token").asText()));
            assertThat(refreshed.status()).as("%s", refreshed.body()).isEqualTo(200);
            assertThat(Oidc.payload(refreshed.body().get("access_token").asText()).get("sid").asText()).isEqualTo(sessionId);

            Browser.Page again = login.start(Map.of());
            assertThat(again.leftOrigin()).as("the SSO cookie still signs her in").isTrue();
            Oidc.Tokens second = login.tokens(again);
            assertThat(second.access().get("sid").asText()).isEqualTo(sessionId);
            assertThat(second.access().get("preferred_username").asText()).isEqualTo(member.kpj());

            long[] after = cluster.served();
            assertThat(after[0] - before[0]).as("node 1 is down").isZero();
            assertThat(after[1] - before[1]).isPositive();
        });
    }
}

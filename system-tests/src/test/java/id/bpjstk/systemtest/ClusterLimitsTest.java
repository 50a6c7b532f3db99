package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.BruteForce;
import id.bpjstk.systemtest.support.Cluster;
import id.bpjstk.systemtest.support.ClusterExtension;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.ParallelGuesses;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Recovery;
import id.bpjstk.systemtest.support.Registration;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * The realm's limits on two Keycloak nodes behind a round-robin proxy without sticky sessions: each limit counts a
 * member's sends, wrong codes, wrong passwords and identity checks once, whichever node took them. The SMS code's
 * cooldown is shortened to one second for this class (as in {@link CodeLimitsTest}) and put back afterwards.
 */
@ExtendWith(ClusterExtension.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterLimitsTest {

    private static final String MISMATCH = "Data yang Anda masukkan tidak cocok dengan data kepesertaan kami.";

    private static Map<String, String> original;

    @BeforeAll
    static void shortenTheCooldown(Cluster cluster) {
        FlowConfig settings = FlowConfig.smsCode(cluster.stack());
        original = settings.current();
        settings.set(settings.with(Map.of("resend-cooldown-seconds", "1")));
    }

    @AfterAll
    static void restore(Cluster cluster) {
        FlowConfig.smsCode(cluster.stack()).set(original);
    }

    @Test
    void oneSignInWithACodeIsServedByBothNodes(Cluster cluster) {
        Stack stack = cluster.stack();
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        long[] before = cluster.served();

        Browser.Page codePage = login.password(member.kpj(), member.password());
        Oidc.Tokens tokens = login.tokens(login.code(codePage, stack.sms().latest(member.phone()).code()));

        long[] after = cluster.served();
        assertThat(tokens.access().get("acr").asText()).isEqualTo("2");
        assertThat(after[0] - before[0]).as("requests node 1 served").isPositive();
        assertThat(after[1] - before[1]).as("requests node 2 served").isPositive();
    }

    @Test
    void theSixthCodeInAnHourIsRefusedThoughTheSendsAlternateNodes(Cluster cluster) {
        Stack stack = cluster.stack();
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        long[] before = cluster.served();
        Browser.Page page = login.password(member.kpj(), member.password());
        for (int sent = 2; sent <= 5; sent++) {
            Pause.likeAPerson();
            page = login.resend(page);
            assertThat(page.body()).contains("Kode baru sudah dikirim.");
        }
        Pause.likeAPerson();
        page = login.resend(page);

        assertThat(page.body()).contains("Batas pengiriman kode dalam satu jam sudah tercapai.");
        assertThat(stack.sms().to(member.phone())).hasSize(5);
        long[] after = cluster.served();
        assertThat(after[0] - before[0]).isPositive();
        assertThat(after[1] - before[1]).isPositive();
        // the cap holds in a fresh login too, whichever node takes it
        Pause.likeAPerson();
        Browser.Page fresh = new CodeLogin(stack).password(member.kpj(), member.password());
        assertThat(fresh.leftOrigin()).isFalse();
        assertThat(stack.sms().to(member.phone())).hasSize(5);
    }

    @Test
    void fiveWrongCodesAcrossTwoLoginsAndBothNodesLockTheAccount(Cluster cluster) {
        Stack stack = cluster.stack();
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page page = login.password(member.kpj(), member.password());
        for (int i = 0; i < 3; i++) {
            page = login.code(page, wrongFor(stack, member));
            Pause.likeAPerson();
        }
        // three wrong codes end the login, on whichever node the third came to
        assertThat(page.body()).contains("Kode tidak berlaku lagi");
        page = login.password(member.kpj(), member.password());
        for (int i = 0; i < 2; i++) {
            page = login.code(page, wrongFor(stack, member));
            Pause.likeAPerson();
        }

        assertThat(members.bruteForceStatus(member).path("disabled").asBoolean()).isTrue();
        int sent = stack.sms().to(member.phone()).size();
        for (int attempt = 0; attempt < 2; attempt++) {
            Browser.Page locked = new CodeLogin(stack).password(member.kpj(), member.password());
            assertThat(locked.leftOrigin()).as("locked on both nodes").isFalse();
            assertThat(locked.document().getElementById("bpjstk-otp-resend")).isNull();
        }
        assertThat(stack.sms().to(member.phone())).hasSize(sent);
    }

    @Test
    void fiveWrongPasswordsOnAlternatingNodesLockTheAccountUntilTheLockEnds(Cluster cluster) {
        Stack stack = cluster.stack();
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        try (BruteForce ignored = BruteForce.withWaitIncrement(stack, 3)) {
            long[] before = cluster.served();
            CodeLogin login = new CodeLogin(stack);
            for (int i = 1; i <= 5; i++) {
                Browser.Page page = login.password(member.kpj(), "salah-sandi-ke-" + i);
                assertThat(page.body()).contains(LockoutTest.WRONG_PASSWORD);
                Pause.likeAPerson();
            }
            long[] after = cluster.served();
            assertThat(after[0] - before[0]).isPositive();
            assertThat(after[1] - before[1]).isPositive();

            JsonNode status = members.bruteForceStatus(member);
            assertThat(status.path("disabled").asBoolean()).isTrue();
            assertThat(status.path("numFailures").asInt()).as("counted once, not per node").isEqualTo(5);
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(new CodeLogin(stack).password(member.kpj(), member.password()).leftOrigin())
                        .as("the right password refused on both nodes").isFalse();
            }

            LockoutTest.awaitUnlocked(members, member);
            assertThat(new Oidc(stack).signIn(member.kpj(), member.password()).access().get("preferred_username").asText())
                    .isEqualTo(member.kpj());
        }
    }

    @Test
    void fiveFailedIdentityChecksOfRecoveryAndRegistrationOnAlternatingNodesBlockTheKpj(Cluster cluster) {
        Stack stack = cluster.stack();
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(true);
        String wrongNik = member.nik().substring(0, 12) + (member.nik().endsWith("1") ? "0002" : "0001");
        long[] before = cluster.served();

        // the realm's limit (kpj-max-failures 5), reached by recovery and registration checks taken by both nodes
        for (int attempt = 1; attempt <= 5; attempt++) {
            Browser.Page page;
            if (attempt % 2 == 1) {
                Recovery recovery = new Recovery(stack);
                page = recovery.identify(recovery.open(), member.kpj(), wrongNik, member.birthDate());
            } else {
                Registration registration = new Registration(stack);
                page = registration.submit(registration.open(), Registration.fields(member.kpj(), wrongNik, member.birthDate(),
                        "lain-" + attempt + "-" + member.account().email(), "+6281299999998", "kopi tubruk di pagi hari"));
            }
            assertThat(page.body()).as("attempt %d", attempt).contains(MISMATCH);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Recovery recovery = new Recovery(stack);
            Browser.Page blocked = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
            assertThat(blocked.body()).as("the right data, blocked on both nodes").contains("ditangguhkan sementara");
        }

        assertThat(stack.sms().to(member.account().phone())).extracting(SmsGateway.Sms::purpose).doesNotContain("reset");
        long[] after = cluster.served();
        assertThat(after[0] - before[0]).isPositive();
        assertThat(after[1] - before[1]).isPositive();
    }

    @Test
    void twentyParallelWrongPasswordsOverBothNodesLockWithinAHandfulOfAttempts(Cluster cluster) throws Exception {
        Stack stack = cluster.stack();
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        int connections = 20;
        int threshold = 5;
        long[] before = cluster.served();
        int sent = ParallelGuesses.untilLocked(stack, members, member, connections, LockoutTest.WRONG_PASSWORD);

        JsonNode status = members.bruteForceStatus(member);
        assertThat(status.path("disabled").asBoolean()).as("locked").isTrue();
        int failures = status.path("numFailures").asInt();
        JsonNode events = new Admin(stack).get("/events?type=LOGIN_ERROR&user=" + member.id() + "&max=2000").json();
        long checked = 0;
        for (JsonNode event : events) {
            if ("invalid_user_credentials".equals(event.path("error").asText())) {
                checked++;
            }
        }
        long[] after = cluster.served();
        System.out.printf("cluster, 20 connections over 2 nodes (%d and %d requests): %d guesses sent, %d counted, "
                + "%d checked against the password, overshoot %d beyond the threshold of %d%n",
                after[0] - before[0], after[1] - before[1], sent, failures, checked, checked - threshold, threshold);
        assertThat(after[0] - before[0]).isPositive();
        assertThat(after[1] - before[1]).isPositive();
        // each node checks a password before it sees the other's failure: a few more than on one node, never unbounded
        assertThat(failures).as("failures counted, of %d guesses sent", sent).isBetween(threshold, threshold + 4);
        assertThat(checked).as("guesses checked against the password").isBetween((long) threshold, threshold + 4L);
        assertThat(new CodeLogin(stack).password(member.kpj(), member.password()).leftOrigin()).isFalse();
    }

    private static String wrongFor(Stack stack, Member member) {
        return stack.sms().latest(member.phone()).code().equals("000000") ? "111111" : "000000";
    }
}

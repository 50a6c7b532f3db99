package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * The limits of SMS codes, with the realm's code settings shortened for the duration of this class (a one-second
 * cooldown instead of sixty, so that a test can send several codes), and put back afterwards.
 */
@ExtendWith(StackExtension.class)
class CodeLimitsTest {

    private static Map<String, String> original;

    @BeforeAll
    static void shortenTheCooldown(Stack stack) {
        FlowConfig settings = FlowConfig.smsCode(stack);
        original = settings.current();
        settings.set(settings.with(Map.of("resend-cooldown-seconds", "1")));
    }

    @AfterAll
    static void restore(Stack stack) {
        FlowConfig.smsCode(stack).set(original);
    }

    @Test
    void theSixthCodeInAnHourIsRefused(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
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
        // the newest code still works: the cap stops sending, not signing in
        assertThat(login.tokens(login.code(page, stack.sms().latest(member.phone()).code())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void aGatewayTooSlowToAnswerIsGivenUpOnWithoutBurningACodeOrTheHourlyCap(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        // far slower than the sender waits (5 s): each sign-in thread is let go long before the gateway answers
        stack.sms().slowFor(member.phone(), Duration.ofSeconds(30));
        Browser.Page page;
        try {
            page = login.password(member.kpj(), member.password());
            assertThat(page.body()).contains("Kode tidak dapat dikirim saat ini.");
            assertThat(stack.sms().slowAnswers()).as("the page came before the gateway's answer").isEmpty();
            // as many tries as the hourly cap allows, none of them sent
            for (int tried = 2; tried <= 5; tried++) {
                Pause.likeAPerson();
                page = login.resend(page);
                assertThat(page.body()).contains("Kode tidak dapat dikirim saat ini.");
            }
            assertThat(stack.sms().to(member.phone())).isEmpty();
        } finally {
            stack.sms().recover(member.phone());
        }

        // what did not go out took none of the five codes of the hour
        Pause.likeAPerson();
        page = login.resend(page);
        assertThat(page.body()).contains("Kode baru sudah dikirim.");
        assertThat(login.tokens(login.code(page, stack.sms().latest(member.phone()).code())).access().get("acr").asText())
                .isEqualTo("2");
    }

    @Test
    void aResentCodeReplacesThePreviousOne(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());
        String first = stack.sms().latest(member.phone()).code();
        Pause.likeAPerson();
        page = login.resend(page);
        String second = stack.sms().latest(member.phone()).code();

        if (!first.equals(second)) {
            page = login.code(page, first);
            assertThat(page.body()).contains("Kode verifikasi salah.");
            Pause.likeAPerson();
        }
        assertThat(login.tokens(login.code(page, second)).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void aCodeWorksOnlyInTheLoginItWasSentForAndOnlyOnce(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin first = new CodeLogin(stack);
        Browser.Page firstPage = first.password(member.kpj(), member.password());
        String firstCode = stack.sms().latest(member.phone()).code();
        assertThat(first.tokens(first.code(firstPage, firstCode)).access().get("acr").asText()).isEqualTo("2");

        Pause.likeAPerson();
        CodeLogin second = new CodeLogin(stack);
        Browser.Page secondPage = second.password(member.kpj(), member.password());
        String secondCode = stack.sms().latest(member.phone()).code();
        if (!secondCode.equals(firstCode)) {
            Browser.Page replay = second.code(secondPage, firstCode);
            assertThat(replay.leftOrigin()).isFalse();
            assertThat(replay.body()).contains("Kode verifikasi salah.");
            secondPage = replay;
            Pause.likeAPerson();
        }
        assertThat(second.tokens(second.code(secondPage, secondCode)).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneCanBeAskedFor(Stack stack) {
        FlowConfig settings = FlowConfig.smsCode(stack);
        Map<String, String> current = settings.current();
        settings.set(settings.with(Map.of("code-ttl-seconds", "1")));
        try {
            Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
            CodeLogin login = new CodeLogin(stack);
            Browser.Page page = login.password(member.kpj(), member.password());
            String code = stack.sms().latest(member.phone()).code();
            Pause.millis(2_000);

            Browser.Page expired = login.code(page, code);

            assertThat(expired.leftOrigin()).isFalse();
            assertThat(expired.body()).contains("Kode verifikasi sudah kedaluwarsa.");
        } finally {
            settings.set(current);
        }
    }

    @Test
    void twoStepTurnedOnDuringASessionAsksForTheCodeAtTheNextSignIn(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        assertThat(login.tokens(login.password(member.kpj(), member.password())).access().get("acr").asText()).isEqualTo("1");
        members.turnOnSmsTwoStep(member);

        Browser.Page again = login.start(Map.of());

        assertThat(again.leftOrigin()).as("the SSO cookie alone is not enough any more").isFalse();
        assertThat(again.document().getElementById("bpjstk-otp-resend")).isNotNull();
        assertThat(stack.sms().latest(member.phone()).purpose()).isEqualTo("step-up");
        assertThat(login.tokens(login.code(again, stack.sms().latest(member.phone()).code())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void fiveWrongCodesAcrossTwoLoginsLockTheAccount(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page page = login.password(member.kpj(), member.password());
        for (int i = 0; i < 3; i++) {
            page = login.code(page, wrongFor(stack, member));
            Pause.likeAPerson();
        }
        assertThat(page.body()).contains("Kode tidak berlaku lagi");
        page = login.password(member.kpj(), member.password());
        for (int i = 0; i < 2; i++) {
            page = login.code(page, wrongFor(stack, member));
            Pause.likeAPerson();
        }

        assertThat(members.bruteForceStatus(member).path("disabled").asBoolean()).isTrue();
        // locked: even the right code of a fresh login does not sign in, and no code goes out
        int sent = stack.sms().to(member.phone()).size();
        Browser.Page locked = login.password(member.kpj(), member.password());
        assertThat(locked.leftOrigin()).isFalse();
        assertThat(locked.document().getElementById("bpjstk-otp-resend")).isNull();
        assertThat(stack.sms().to(member.phone())).hasSize(sent);
    }

    private static String wrongFor(Stack stack, Member member) {
        return stack.sms().latest(member.phone()).code().equals("000000") ? "111111" : "000000";
    }
}

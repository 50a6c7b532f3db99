package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.BruteForce;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Recovery;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.RegisteredMember;

/**
 * How many codes an attacker may guess per account, however the paths are mixed: wrong codes are counted per account
 * across sign-in, step-up and recovery, a right password in between does not reset the count, and once the daily cap
 * is reached no code is sent or checked on any path. The caps are lowered for a test through the code step's
 * configuration ("bpjstk sms code", shared by sign-in, step-up and recovery) and put back.
 */
@ExtendWith(StackExtension.class)
class GuessBoundTest {

    private static final String TRY_LATER = "Coba lagi nanti";
    private static final Map<String, String> LEVEL_2 = Map.of("acr_values", "2");

    @Test
    void wrongCodesMixedOverSignInStepUpAndRecoveryWithRightPasswordsBetweenStopAtTheDailyCap(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember member = members.createRegistered(true);
        String phone = member.account().phone();
        FlowConfig codes = FlowConfig.smsCode(stack);
        Map<String, String> original = codes.current();
        codes.set(codes.with(Map.of("max-wrong-codes-per-day", "5", "resend-cooldown-seconds", "1", "max-sends-per-hour", "20")));
        try {
            // sign-in at level 2: two wrong codes
            CodeLogin signIn = new CodeLogin(stack);
            Browser.Page page = signIn.password(member.kpj(), member.account().password(), LEVEL_2);
            assertThat(stack.sms().latest(phone).purpose()).isEqualTo("login");
            page = wrongCode(stack, signIn, page, phone);
            page = wrongCode(stack, signIn, page, phone);

            // a right password at level 1 (which clears the realm's failure count), then a step-up: one wrong code
            CodeLogin stepUp = new CodeLogin(stack);
            assertThat(stepUp.tokens(stepUp.password(member.kpj(), member.account().password())).access().get("acr").asText())
                    .isEqualTo("1");
            Pause.likeAPerson();
            page = stepUp.start(LEVEL_2);
            assertThat(stack.sms().latest(phone).purpose()).isEqualTo("step-up");
            wrongCode(stack, stepUp, page, phone);

            // recovery with the leaked identity data: one wrong code
            Recovery recovery = new Recovery(stack);
            page = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
            assertThat(stack.sms().latest(phone).purpose()).isEqualTo("reset");
            recovery.code(page, wrongFor(stack, phone));
            Pause.likeAPerson();

            // another right password, another fresh login: the fifth wrong code reaches the cap
            CodeLogin last = new CodeLogin(stack);
            page = last.password(member.kpj(), member.account().password(), LEVEL_2);
            page = last.code(page, wrongFor(stack, phone));
            assertThat(page.body()).contains(TRY_LATER);
            assertThat(members.bruteForceStatus(member.account()).path("disabled").asBoolean())
                    .as("the realm's lockout does not hold: a right password cleared its count on the way").isFalse();

            // from now on no path sends or checks a code, though the password is right and the identity data match
            int sent = stack.sms().to(phone).size();
            Pause.likeAPerson();
            CodeLogin after = new CodeLogin(stack);
            Browser.Page refused = after.password(member.kpj(), member.account().password(), LEVEL_2);
            assertThat(refused.body()).contains(TRY_LATER);
            assertThat(refused.document().getElementById("bpjstk-otp-resend")).isNull();
            Recovery again = new Recovery(stack);
            Browser.Page refusedRecovery = again.identify(again.open(), member.kpj(), member.nik(), member.birthDate());
            assertThat(refusedRecovery.body()).contains(TRY_LATER);
            assertThat(refusedRecovery.document().getElementById("bpjstk-otp-resend")).isNull();
            List<SmsGateway.Sms> all = stack.sms().to(phone);
            assertThat(all.subList(sent, all.size())).extracting(SmsGateway.Sms::purpose).doesNotContain("login", "step-up", "reset");

            // the member is told by SMS and email, and the operator reads it in the events
            assertThat(stack.sms().awaitPurpose(phone, "code-limit")).extracting(SmsGateway.Sms::message)
                    .anyMatch(text -> text.contains("terlalu sering salah") && text.contains("WIB"));
            assertThat(stack.mail().awaitTo(member.account().email())).extracting(Mailbox.Mail::body)
                    .anyMatch(body -> body.contains("terlalu sering salah"));
            Admin admin = new Admin(stack);
            JsonNode events = admin.get("/events?type=LOGIN_ERROR&user=" + member.account().id() + "&max=50").json();
            assertThat(events).anyMatch(event -> "code_limit_reached".equals(event.path("error").asText())
                    && "all".equals(event.at("/details/code_limit").asText()));

            // an operator's unlock opens code entry again
            assertThat(admin.delete("/attack-detection/brute-force/users/" + member.account().id()).status()).isEqualTo(204);
            Pause.likeAPerson();
            CodeLogin unlocked = new CodeLogin(stack);
            page = unlocked.password(member.kpj(), member.account().password(), LEVEL_2);
            assertThat(stack.sms().latest(phone).purpose()).isEqualTo("login");
            assertThat(unlocked.tokens(unlocked.code(page, stack.sms().latest(phone).code())).access().get("acr").asText())
                    .isEqualTo("2");
        } finally {
            codes.set(original);
        }
    }

    @Test
    void wrongRecoveryCodesHaveADailyCapOfTheirOwnThatARightSignInCodeDoesNotLift(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        String phone = member.account().phone();
        FlowConfig codes = FlowConfig.smsCode(stack);
        Map<String, String> original = codes.current();
        codes.set(codes.with(Map.of("max-wrong-reset-codes-per-day", "2", "resend-cooldown-seconds", "1", "max-sends-per-hour", "20")));
        try {
            Recovery recovery = new Recovery(stack);
            Browser.Page page = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
            page = recovery.code(page, wrongFor(stack, phone));
            Pause.likeAPerson();
            page = recovery.code(page, wrongFor(stack, phone));
            assertThat(page.body()).contains(TRY_LATER);
            assertThat(stack.sms().awaitPurpose(phone, "code-limit")).extracting(SmsGateway.Sms::message)
                    .anyMatch(text -> text.contains("Lupa kata sandi"));

            // the member herself signs in with a right code: that does not reopen recovery
            Pause.likeAPerson();
            CodeLogin signIn = new CodeLogin(stack);
            Browser.Page codePage = signIn.password(member.kpj(), member.account().password(), LEVEL_2);
            assertThat(signIn.tokens(signIn.code(codePage, stack.sms().latest(phone).code())).access().get("acr").asText())
                    .isEqualTo("2");
            int sent = stack.sms().to(phone).size();
            Recovery again = new Recovery(stack);
            Browser.Page refused = again.identify(again.open(), member.kpj(), member.nik(), member.birthDate());
            assertThat(refused.body()).contains(TRY_LATER);
            assertThat(stack.sms().to(phone)).hasSize(sent);
        } finally {
            codes.set(original);
        }
    }

    @Test
    void duringATemporaryLockRecoverySendsAndChecksNoCodeAndSaysTryLater(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember member = members.createRegistered(true);
        CodeLogin login = new CodeLogin(stack);
        for (int i = 1; i <= 5; i++) {
            login.password(member.kpj(), "salah-sandi-ke-" + i);
            Pause.likeAPerson();
        }
        assertThat(members.bruteForceStatus(member.account()).path("disabled").asBoolean()).isTrue();

        Recovery recovery = new Recovery(stack);
        Browser.Page page = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());

        assertThat(page.body()).contains(TRY_LATER);
        assertThat(page.document().getElementById("bpjstk-otp-resend")).isNull();
        assertThat(stack.sms().to(member.account().phone())).extracting(SmsGateway.Sms::purpose).doesNotContain("reset");
        assertThat(members.bruteForceStatus(member.account()).path("numFailures").asInt()).isEqualTo(5);
    }

    @Test
    void aPermanentlyLockedAccountGetsOneRecoveryADay(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        try (BruteForce ignored = BruteForce.withWaitIncrement(stack, 2)) {
            LockoutTest.lockPermanently(stack, member.account());
        }
        Pause.millis(3_000);

        Recovery first = new Recovery(stack);
        Browser.Page codePage = first.identify(first.open(), member.kpj(), member.nik(), member.birthDate());
        assertThat(stack.sms().latest(member.account().phone()).purpose()).isEqualTo("reset");
        assertThat(codePage.document().getElementById("bpjstk-otp-resend")).isNotNull();
        int sent = stack.sms().to(member.account().phone()).size();

        Recovery second = new Recovery(stack);
        Browser.Page refused = second.identify(second.open(), member.kpj(), member.nik(), member.birthDate());

        assertThat(refused.body()).contains(TRY_LATER);
        assertThat(stack.sms().to(member.account().phone())).hasSize(sent);
    }

    private static Browser.Page wrongCode(Stack stack, CodeLogin login, Browser.Page page, String phone) {
        Browser.Page next = login.code(page, wrongFor(stack, phone));
        Pause.likeAPerson();
        return next;
    }

    private static String wrongFor(Stack stack, String phone) {
        return stack.sms().latest(phone).code().equals("000000") ? "111111" : "000000";
    }
}

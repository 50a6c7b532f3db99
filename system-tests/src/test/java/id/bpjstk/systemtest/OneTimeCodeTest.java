package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.AUTHENTICATOR_APP;
import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/** Sign-in codes by SMS on the real Keycloak: levels of authentication, step-up, the authenticator app, bad input. */
@ExtendWith(StackExtension.class)
class OneTimeCodeTest {

    @Test
    void aMemberWithTwoStepOnGetsAnSmsCodeAfterThePasswordAndLevelTwo(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page codePage = login.password(member.kpj(), member.password());
        assertThat(codePage.document().getElementById("bpjstk-otp-resend")).isNotNull();
        assertThat(codePage.body()).contains("+62812****" + member.phone().substring(member.phone().length() - 4));
        SmsGateway.Sms sms = stack.sms().latest(member.phone());
        assertThat(sms.purpose()).isEqualTo("login");
        assertThat(sms.message()).contains("Kode verifikasi BPJS Ketenagakerjaan", "5 menit");

        Browser.Page done = login.code(codePage, sms.code());

        assertThat(login.tokens(done).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void aMemberWithoutTwoStepGetsLevelOneFromThePasswordAloneAndNoSms(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page done = login.password(member.kpj(), member.password());

        assertThat(login.tokens(done).access().get("acr").asText()).isEqualTo("1");
        assertThat(stack.sms().to(member.phone())).isEmpty();
    }

    @Test
    void stepUpToLevelTwoAsksOnlyForTheCode(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        assertThat(login.tokens(login.password(member.kpj(), member.password())).access().get("acr").asText()).isEqualTo("1");

        Browser.Page stepUp = login.start(Map.of("acr_values", "2"));

        assertThat(stepUp.document().select("input[name=password]")).isEmpty();
        assertThat(stepUp.document().getElementById(CodeLogin.CODE_FORM)).isNotNull();
        SmsGateway.Sms sms = stack.sms().latest(member.phone());
        assertThat(sms.purpose()).isEqualTo("step-up");
        assertThat(login.tokens(login.code(stepUp, sms.code())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void aMemberWithAnAuthenticatorAppIsAskedForItsCodeAndOfferedSmsInstead(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, AUTHENTICATOR_APP);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page appPage = login.password(member.kpj(), member.password());

        assertThat(appPage.document().getElementById(CodeLogin.CODE_FORM)).isNotNull();
        assertThat(appPage.document().getElementById("bpjstk-otp-resend")).as("the app's page, not the SMS page").isNull();
        assertThat(appPage.document().getElementById("try-another-way")).as("SMS offered as the other way").isNotNull();
        assertThat(stack.sms().to(member.phone())).as("no SMS while the app is asked").isEmpty();
        assertThat(login.tokens(login.code(appPage, member.totp())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void aMemberWithBothChoosesSmsInsteadOfTheAppAndGoesBackToSmsWhenTheAppIsRemoved(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS, AUTHENTICATOR_APP);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page appPage = login.password(member.kpj(), member.password());
        assertThat(appPage.document().getElementById("bpjstk-otp-resend")).isNull();

        Browser.Page choices = login.browser().submit(appPage.form("kc-select-try-another-way-form"));
        org.jsoup.nodes.Element sms = choices.document().select("li").stream()
                .filter(item -> item.text().contains("Kode lewat SMS")).findFirst()
                .orElseThrow(() -> new AssertionError("SMS is not offered:\n" + choices.body()));
        String execution = sms.select("input[name=authenticationExecution]").val();
        Browser.Page smsPage = login.browser().submit(new Browser.Form(choices.form("kc-select-credential-form").action(),
                new java.util.LinkedHashMap<>(Map.of("authenticationExecution", execution))));

        assertThat(smsPage.document().getElementById("bpjstk-otp-resend")).isNotNull();
        assertThat(login.tokens(login.code(smsPage, stack.sms().latest(member.phone()).code())).access().get("acr").asText()).isEqualTo("2");

        members.removeAuthenticatorApp(member);
        CodeLogin again = new CodeLogin(stack);
        Pause.likeAPerson();
        Browser.Page smsOnly = again.password(member.kpj(), member.password());
        assertThat(smsOnly.document().getElementById("bpjstk-otp-resend")).as("SMS is asked straight away").isNotNull();
        assertThat(smsOnly.document().getElementById("try-another-way")).isNull();
    }

    @Test
    void malformedCodesAreRefusedPlainlyAndAreNotCountedAsGuesses(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());

        for (String bad : List.of("abcdef", "12345", "1234567", " 12345", "")) {
            page = login.code(page, bad);
            assertThat(page.leftOrigin()).isFalse();
            assertThat(page.body()).as("input '%s'", bad).contains("Kode verifikasi harus 6 angka.");
        }
        assertThat(members.bruteForceStatus(member).path("numFailures").asInt()).isZero();
        assertThat(login.tokens(login.code(page, stack.sms().latest(member.phone()).code())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void theCodePagesSpeakEnglishWhenTheMemberAsks(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page loginPage = login.start(Map.of("ui_locales", "en"));
        Browser.Page page = login.browser().submit(loginPage.form("kc-form-login")
                .with("username", member.kpj()).with("password", member.password()));
        assertThat(page.body()).contains("Enter your verification code", "A 6-digit code was sent by SMS to");

        page = login.code(page, "12a456");
        assertThat(page.body()).contains("The verification code is 6 digits.");
        assertThat(stack.sms().latest(member.phone()).message()).as("the SMS in the member's language")
                .contains("BPJS Ketenagakerjaan verification code");
    }

    @Test
    void threeWrongCodesKillTheCodeAndTheRightOneNoLongerSignsIn(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());
        String right = stack.sms().latest(member.phone()).code();
        String wrong = right.equals("000000") ? "111111" : "000000";

        page = login.code(page, wrong);
        assertThat(page.body()).contains("Kode verifikasi salah. Sisa percobaan: 2.");
        Pause.likeAPerson();
        page = login.code(page, wrong);
        assertThat(page.body()).contains("Sisa percobaan: 1.");
        Pause.likeAPerson();
        page = login.code(page, wrong);

        assertThat(page.body()).contains("Kode tidak berlaku lagi");
        assertThat(page.document().getElementById(CodeLogin.CODE_FORM)).as("no code field on a dead code").isNull();
        assertThat(page.document().getElementById("bpjstk-otp-restart")).isNotNull();
        Browser.Page replayed = login.browser().submit(new Browser.Form(page.uri(), new java.util.LinkedHashMap<>(Map.of("otp", right))));
        assertThat(replayed.leftOrigin()).isFalse();
    }

    @Test
    void resendDuringTheCooldownSaysHowLongToWaitAndSendsNothing(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());
        stack.sms().latest(member.phone());

        Browser.Page again = login.resend(page);

        assertThat(again.body()).containsPattern("Tunggu \\d+ detik sebelum meminta kode baru.");
        assertThat(stack.sms().to(member.phone())).hasSize(1);
    }

    @Test
    void aSecondLoginDuringTheCooldownIsToldNoCodeWasSentForItAndWhenOneCanBe(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin first = new CodeLogin(stack);
        Browser.Page firstPage = first.password(member.kpj(), member.password());
        assertThat(firstPage.document().getElementById("bpjstk-otp-sent-to")).isNotNull();
        assertThat(stack.sms().to(member.phone())).hasSize(1);
        String firstCode = stack.sms().latest(member.phone()).code();

        Pause.likeAPerson();
        CodeLogin second = new CodeLogin(stack);
        Browser.Page secondPage = second.password(member.kpj(), member.password());

        assertThat(secondPage.document().getElementById("bpjstk-otp-sent-to")).as("nothing was sent in this login").isNull();
        assertThat(secondPage.body()).doesNotContain("Kode 6 angka dikirim lewat SMS")
                .contains("Belum ada kode yang berlaku untuk proses masuk ini.", "Kode dari proses masuk lain tidak berlaku di sini.")
                .containsPattern("dapat dikirim mulai pukul \\d{2}:\\d{2}:\\d{2} WIB \\(dalam \\d+ detik\\)");
        assertThat(stack.sms().to(member.phone())).as("the cooldown is the account's, across logins").hasSize(1);

        // the other login's code does not serve this one, and costs it nothing
        Browser.Page refused = second.code(secondPage, firstCode);
        assertThat(refused.body()).contains("Kode verifikasi ini sudah dipakai atau tidak berlaku.");
        assertThat(first.tokens(first.code(firstPage, firstCode)).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void wrongCodesCountTowardTheRealmLockoutLikeWrongPasswords(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());
        String wrong = stack.sms().latest(member.phone()).code().equals("000000") ? "111111" : "000000";

        page = login.code(page, wrong);
        Pause.likeAPerson();
        page = login.code(page, wrong);

        assertThat(members.bruteForceStatus(member).path("numFailures").asInt()).isEqualTo(2);
    }
}

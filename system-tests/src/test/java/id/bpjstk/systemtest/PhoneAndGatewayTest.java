package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/** Phone verification, turning two-step on, the SMS gateway failing, and level 2 at membership-service. */
@ExtendWith(StackExtension.class)
class PhoneAndGatewayTest {

    @Test
    void theVerifyPhoneActionSendsACodeAndMarksThePhoneVerified(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(List.of("bpjstk-verify-phone"));
        CodeLogin login = new CodeLogin(stack);

        Browser.Page page = login.password(member.kpj(), member.password());
        assertThat(page.body()).contains("Verifikasi nomor ponsel");
        assertThat(stack.sms().latest(member.phone()).purpose()).isEqualTo("phone-verification");
        Browser.Page done = login.code(page, stack.sms().latest(member.phone()).code());

        assertThat(login.tokens(done).access().get("acr").asText()).isEqualTo("1");
        assertThat(members.attributes(member).at("/phoneNumberVerified/0").asText()).isEqualTo("true");
    }

    @Test
    void turningTwoStepOnTakesACodeAndIsAnnouncedByEmailWithoutACode(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        login.tokens(login.password(member.kpj(), member.password()));

        Browser.Page enrol = login.start(Map.of("kc_action", "bpjstk-enable-sms-two-step"));
        assertThat(enrol.body()).contains("Aktifkan verifikasi dua langkah lewat SMS");
        String code = stack.sms().latest(member.phone()).code();
        login.tokens(login.code(enrol, code));

        assertThat(members.attributes(member).at("/twoStepVerification/0").asText()).isEqualTo("sms");
        List<Mailbox.Mail> mails = stack.mail().awaitTo(member.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Pemberitahuan akun BPJS Ketenagakerjaan");
        assertThat(mails.get(0).body()).doesNotContain(code);
    }

    @Test
    void aFailingGatewaySaysTheCodeCouldNotBeSentAndTheMemberCanTryAgain(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        stack.sms().failFor(member.phone());
        Browser.Page page;
        try {
            page = login.password(member.kpj(), member.password());
            assertThat(page.body()).contains("Kode tidak dapat dikirim saat ini.");
            assertThat(stack.sms().to(member.phone())).isEmpty();
        } finally {
            stack.sms().recover(member.phone());
        }

        // a message that did not go out does not hold the cooldown
        page = login.resend(page);

        assertThat(page.body()).contains("Kode baru sudah dikirim.");
        assertThat(login.tokens(login.code(page, stack.sms().latest(member.phone()).code())).access().get("acr").asText()).isEqualTo("2");
    }

    @Test
    void membershipServiceAsksForLevelTwoToChangeContactDetailsAndAcceptsIt(Stack stack) {
        CodeLogin login = new CodeLogin(stack);
        Api membership = new Api(stack.membershipUrl());
        String address = "Jl. Gatot Subroto No. 79, Jakarta Selatan";
        Map<String, String> contact = Map.of("address", address, "correspondenceEmail", DemoAccounts.SITI_EMAIL);
        String levelOne = login.tokens(login.password(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD)).accessToken();

        Api.Response refused = membership.put("/api/members/me/contact", levelOne, contact);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("WWW-Authenticate")).contains("error=\"insufficient_user_authentication\"", "acr_values=\"2\"");

        Browser.Page stepUp = login.start(Map.of("acr_values", "2"));
        String levelTwo = login.tokens(login.code(stepUp, stack.sms().latest("+6281200000001").code())).accessToken();
        Api.Response accepted = membership.put("/api/members/me/contact", levelTwo, contact);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(membership.get("/api/members/me", levelTwo).json().get("address").asText()).isEqualTo(address);
    }

}

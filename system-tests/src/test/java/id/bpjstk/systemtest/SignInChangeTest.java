package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * Changes of how a member signs in or is reached (an authenticator app, the password, the email) need a recent
 * level 2 with the factor she already has, and she is told by SMS and at her old email address.
 */
@ExtendWith(StackExtension.class)
class SignInChangeTest {

    private static final String TOTP_FORM = "kc-totp-settings-form";
    private static final String PASSWORD_FORM = "kc-passwd-update-form";
    private static final String EMAIL_FORM = "kc-update-email-form";

    @Test
    void aPasswordAloneCannotEnrolAnAuthenticatorAppAndTheMemberIsToldOfTheEnrolment(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page afterPassword = login.password(member.kpj(), member.password(), Map.of("kc_action", "CONFIGURE_TOTP"));

        assertThat(afterPassword.document().getElementById(TOTP_FORM)).as("no app setup after the password alone").isNull();
        assertThat(afterPassword.document().getElementById(CodeLogin.CODE_FORM)).as("the SMS code comes first").isNotNull();
        Browser.Page setup = login.code(afterPassword, stack.sms().latest(member.phone()).code());
        assertThat(setup.document().getElementById(TOTP_FORM)).isNotNull();
        String secret = setup.document().getElementById("totpSecret").val();
        Browser.Page done = login.browser().submit(setup.form(TOTP_FORM).with("totp", TestMembers.totp(secret))
                .with("userLabel", "Aplikasi baru"));
        assertThat(login.tokens(done).access().get("acr").asText()).isEqualTo("2");

        assertThat(stack.sms().awaitPurpose(member.phone(), "notice")).extracting(SmsGateway.Sms::message)
                .anyMatch(text -> text.contains("aplikasi autentikator ditambahkan"));
        assertThat(stack.mail().awaitTo(member.email())).extracting(Mailbox.Mail::body)
                .anyMatch(text -> text.contains("aplikasi autentikator ditambahkan"));
    }

    @Test
    void aRecentLevelTwoIsEnoughButAnOlderOneIsAskedForAgainBeforeAPasswordChange(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        FlowConfig settings = FlowConfig.signInChanges(stack);
        Map<String, String> before = settings.current();
        FlowConfig codes = FlowConfig.smsCode(stack);
        Map<String, String> codesBefore = codes.current();
        try {
            settings.set(settings.with(Map.of("sign-in-change-max-age-seconds", "10")));
            codes.set(codes.with(Map.of("resend-cooldown-seconds", "5"))); // so that the later login may send its own code
            CodeLogin login = new CodeLogin(stack);
            Browser.Page codePage = login.password(member.kpj(), member.password(), Map.of("acr_values", "2"));
            login.tokens(login.code(codePage, stack.sms().latest(member.phone()).code()));

            Browser.Page fresh = login.start(Map.of("kc_action", "UPDATE_PASSWORD"));
            assertThat(fresh.document().getElementById(PASSWORD_FORM)).as("level 2 a moment ago is recent enough").isNotNull();

            Pause.millis(11_000);
            int sent = stack.sms().to(member.phone()).size();
            Browser.Page again = login.start(Map.of("kc_action", "UPDATE_PASSWORD"));

            assertThat(again.document().getElementById(PASSWORD_FORM)).as("no change on an old level 2").isNull();
            assertThat(again.document().getElementById(CodeLogin.CODE_FORM)).as("the code again, not the password: %s",
                    again.document().text()).isNotNull();
            assertThat(stack.sms().to(member.phone())).hasSize(sent + 1);
            Browser.Page change = login.code(again, stack.sms().latest(member.phone()).code());
            String newPassword = "Sandi-Baru-Yang-Panjang-" + member.kpj().substring(7);
            Browser.Page done = login.browser().submit(change.form(PASSWORD_FORM)
                    .with("password-new", newPassword).with("password-confirm", newPassword));
            assertThat(done.leftOrigin()).isTrue();
            assertThat(new Oidc(stack).signIn(member.kpj(), newPassword).access().get("preferred_username").asText())
                    .isEqualTo(member.kpj());
        } finally {
            settings.set(before);
            codes.set(codesBefore);
        }
        assertThat(stack.sms().awaitPurpose(member.phone(), "notice")).extracting(SmsGateway.Sms::message)
                .anyMatch(text -> text.contains("kata sandi akun Anda diganti"));
    }

    @Test
    void theEmailChangesOnlyAtLevelTwoThroughItsVerificationAndTheOldAddressIsTold(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        String newEmail = "baru-" + member.kpj() + "@example.test";
        CodeLogin login = new CodeLogin(stack);

        Browser.Page afterPassword = login.password(member.kpj(), member.password(), Map.of("kc_action", "UPDATE_EMAIL"));
        assertThat(afterPassword.document().getElementById(EMAIL_FORM)).isNull();
        Browser.Page form = login.code(afterPassword, stack.sms().latest(member.phone()).code());
        Browser.Page sent = login.browser().submit(form.form(EMAIL_FORM).with("email", newEmail));
        assertThat(sent.status()).isLessThan(400);
        assertThat(email(stack, member)).as("not before the new address is proven").isEqualTo(member.email());

        URI proof = stack.mail().awaitLink(newEmail, "action-token");
        Browser.Page confirmed = login.browser().get(proof);
        assertThat(confirmed.status()).isLessThan(400);

        assertThat(email(stack, member)).isEqualTo(newEmail);
        assertThat(stack.mail().awaitTo(member.email())).extracting(Mailbox.Mail::body)
                .anyMatch(text -> text.contains("alamat email akun Anda diganti"));
        assertThat(stack.sms().awaitPurpose(member.phone(), "notice")).extracting(SmsGateway.Sms::message)
                .anyMatch(text -> text.contains("alamat email akun Anda diganti") && !text.contains(newEmail));
    }

    @Test
    void aMemberWithoutAnyFactorGetsNoLevelTwoAndNoAppSetupWithHerPasswordAlone(Stack stack) {
        Member member = new TestMembers(stack).create(); // her phone not verified, no app, no passkey
        CodeLogin login = new CodeLogin(stack);

        for (Map<String, String> ask : List.of(Map.of("acr_values", "2"), Map.of("kc_action", "CONFIGURE_TOTP"))) {
            Browser.Page afterPassword = login.password(member.kpj(), member.password(), ask);

            assertThat(afterPassword.document().getElementById(TOTP_FORM)).as("%s: no app setup behind the password alone", ask)
                    .isNull();
            assertThat(afterPassword.leftOrigin()).as("%s: no sign-in at all", ask).isFalse();
        }
        assertThat(stack.sms().to(member.phone())).as("no code to an unverified number").isEmpty();
    }

    @Test
    void theProfileFormDoesNotChangeTheEmail(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page profile = login.password(member.kpj(), member.password(), Map.of("kc_action", "UPDATE_PROFILE"));
        Browser.Form form = profile.form("kc-update-profile-form");
        assertThat(form.fields()).doesNotContainKey("email");
        login.browser().submit(form.with("email", "lain-" + member.kpj() + "@example.test"));

        assertThat(email(stack, member)).isEqualTo(member.email());
    }

    @Test
    void theAccountApisOldCredentialRemovalIsClosed(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        String token = new Oidc(stack).signIn(member.kpj(), member.password()).accessToken();
        String credential = new Admin(stack).get("/users/" + member.id() + "/credentials").json().get(0).path("id").asText();

        Api.Response refused = new Api(stack.keycloakUrl())
                .delete("/realms/" + Stack.REALM + "/account/credentials/" + credential, token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("use_sign_in_change");
        assertThat(new Admin(stack).get("/users/" + member.id() + "/credentials").json()).hasSize(1);
    }

    private static String email(Stack stack, Member member) {
        return new Admin(stack).get("/users/" + member.id()).json().path("email").asText();
    }

}

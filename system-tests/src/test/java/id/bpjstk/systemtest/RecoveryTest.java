package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Recovery;
import id.bpjstk.systemtest.support.Registration;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.RegisteredMember;

/**
 * "Lupa kata sandi": KPJ or email, NIK and birth date, a code to the registered phone, a new password. Every
 * identity check here comes from 127.0.0.1 and counts toward that address's throttle, shared with registration: the
 * tests keep their failed checks few.
 */
@ExtendWith(StackExtension.class)
class RecoveryTest {

    private static final String NEW_PASSWORD = "nasi uduk pakai telur balado";
    private static final String MISMATCH = "Data yang Anda masukkan tidak cocok dengan data kepesertaan kami.";

    @Test
    void aMemberWhoForgotHerPasswordSetsANewOneEverySessionEndsAndSheIsTold(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        Oidc oidc = new Oidc(stack);
        Oidc.Tokens before = oidc.signIn(member.kpj(), member.account().password());
        Recovery recovery = new Recovery(stack);

        Browser.Page identity = recovery.open();
        assertThat(identity.body()).contains("Lupa kata sandi");
        assertThat(identity.form(Recovery.IDENTITY_FORM).fields()).containsKeys("username", "nik", "birthDate");
        Browser.Page codePage = recovery.identify(identity, member.kpj(), member.nik(), member.birthDate());
        SmsGateway.Sms code = stack.sms().latest(member.account().phone());
        assertThat(code.purpose()).isEqualTo("reset");
        Browser.Page passwordPage = recovery.code(codePage, code.code());
        assertThat(passwordPage.form(Recovery.PASSWORD_FORM).fields()).containsKeys("password-new", "password-confirm");
        Browser.Page done = recovery.newPassword(passwordPage, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(done.body()).contains("Kata sandi Anda sudah diganti");
        assertThat(done.document().getElementById("kc-form-login")).isNotNull();
        Oidc.TokenResponse refreshed = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "client_id", Oidc.MEMBER_PORTAL,
                "refresh_token", before.response().get("refresh_token").asText()));
        assertThat(refreshed.status()).isEqualTo(400);
        assertThat(refreshed.body().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(new CodeLogin(stack).password(member.kpj(), member.account().password()).leftOrigin()).isFalse();
        assertThat(oidc.signIn(member.kpj(), NEW_PASSWORD).access().get("membership_number").asText()).isEqualTo(member.kpj());

        assertThat(stack.sms().awaitPurpose(member.account().phone(), "notice")).extracting(SmsGateway.Sms::message)
                .anyMatch(text -> text.contains("kata sandi akun Anda diganti") && text.contains("WIB"));
        assertThat(stack.mail().awaitTo(member.account().email())).extracting(Mailbox.Mail::body)
                .anyMatch(body -> body.contains("kata sandi akun Anda diganti"));
        JsonNode events = new Admin(stack).get("/events?type=RESET_PASSWORD&user=" + member.account().id() + "&max=20").json();
        assertThat(events).anyMatch(event -> "password".equals(event.at("/details/reset_step").asText())
                && event.at("/details/sessions_ended").asInt() >= 1);
        assertThat(events.toString()).doesNotContain(member.nik()).doesNotContain("\"" + member.kpj() + "\"");
    }

    @Test
    void aWrongNikAWrongBirthDateAnUnknownKpjAndAnUnknownEmailAllGetTheSameAnswerAndNoCode(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        String otherNik = member.nik().substring(0, 12) + (member.nik().endsWith("1") ? "0002" : "0001");
        String otherDay = member.birthDate().substring(0, 8) + (member.birthDate().endsWith("01") ? "02" : "01");
        List<List<String>> attempts = List.of(
                List.of(member.kpj(), otherNik, member.birthDate()),
                List.of(member.kpj(), member.nik(), otherDay),
                List.of("11899999998", member.nik(), member.birthDate()),
                List.of("tidak.ada@example.test", member.nik(), member.birthDate()));

        for (List<String> attempt : attempts) {
            Recovery recovery = new Recovery(stack);
            Browser.Page page = recovery.identify(recovery.open(), attempt.get(0), attempt.get(1), attempt.get(2));
            assertThat(page.body()).as("%s", attempt.get(0)).contains(MISMATCH);
            assertThat(page.form(Recovery.IDENTITY_FORM).fields().get("nik")).isEmpty();
        }
        assertThat(stack.sms().to(member.account().phone())).isEmpty();
    }

    @Test
    void emptyOrMalformedFieldsAreRefusedFieldByFieldWithoutAnyCheck(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        Recovery recovery = new Recovery(stack);

        Browser.Page page = recovery.identify(recovery.open(), "", "1234", "kemarin");

        assertThat(page.body()).contains("Masukkan nomor peserta (KPJ) atau email Anda.", "NIK harus 16 angka.",
                "Tanggal lahir tidak valid");
        assertThat(page.body()).doesNotContain(MISMATCH);
        page = recovery.identify(page, member.kpj(), member.nik(), "");
        assertThat(page.body()).contains("Tanggal lahir tidak valid");
        assertThat(stack.sms().to(member.account().phone())).isEmpty();
    }

    @Test
    void anImportedAccountIsCheckedAgainstTheRegistryAndKeepsTheNikHashFromThen(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember member = members.createRegistered(false);
        assertThat(members.attributes(member.account()).has("nikHash")).isFalse();

        Browser.Page done = new Recovery(stack).recover(stack, member.account().email(), member.nik(), member.birthDate(),
                member.account().phone(), NEW_PASSWORD);

        assertThat(done.body()).contains("Kata sandi Anda sudah diganti");
        assertThat(members.attributes(member.account()).at("/nikHash/0").asText()).startsWith("v1:");
    }

    @Test
    void aNewPasswordThePolicyRefusesChangesNothing(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        Recovery recovery = new Recovery(stack);
        Browser.Page codePage = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
        Browser.Page passwordPage = recovery.code(codePage, stack.sms().latest(member.account().phone()).code());

        Browser.Page blocklisted = recovery.newPassword(passwordPage, "qwertyuiop123", "qwertyuiop123");
        assertThat(blocklisted.document().getElementById(Recovery.PASSWORD_FORM)).isNotNull();
        assertThat(blocklisted.body()).contains("tidak diizinkan");
        Browser.Page mismatch = recovery.newPassword(blocklisted, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(mismatch.document().getElementById(Recovery.PASSWORD_FORM)).isNotNull();

        assertThat(new Oidc(stack).signIn(member.kpj(), member.account().password()).access().get("preferred_username").asText())
                .isEqualTo(member.kpj());
    }

    @Test
    void wrongRecoveryCodesCountTowardTheLockout(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember member = members.createRegistered(true);
        Recovery recovery = new Recovery(stack);
        Browser.Page codePage = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
        String wrong = stack.sms().latest(member.account().phone()).code().equals("000000") ? "111111" : "000000";

        codePage = recovery.code(codePage, wrong);
        Pause.likeAPerson();
        recovery.code(codePage, wrong);

        assertThat(members.bruteForceStatus(member.account()).path("numFailures").asInt()).isEqualTo(2);
    }

    @Test
    void recoveryLiftsAPermanentLockoutAndTheRightCodeAloneLiftsNothing(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember member = members.createRegistered(true);
        Admin admin = new Admin(stack);
        try (BruteForce ignored = BruteForce.withWaitIncrement(stack, 2)) {
            LockoutTest.lockPermanently(stack, member.account());
        }
        assertThat(admin.get("/users/" + member.account().id()).json().path("enabled").asBoolean()).isFalse();

        Recovery recovery = new Recovery(stack);
        Browser.Page codePage = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
        Browser.Page passwordPage = recovery.code(codePage, stack.sms().latest(member.account().phone()).code());
        assertThat(admin.get("/users/" + member.account().id()).json().path("enabled").asBoolean()).isFalse();
        recovery.newPassword(passwordPage, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(admin.get("/users/" + member.account().id()).json().path("enabled").asBoolean()).isTrue();
        assertThat(members.bruteForceStatus(member.account()).path("disabled").asBoolean()).isFalse();
        assertThat(new Oidc(stack).signIn(member.kpj(), NEW_PASSWORD).access().get("preferred_username").asText()).isEqualTo(member.kpj());
    }

    @Test
    void anAccountAnOperatorSwitchedOffIsNotSwitchedBackOnByRecovery(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        Admin admin = new Admin(stack);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
                admin.get("/users/" + member.account().id()).json(), Map.class);
        user.put("enabled", false);
        assertThat(admin.put("/users/" + member.account().id(), user).status()).isEqualTo(204);

        Recovery recovery = new Recovery(stack);
        Browser.Page codePage = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());
        Browser.Page refused = recovery.code(codePage, stack.sms().latest(member.account().phone()).code());

        assertThat(refused.body()).contains("dinonaktifkan oleh petugas");
        assertThat(refused.document().getElementById(Recovery.PASSWORD_FORM)).isNull();
        assertThat(admin.get("/users/" + member.account().id()).json().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void recoveryAndRegistrationChecksShareOneThrottleAndABlockedKpjsOwnerIsTold(Stack stack) {
        RegisteredMember member = new TestMembers(stack).createRegistered(true);
        Admin admin = new Admin(stack);
        String registrationConfig = configOf(admin, "bpjstk registration form", "bpjstk-member-registration");
        assertThat(configOf(admin, "bpjstk reset credentials", "bpjstk-reset-identify")).isEqualTo(registrationConfig);
        FlowConfig checks = FlowConfig.registrationChecks(stack);
        Map<String, String> original = checks.current();
        checks.set(checks.with(Map.of("kpj-max-failures", "2")));
        try {
            String otherNik = member.nik().substring(0, 12) + (member.nik().endsWith("1") ? "0002" : "0001");
            Recovery recovery = new Recovery(stack);
            recovery.identify(recovery.open(), member.kpj(), otherNik, member.birthDate());
            Registration registration = new Registration(stack);
            registration.submit(registration.open(), Registration.fields(member.kpj(), otherNik, member.birthDate(),
                    "lain-" + member.account().email(), "+6281299999998", NEW_PASSWORD));

            Browser.Page blocked = recovery.identify(recovery.open(), member.kpj(), member.nik(), member.birthDate());

            assertThat(blocked.body()).contains("ditangguhkan sementara");
            assertThat(stack.sms().to(member.account().phone())).extracting(SmsGateway.Sms::purpose).doesNotContain("reset");
            assertThat(stack.sms().to(member.account().phone())).extracting(SmsGateway.Sms::message)
                    .anyMatch(text -> text.contains("diblokir 24 jam"));
        } finally {
            checks.set(original);
        }
    }

    private static String configOf(Admin admin, String flow, String provider) {
        String path = URLEncoder.encode(flow, StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : admin.get("/authentication/flows/" + path + "/executions").json()) {
            if (provider.equals(execution.path("providerId").asText())) {
                return execution.path("authenticationConfig").asText();
            }
        }
        throw new AssertionError(provider + " is not in " + flow);
    }
}

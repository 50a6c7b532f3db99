package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.BruteForce;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.ParallelGuesses;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestStaff;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestStaff;

/** The realm's lockout after wrong passwords and codes, what the member is told, and how an operator lifts it. */
@ExtendWith(StackExtension.class)
class LockoutTest {

    /** What the sign-in page says to a wrong password, to an unknown account and to a locked one alike. */
    static final String WRONG_PASSWORD = "Nomor peserta/email atau kata sandi salah.";

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefusedWithTheSameWords(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        for (int i = 1; i <= 5; i++) {
            Browser.Page page = login.password(member.kpj(), "salah-sandi-ke-" + i);
            assertThat(page.body()).contains(WRONG_PASSWORD);
            Pause.likeAPerson();
        }

        JsonNode status = members.bruteForceStatus(member);
        assertThat(status.path("disabled").asBoolean()).isTrue();
        assertThat(status.path("numFailures").asInt()).isEqualTo(5);
        Browser.Page locked = login.password(member.kpj(), member.password());
        assertThat(locked.leftOrigin()).isFalse();
        Browser.Page stranger = login.password("11899999990", "apa saja yang panjang");
        assertThat(locked.body()).contains(WRONG_PASSWORD).doesNotContainIgnoringCase("kunci").doesNotContainIgnoringCase("nonaktif");
        assertThat(message(locked)).isEqualTo(message(stranger));
    }

    @Test
    void theLockedMemberIsToldBySmsAndEmailWhenUntilWhenAndWhatToDo(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);

        lock(stack, member);

        List<SmsGateway.Sms> notices = stack.sms().awaitPurpose(member.phone(), "lockout");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).message()).contains("dikunci sementara pada", "WIB", "setelah", "Lupa kata sandi")
                .doesNotContain(member.password());
        List<Mailbox.Mail> mails = stack.mail().awaitTo(member.email());
        assertThat(mails).extracting(Mailbox.Mail::subject).contains("Akun BPJS Ketenagakerjaan Anda terkunci");
        assertThat(mails.get(mails.size() - 1).body()).contains("dikunci sementara pada");
    }

    @Test
    void theLockEndsByItselfAndTheRightPasswordThenSignsIn(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        try (BruteForce ignored = BruteForce.withWaitIncrement(stack, 3)) {
            lock(stack, member);
            assertThat(members.bruteForceStatus(member).path("disabled").asBoolean()).isTrue();

            awaitUnlocked(members, member);

            assertThat(new Oidc(stack).signIn(member.kpj(), member.password()).access().get("preferred_username").asText())
                    .isEqualTo(member.kpj());
            assertThat(members.bruteForceStatus(member).path("numFailures").asInt()).isZero();
        }
    }

    @Test
    void repeatedLockoutsBecomePermanentAndOnlyAnOperatorOrARecoveryLiftsThem(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        Admin admin = new Admin(stack);
        try (BruteForce ignored = BruteForce.withWaitIncrement(stack, 2)) {
            lockPermanently(stack, member);

            assertThat(admin.get("/users/" + member.id()).json().path("enabled").asBoolean()).isFalse();
            assertThat(stack.sms().awaitPurpose(member.phone(), "lockout")).extracting(SmsGateway.Sms::message)
                    .anyMatch(text -> text.contains("dikunci pada") && text.contains("Lupa kata sandi"));
            Pause.millis(3_000);
            Browser.Page refused = new CodeLogin(stack).password(member.kpj(), member.password());
            assertThat(refused.leftOrigin()).isFalse();
            assertThat(refused.body()).contains(WRONG_PASSWORD);
        }

        // the help desk sees who is locked and since when, and unlocks (switching the account back on)
        String operator = new TestStaff(stack).adminConsoleToken("helpdesk");
        Api keycloak = new Api(stack.keycloakUrl());
        String realm = "/admin/realms/" + Stack.REALM;
        JsonNode status = keycloak.get(realm + "/attack-detection/brute-force/users/" + member.id(), operator).json();
        assertThat(status.path("disabled").asBoolean()).isTrue();
        assertThat(status.path("lastFailure").asLong()).isPositive();
        assertThat(keycloak.post("/realms/" + Stack.REALM + "/helpdesk/users/" + member.id() + "/unlock", operator, Map.of()).status())
                .isEqualTo(204);
        assertThat(admin.get("/users/" + member.id()).json().path("enabled").asBoolean()).isTrue();

        assertThat(new Oidc(stack).signIn(member.kpj(), member.password()).access().get("preferred_username").asText())
                .isEqualTo(member.kpj());
        JsonNode adminEvents = keycloak.get(realm + "/admin-events?resourceTypes=USER_LOGIN_FAILURE&max=50", operator).json();
        assertThat(adminEvents).anyMatch(event -> event.path("operationType").asText().equals("DELETE")
                && event.path("resourcePath").asText().contains(member.id()));
    }

    @Test
    void wrongCodesAndWrongPasswordsFillOneCounterAndACodeDuringTheLockIsNeitherCheckedNorSent(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);
        Browser.Page page = login.password(member.kpj(), member.password());
        String right = stack.sms().latest(member.phone()).code();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 2; i++) {
            page = login.code(page, wrong);
            Pause.likeAPerson();
        }
        assertThat(members.bruteForceStatus(member).path("numFailures").asInt()).isEqualTo(2);

        // meanwhile, someone else guesses the password three times
        CodeLogin stranger = new CodeLogin(stack);
        for (int i = 0; i < 3; i++) {
            stranger.password(member.kpj(), "tebakan-orang-lain-" + i);
            Pause.likeAPerson();
        }
        assertThat(members.bruteForceStatus(member).path("disabled").asBoolean()).isTrue();
        assertThat(stack.sms().awaitPurpose(member.phone(), "lockout")).hasSize(1);

        long codesSent = codes(stack, member);
        Browser.Page afterLock = login.code(page, right);
        assertThat(afterLock.leftOrigin()).isFalse();
        assertThat(afterLock.body()).contains("Coba lagi nanti");
        assertThat(login.resend(page).leftOrigin()).isFalse();
        assertThat(codes(stack, member)).isEqualTo(codesSent);
        assertThat(members.bruteForceStatus(member).path("disabled").asBoolean()).isTrue();
    }

    @Test
    void twentyConnectionsGuessingAtOnceStillLockAtTheLimitAndNoFailureIsLost(Stack stack) throws Exception {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED);
        int connections = 20;
        int sent = ParallelGuesses.untilLocked(stack, members, member, connections, WRONG_PASSWORD);

        JsonNode status = members.bruteForceStatus(member);
        assertThat(status.path("disabled").asBoolean()).as("locked").isTrue();
        int failures = status.path("numFailures").asInt();
        assertThat(failures).as("guesses checked, of %d sent", sent).isBetween(5, 5 + 2);
        // every guess that was checked against the password was counted: none was lost to the race
        JsonNode events = new Admin(stack).get("/events?type=LOGIN_ERROR&user=" + member.id() + "&max=2000").json();
        long checked = 0;
        for (JsonNode event : events) {
            if ("invalid_user_credentials".equals(event.path("error").asText())) {
                checked++;
            }
        }
        assertThat(checked).isEqualTo(failures);
        System.out.printf("20 connections: %d guesses sent, %d checked against the password, then locked%n", sent, failures);
        Browser.Page right = new CodeLogin(stack).password(member.kpj(), member.password());
        assertThat(right.leftOrigin()).isFalse();
    }

    @Test
    void failedLoginsAndLockoutsAreEventsWithMaskedUsernames(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        String passwordInTheWrongField = "Kata-Sandi-Rahasia-" + member.kpj();
        login.password(passwordInTheWrongField, "apa saja");
        Pause.likeAPerson();
        login.password("orang.lain@example.test", "apa saja");
        Pause.likeAPerson();
        lock(stack, member);

        String operator = new TestStaff(stack).adminConsoleToken("helpdesk");
        JsonNode events = new Api(stack.keycloakUrl()).get("/admin/realms/" + Stack.REALM + "/events?max=300", operator).json();
        String all = events.toString();
        assertThat(all).doesNotContain(passwordInTheWrongField).doesNotContain("orang.lain@").doesNotContain("\"" + member.kpj() + "\"");
        assertThat(all).contains("o***@example.test");
        List<JsonNode> mine = new ArrayList<>();
        events.forEach(event -> {
            if (member.id().equals(event.path("userId").asText())) {
                mine.add(event);
            }
        });
        assertThat(mine).anyMatch(event -> event.path("type").asText().equals("LOGIN_ERROR")
                && event.path("details").path("username").asText().equals(member.kpj().substring(0, 4) + "*****" + member.kpj().substring(9)));
        assertThat(mine).anyMatch(event -> event.path("type").asText().equals("USER_DISABLED_BY_TEMPORARY_LOCKOUT"));
    }

    private static long codes(Stack stack, Member member) {
        return stack.sms().to(member.phone()).stream().filter(sms -> !sms.purpose().equals("lockout")).count();
    }

    /** Five wrong passwords, a person's pace apart. */
    static void lock(Stack stack, Member member) {
        CodeLogin login = new CodeLogin(stack);
        for (int i = 1; i <= 5; i++) {
            login.password(member.kpj(), "salah-sandi-ke-" + i);
            Pause.likeAPerson();
        }
    }

    /** Wrong passwords until the realm locks the account for good, waiting out each temporary lock (shortened). */
    static void lockPermanently(Stack stack, Member member) {
        TestMembers members = new TestMembers(stack);
        Admin admin = new Admin(stack);
        CodeLogin login = new CodeLogin(stack);
        for (int attempt = 1; attempt <= 200; attempt++) {
            if (!admin.get("/users/" + member.id()).json().path("enabled").asBoolean()) {
                return;
            }
            if (members.bruteForceStatus(member).path("disabled").asBoolean()) {
                Pause.millis(200);
                continue;
            }
            login.password(member.kpj(), "salah-sandi-ke-" + attempt);
            Pause.likeAPerson();
        }
        throw new AssertionError("the account was not locked for good");
    }

    static void awaitUnlocked(TestMembers members, Member member) {
        for (int i = 0; i < 150 && members.bruteForceStatus(member).path("disabled").asBoolean(); i++) {
            Pause.millis(200);
        }
    }

    /** The page's error message, as a member reads it. */
    private static String message(Browser.Page page) {
        var error = page.document().selectFirst("#input-error-username, #input-error, .pf-v5-c-alert__title, .kc-feedback-text");
        return error == null ? page.document().text() : error.text();
    }
}

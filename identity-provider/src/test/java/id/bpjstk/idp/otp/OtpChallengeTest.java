package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

import id.bpjstk.idp.otp.OtpChallenge.Verdict;

/** The per-login code state, on an authentication session that keeps only its auth notes. */
class OtpChallengeTest {

    private static final byte[] KEY = "a realm key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_800_000_000_000L;
    private static final long FIVE_MINUTES = 300_000L;

    private final AuthenticationSessionModel login = authSession("root-1", "tab-1");

    private OtpChallenge issued(AuthenticationSessionModel session, String code) {
        OtpChallenge challenge = new OtpChallenge(session, "sign-in", 3);
        challenge.issue(OtpCodes.mac(KEY, challenge.binding(), code), NOW + FIVE_MINUTES);
        return challenge;
    }

    @Test
    void theRightCodeIsAcceptedOnceAndThenIsUsedUp() {
        OtpChallenge challenge = issued(login, "123456");

        assertThat(challenge.check("123456", KEY, NOW + 1_000)).isEqualTo(Verdict.ACCEPTED);
        assertThat(challenge.check("123456", KEY, NOW + 2_000)).isEqualTo(Verdict.NONE);
    }

    @Test
    void threeWrongEntriesKillTheCodeAndTheRightOneIsThenRefused() {
        OtpChallenge challenge = issued(login, "123456");

        assertThat(challenge.check("000000", KEY, NOW)).isEqualTo(Verdict.WRONG);
        assertThat(challenge.attemptsLeft()).isEqualTo(2);
        assertThat(challenge.check("000001", KEY, NOW)).isEqualTo(Verdict.WRONG);
        assertThat(challenge.check("000002", KEY, NOW)).isEqualTo(Verdict.KILLED);
        assertThat(challenge.check("123456", KEY, NOW)).isEqualTo(Verdict.DEAD);
        assertThat(challenge.isDead()).isTrue();
    }

    @Test
    void aNewCodeDoesNotResetTheFailureCountOfTheLogin() {
        OtpChallenge challenge = issued(login, "123456");
        challenge.check("000000", KEY, NOW);
        challenge.check("000001", KEY, NOW);

        OtpChallenge resent = issued(login, "654321");

        assertThat(resent.attemptsLeft()).isEqualTo(1);
        assertThat(resent.check("000002", KEY, NOW)).isEqualTo(Verdict.KILLED);
        assertThat(resent.check("654321", KEY, NOW)).isEqualTo(Verdict.DEAD);
    }

    @Test
    void aResentCodeReplacesThePreviousCode() {
        issued(login, "123456");
        OtpChallenge resent = issued(login, "654321");

        assertThat(resent.check("123456", KEY, NOW)).isEqualTo(Verdict.WRONG);
        assertThat(resent.check("654321", KEY, NOW)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aCodeIsRefusedAfterItsValidityAndAtTheExactEnd() {
        OtpChallenge challenge = issued(login, "123456");

        assertThat(challenge.check("123456", KEY, NOW + FIVE_MINUTES)).isEqualTo(Verdict.EXPIRED);
        assertThat(challenge.hasLiveCode(NOW + FIVE_MINUTES)).isFalse();
        assertThat(challenge.hasLiveCode(NOW + FIVE_MINUTES - 1)).isTrue();
    }

    @Test
    void malformedInputIsNotCountedAsAGuess() {
        OtpChallenge challenge = issued(login, "123456");

        for (String bad : new String[] {"abcdef", "12345", "1234567", " 12345", "", null}) {
            assertThat(challenge.check(bad, KEY, NOW)).isEqualTo(Verdict.MALFORMED);
        }
        assertThat(challenge.attemptsLeft()).isEqualTo(3);
        assertThat(challenge.check("123456", KEY, NOW)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aCodeFromAnotherLoginDoesNotWorkHere() {
        AuthenticationSessionModel otherLogin = authSession("root-2", "tab-1");
        issued(otherLogin, "111111");
        OtpChallenge here = issued(login, "222222");

        assertThat(here.check("111111", KEY, NOW)).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aCodeSentForPhoneVerificationDoesNotServeSignIn() {
        OtpChallenge phone = new OtpChallenge(login, "phone-verification", 3);
        phone.issue(OtpCodes.mac(KEY, phone.binding(), "123456"), NOW + FIVE_MINUTES);

        OtpChallenge signIn = new OtpChallenge(login, "sign-in", 3);
        assertThat(signIn.binding()).isNotEqualTo(phone.binding());
        assertThat(signIn.check("123456", KEY, NOW)).as("no sign-in code was sent in this login").isEqualTo(Verdict.NONE);
        assertThat(phone.attemptsLeft()).as("uses keep their own counts").isEqualTo(3);
    }

    @Test
    void nothingIsCheckedWhenNoCodeWasSent() {
        assertThat(new OtpChallenge(login, "sign-in", 3).check("123456", KEY, NOW)).isEqualTo(Verdict.NONE);
    }

    /** An authentication session with auth notes, a tab id and a root session id; nothing else is used. */
    private static AuthenticationSessionModel authSession(String rootId, String tabId) {
        Map<String, String> notes = new HashMap<>();
        RootAuthenticationSessionModel root = (RootAuthenticationSessionModel) Proxy.newProxyInstance(
                OtpChallengeTest.class.getClassLoader(), new Class<?>[] {RootAuthenticationSessionModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> rootId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (AuthenticationSessionModel) Proxy.newProxyInstance(OtpChallengeTest.class.getClassLoader(),
                new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAuthNote" -> notes.get((String) args[0]);
                    case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                    case "removeAuthNote" -> notes.remove((String) args[0]);
                    case "getTabId" -> tabId;
                    case "getParentSession" -> root;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package id.bpjstk.idp.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.UserSessionModel;

/** Which actions are changes of how a member signs in, and when the session's level 2 is recent enough for one. */
class SignInChangesTest {

    @Test
    void enrollingOrRemovingAFactorOrChangingPasswordOrEmailIsAChange() {
        assertThat(SignInChanges.isChange("CONFIGURE_TOTP")).isTrue();
        assertThat(SignInChanges.isChange("webauthn-register-passwordless")).isTrue();
        assertThat(SignInChanges.isChange("UPDATE_PASSWORD")).isTrue();
        assertThat(SignInChanges.isChange("UPDATE_EMAIL")).isTrue();
    }

    @Test
    void removingACredentialIsAChangeWhateverItsParameter() {
        assertThat(SignInChanges.isChange("delete_credential:2f6d0b5c-0000-4000-8000-000000000001")).isTrue();
        assertThat(SignInChanges.isChange("delete_credential")).isTrue();
    }

    @Test
    void provingThePhoneOrTurningSmsTwoStepOnWhichTakeACodeToItOrChoosingALanguageIsNotAChangeToGuard() {
        assertThat(SignInChanges.isChange("bpjstk-enable-sms-two-step")).isFalse();
        assertThat(SignInChanges.isChange("bpjstk-verify-phone")).isFalse();
        assertThat(SignInChanges.isChange("update_user_locale")).isFalse();
        assertThat(SignInChanges.isChange("UPDATE_PROFILE")).isFalse();
    }

    @Test
    void levelTwoReachedWithinTheMaximumAgeIsFresh() {
        int now = Time.currentTime();
        assertThat(SignInChanges.levelTwoIsFresh(session("{\"1\":" + now + ",\"2\":" + (now - 60) + "}"), 300)).isTrue();
    }

    @Test
    void levelTwoReachedLongerAgoIsNotFreshEvenAfterAFreshPassword() {
        int now = Time.currentTime();
        assertThat(SignInChanges.levelTwoIsFresh(session("{\"1\":" + now + ",\"2\":" + (now - 301) + "}"), 300)).isFalse();
    }

    @Test
    void aSessionThatNeverReachedLevelTwoOrHasNoReadableLevelsIsNotFresh() {
        assertThat(SignInChanges.levelTwoIsFresh(session("{\"1\":" + Time.currentTime() + "}"), 300)).isFalse();
        assertThat(SignInChanges.levelTwoIsFresh(session(null), 300)).isFalse();
        assertThat(SignInChanges.levelTwoIsFresh(session("not json"), 300)).isFalse();
    }

    @Test
    void forgettingLevelTwoKeepsThePasswordsLevel() {
        String levels = SignInChanges.withoutLevelTwo("{\"1\":1764000000,\"2\":1764000100}");

        assertThat(levels).contains("\"1\":1764000000").doesNotContain("\"2\"");
        assertThat(SignInChanges.withoutLevelTwo(null)).isEqualTo("{}");
    }

    @Test
    void theMaximumAgeIsFiveMinutesAndCannotBeSetAboveFifteen() {
        assertThat(SignInChanges.MAX_AGE.defaultNumber()).isEqualTo(300);
        assertThat(SignInChanges.MAX_AGE.problem("901")).isPresent();
        assertThat(SignInChanges.MAX_AGE.problem("0")).isPresent();
    }

    private static UserSessionModel session(String loaMap) {
        return (UserSessionModel) Proxy.newProxyInstance(UserSessionModel.class.getClassLoader(), new Class<?>[] {UserSessionModel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getNote") && Constants.LOA_MAP.equals(args[0])) {
                        return loaMap;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

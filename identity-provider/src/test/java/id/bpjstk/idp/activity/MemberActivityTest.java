package id.bpjstk.idp.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

import id.bpjstk.idp.activity.ActivityEntry.Kind;

/** Which of a member's stored events become lines of her activity, in which words, and with nothing else of them. */
class MemberActivityTest {

    private static final long T = 1_764_000_000_000L;

    @Test
    void aWrongPasswordIsAFailedSignInAndAWrongSmsCodeIsACodeFailure() {
        Event password = event(EventType.LOGIN_ERROR, T, Map.of(Details.USERNAME, "110****0017"));
        password.setError("invalid_user_credentials");
        Event code = event(EventType.LOGIN_ERROR, T, Map.of(Details.AUTH_METHOD, "sms-otp", "otp_purpose", "login"));
        code.setError("invalid_user_credentials");
        Event capped = event(EventType.LOGIN_ERROR, T, Map.of("code_limit", "daily"));
        capped.setError("code_limit_reached");

        assertThat(ActivityEntry.of(password)).get().extracting(ActivityEntry::kind).isEqualTo(Kind.SIGN_IN_FAILED);
        assertThat(ActivityEntry.of(code)).get().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Kind.CODE_FAILED);
            assertThat(line.method()).isEqualTo("sms");
        });
        assertThat(ActivityEntry.of(capped)).get().extracting(ActivityEntry::kind).isEqualTo(Kind.CODE_FAILED);
    }

    @Test
    void changesNameTheMethodAddedOrRemoved() {
        assertThat(ActivityEntry.of(event(EventType.UPDATE_CREDENTIAL, T, Map.of(Details.CREDENTIAL_TYPE, "otp"))))
                .get().satisfies(line -> {
                    assertThat(line.kind()).isEqualTo(Kind.METHOD_ADDED);
                    assertThat(line.method()).isEqualTo("otp");
                });
        assertThat(ActivityEntry.of(event(EventType.UPDATE_CREDENTIAL, T, Map.of(Details.CREDENTIAL_TYPE, "password"))))
                .get().extracting(ActivityEntry::kind).isEqualTo(Kind.PASSWORD_CHANGED);
        assertThat(ActivityEntry.of(event(EventType.REMOVE_CREDENTIAL, T, Map.of(Details.CREDENTIAL_TYPE, "webauthn-passwordless"))))
                .get().extracting(ActivityEntry::method).isEqualTo("passkey");
        assertThat(ActivityEntry.of(event(EventType.CUSTOM_REQUIRED_ACTION, T,
                Map.of(Details.CUSTOM_REQUIRED_ACTION, "bpjstk-enable-sms-two-step"))))
                .get().extracting(ActivityEntry::kind).isEqualTo(Kind.TWO_STEP_ON);
    }

    @Test
    void onlyTheRecoverysEndIsAResetAndOnlyAWrongCodeOfAPhoneActionIsShown() {
        assertThat(ActivityEntry.of(event(EventType.RESET_PASSWORD, T, Map.of("reset_step", "identity")))).isEmpty();
        assertThat(ActivityEntry.of(event(EventType.RESET_PASSWORD, T, Map.of(Details.AUTH_METHOD, "sms-otp")))).isEmpty();
        assertThat(ActivityEntry.of(event(EventType.RESET_PASSWORD, T, Map.of("reset_step", "password"))))
                .get().extracting(ActivityEntry::kind).isEqualTo(Kind.PASSWORD_RESET);

        Event wrongCode = event(EventType.CUSTOM_REQUIRED_ACTION_ERROR, T, Map.of("bpjstk_action", "bpjstk-verify-phone"));
        wrongCode.setError("invalid_user_credentials");
        Event otherAction = event(EventType.CUSTOM_REQUIRED_ACTION_ERROR, T, Map.of());
        otherAction.setError("invalid_user_credentials");
        assertThat(ActivityEntry.of(wrongCode)).get().extracting(ActivityEntry::kind).isEqualTo(Kind.CODE_FAILED);
        assertThat(ActivityEntry.of(otherAction)).isEmpty();
    }

    @Test
    void aLineKeepsTypeTimeClientAndAddressAndNothingElseOfTheEvent() {
        Event login = event(EventType.LOGIN, T, Map.of(Details.USERNAME, "110****0017", Details.CODE_ID, "secret-code-id",
                Details.REDIRECT_URI, "http://localhost:8083/callback"));

        ActivityEntry line = ActivityEntry.of(login).orElseThrow();

        assertThat(line).isEqualTo(new ActivityEntry(Kind.SIGN_IN, "LOGIN", T, "member-web", "192.0.2.10", null));
        assertThat(ActivityEntry.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("kind", "event", "time", "clientId", "ipAddress", "method");
    }

    @Test
    void theSameChangeWrittenTwiceInAMomentIsOneLineEachFailedAttemptIsItsOwnAndAtMostTwentyAreShown() {
        Event first = event(EventType.CUSTOM_REQUIRED_ACTION, T, Map.of(Details.CUSTOM_REQUIRED_ACTION, "bpjstk-enable-sms-two-step"));
        Event again = event(EventType.CUSTOM_REQUIRED_ACTION, T - 300, Map.of(Details.CUSTOM_REQUIRED_ACTION, "bpjstk-enable-sms-two-step"));
        Event signIn = event(EventType.LOGIN, T - 60_000, Map.of());
        Event signInEarlier = event(EventType.LOGIN, T - 120_000, Map.of());

        assertThat(MemberActivity.recent(Stream.of(first, again, signIn, signInEarlier))).extracting(ActivityEntry::kind)
                .containsExactly(Kind.TWO_STEP_ON, Kind.SIGN_IN, Kind.SIGN_IN);

        Event failed = event(EventType.LOGIN_ERROR, T, Map.of());
        failed.setError("invalid_user_credentials");
        Event failedAgain = event(EventType.LOGIN_ERROR, T - 2_000, Map.of());
        failedAgain.setError("invalid_user_credentials");
        assertThat(MemberActivity.recent(Stream.of(failed, failedAgain))).as("every failed attempt counts").hasSize(2);

        List<ActivityEntry> many = MemberActivity.recent(IntStream.range(0, 50)
                .mapToObj(i -> event(EventType.LOGIN, T - i * 60_000L, Map.of())));
        assertThat(many).hasSize(MemberActivity.LIMIT);
        assertThat(many.get(0).time()).isEqualTo(T);
    }

    @Test
    void tokenTrafficIsNotActivity() {
        assertThat(ActivityEntry.of(event(EventType.CODE_TO_TOKEN, T, Map.of()))).isEmpty();
        assertThat(ActivityEntry.of(event(EventType.REFRESH_TOKEN, T, Map.of()))).isEmpty();
        assertThat(List.of(ActivityEntry.TYPES)).doesNotContain(EventType.CODE_TO_TOKEN, EventType.REFRESH_TOKEN);
    }

    private static Event event(EventType type, long time, Map<String, String> details) {
        Event event = new Event();
        event.setType(type);
        event.setTime(time);
        event.setRealmId("realm");
        event.setUserId("user");
        event.setSessionId("session");
        event.setClientId("member-web");
        event.setIpAddress("192.0.2.10");
        event.setDetails(new HashMap<>(details));
        return event;
    }
}

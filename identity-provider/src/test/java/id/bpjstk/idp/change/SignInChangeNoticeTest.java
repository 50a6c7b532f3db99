package id.bpjstk.idp.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/** Which events tell the member of a change, with which text, and to which email address. */
class SignInChangeNoticeTest {

    @Test
    void anAuthenticatorAppAddedIsTold() {
        assertThat(SignInChangeNotice.of(event(EventType.UPDATE_CREDENTIAL, Map.of(Details.CREDENTIAL_TYPE, "otp"))))
                .get().extracting(SignInChangeNotice::key).isEqualTo("bpjstkChangeOtpAddedNotice");
    }

    @Test
    void aPasswordChangedOrAPasskeyRemovedIsTold() {
        assertThat(SignInChangeNotice.of(event(EventType.UPDATE_CREDENTIAL, Map.of(Details.CREDENTIAL_TYPE, "password"))))
                .get().extracting(SignInChangeNotice::key).isEqualTo("bpjstkChangePasswordNotice");
        assertThat(SignInChangeNotice.of(event(EventType.REMOVE_CREDENTIAL, Map.of(Details.CREDENTIAL_TYPE, "webauthn-passwordless"))))
                .get().extracting(SignInChangeNotice::key).isEqualTo("bpjstkChangePasskeyRemovedNotice");
    }

    @Test
    void anEmailChangeIsToldToTheOldAddressShowingTheNewOneMasked() {
        SignInChangeNotice notice = SignInChangeNotice.of(event(EventType.UPDATE_EMAIL,
                Map.of(Details.PREVIOUS_EMAIL, "siti@example.test", Details.UPDATED_EMAIL, "someone.else@example.test"))).orElseThrow();

        assertThat(notice.key()).isEqualTo("bpjstkChangeEmailNotice");
        assertThat(notice.previousEmail()).isEqualTo("siti@example.test");
        assertThat(notice.detail()).doesNotContain("someone.else").contains("@");
    }

    @Test
    void turningSmsTwoStepOnIsToldButProvingThePhoneIsNot() {
        assertThat(SignInChangeNotice.of(event(EventType.CUSTOM_REQUIRED_ACTION,
                Map.of(Details.CUSTOM_REQUIRED_ACTION, "bpjstk-enable-sms-two-step")))).isPresent();
        assertThat(SignInChangeNotice.of(event(EventType.CUSTOM_REQUIRED_ACTION,
                Map.of(Details.CUSTOM_REQUIRED_ACTION, "bpjstk-verify-phone")))).isEmpty();
    }

    @Test
    void aSignInOrAFailedChangeIsNotTold() {
        assertThat(SignInChangeNotice.of(event(EventType.LOGIN, Map.of()))).isEmpty();
        Event failed = event(EventType.UPDATE_CREDENTIAL, Map.of(Details.CREDENTIAL_TYPE, "otp"));
        failed.setError("invalid_user_credentials");
        assertThat(SignInChangeNotice.of(failed)).isEmpty();
    }

    private static Event event(EventType type, Map<String, String> details) {
        Event event = new Event();
        event.setType(type);
        event.setRealmId("realm");
        event.setUserId("user");
        event.setTime(1_764_000_000_000L);
        event.setDetails(details);
        return event;
    }
}

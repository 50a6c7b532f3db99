package id.bpjstk.idp.change;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.phone.EnableSmsTwoStepAction;
import id.bpjstk.member.Masking;

/**
 * The notice a member receives, by SMS to her phone and by email to her address as it was before the change, when
 * how she signs in or is reached changed: a password, an authenticator app, a passkey or recovery codes added or
 * removed, her email changed, two-step verification turned on. Read from Keycloak's events; {@code detail} is what
 * the text may show of the new contact (masked), if anything.
 */
record SignInChangeNotice(String realmId, String userId, String key, String previousEmail, String detail, long time) {

    private static final Map<String, String> ADDED = Map.of(
            PasswordCredentialModel.TYPE, "bpjstkChangePasswordNotice",
            OTPCredentialModel.TYPE, "bpjstkChangeOtpAddedNotice",
            WebAuthnCredentialModel.TYPE_TWOFACTOR, "bpjstkChangePasskeyAddedNotice",
            WebAuthnCredentialModel.TYPE_PASSWORDLESS, "bpjstkChangePasskeyAddedNotice",
            RecoveryAuthnCodesCredentialModel.TYPE, "bpjstkChangeRecoveryCodesNotice");
    private static final Map<String, String> REMOVED = Map.of(
            OTPCredentialModel.TYPE, "bpjstkChangeOtpRemovedNotice",
            WebAuthnCredentialModel.TYPE_TWOFACTOR, "bpjstkChangePasskeyRemovedNotice",
            WebAuthnCredentialModel.TYPE_PASSWORDLESS, "bpjstkChangePasskeyRemovedNotice",
            RecoveryAuthnCodesCredentialModel.TYPE, "bpjstkChangeRecoveryCodesRemovedNotice");
    private static final String OTHER_CHANGE = "bpjstkChangeSignInNotice";
    private static final String EMAIL_CHANGED = "bpjstkChangeEmailNotice";
    private static final String TWO_STEP_ON = "bpjstkTwoStepOnNotice";

    /** The notice an event calls for, if any. */
    static Optional<SignInChangeNotice> of(Event event) {
        if (event.getUserId() == null || event.getError() != null) {
            return Optional.empty();
        }
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String credentialType = details.get(Details.CREDENTIAL_TYPE);
        String key;
        if (event.getType() == EventType.UPDATE_CREDENTIAL) {
            key = ADDED.getOrDefault(credentialType, OTHER_CHANGE);
        } else if (event.getType() == EventType.REMOVE_CREDENTIAL) {
            key = REMOVED.getOrDefault(credentialType, OTHER_CHANGE);
        } else if (event.getType() == EventType.UPDATE_EMAIL) {
            return Optional.of(new SignInChangeNotice(event.getRealmId(), event.getUserId(), EMAIL_CHANGED,
                    details.get(Details.PREVIOUS_EMAIL), Masking.email(details.get(Details.UPDATED_EMAIL)), event.getTime()));
        } else if (event.getType() == EventType.CUSTOM_REQUIRED_ACTION
                && EnableSmsTwoStepAction.PROVIDER_ID.equals(details.get(Details.CUSTOM_REQUIRED_ACTION))) {
            key = TWO_STEP_ON;
        } else {
            return Optional.empty();
        }
        return Optional.of(new SignInChangeNotice(event.getRealmId(), event.getUserId(), key, null, null, event.getTime()));
    }

    /** Sends it, in the given session: SMS to the member's phone, email to her address before the change. */
    void send(KeycloakSession session) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return;
        }
        MemberNotices notices = new MemberNotices(session, realm);
        String phone = user.getFirstAttribute(MemberAttributes.PHONE_NUMBER);
        String detailText = TWO_STEP_ON.equals(key) ? Masking.phone(phone) : detail == null ? "" : detail;
        Object[] parameters = {MemberNotices.wib(Instant.ofEpochMilli(time)), detailText};
        notices.sms(user, phone, OutgoingMessage.Purpose.NOTICE, key, parameters);
        if (previousEmail != null && !previousEmail.isBlank()) {
            notices.emailTo(user, previousEmail, OutgoingMessage.Purpose.NOTICE, key, parameters);
        } else {
            notices.email(user, OutgoingMessage.Purpose.NOTICE, key, parameters);
        }
    }
}

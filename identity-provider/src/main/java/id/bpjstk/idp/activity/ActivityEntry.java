package id.bpjstk.idp.activity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * One line of a member's own recent activity, as her security page shows it: what happened ({@link Kind}), when,
 * through which application, from which address, and with which sign-in method where that matters. Made from one of
 * Keycloak's stored events, of which it keeps nothing else: no user or session id, no username, no code, no detail
 * outside the few named here.
 *
 * @param kind     what happened, in the page's words
 * @param event    Keycloak's event type it was made from ({@code LOGIN}, {@code LOGIN_ERROR}, ...)
 * @param time     when, in milliseconds since the epoch
 * @param clientId the application (client id), or null
 * @param ipAddress the address the request came from, or null
 * @param method   {@code password}, {@code otp} (authenticator app), {@code passkey}, {@code recovery-codes} or
 *                 {@code sms} where the kind names a method; else null
 */
public record ActivityEntry(Kind kind, String event, long time, String clientId, String ipAddress, String method) {

    /** What a member may read of her account's events. */
    public enum Kind {
        /** She signed in (to any application, the SSO cookie included). */
        SIGN_IN,
        /** A sign-in with her account failed: a wrong password, a wrong app code, a locked account. */
        SIGN_IN_FAILED,
        /** An SMS code typed for her account was wrong, or too many were. */
        CODE_FAILED,
        SIGN_OUT,
        PASSWORD_CHANGED,
        /** An authenticator app, a passkey or recovery codes were set up. */
        METHOD_ADDED,
        METHOD_REMOVED,
        EMAIL_CHANGED,
        TWO_STEP_ON,
        PHONE_VERIFIED,
        /** Her password was reset through "Lupa kata sandi". */
        PASSWORD_RESET,
        /** The account was locked after too many failures (for a while, or until she recovers it). */
        LOCKED,
        REGISTERED
    }

    /** The stored event types a member's activity is made from; the rest (token refreshes, code exchanges) are noise. */
    static final EventType[] TYPES = {
        EventType.LOGIN, EventType.LOGIN_ERROR, EventType.LOGOUT, EventType.REGISTER,
        EventType.UPDATE_CREDENTIAL, EventType.REMOVE_CREDENTIAL, EventType.UPDATE_EMAIL,
        EventType.CUSTOM_REQUIRED_ACTION, EventType.CUSTOM_REQUIRED_ACTION_ERROR,
        EventType.RESET_PASSWORD, EventType.RESET_PASSWORD_ERROR,
        EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT
    };

    /** The SMS code steps mark their events so ({@code auth_method}). */
    static final String SMS_CODE = "sms-otp";
    /** Written by the SMS code steps when a cap of wrong codes is reached. */
    static final String CODE_LIMIT_REACHED = "code_limit_reached";
    static final String ENABLE_SMS_TWO_STEP = "bpjstk-enable-sms-two-step";
    static final String VERIFY_PHONE = "bpjstk-verify-phone";
    /** The phone actions name themselves so in their events of a wrong code. */
    static final String PHONE_ACTION = "bpjstk_action";
    /** The recovery writes an event per step; the last one ({@code reset_step=password}) is the reset itself. */
    static final String RESET_STEP = "reset_step";

    private static final Set<String> CODE_ERRORS = Set.of(Errors.INVALID_USER_CREDENTIALS, CODE_LIMIT_REACHED);
    private static final Map<String, String> METHODS = Map.of(
            PasswordCredentialModel.TYPE, "password",
            OTPCredentialModel.TYPE, "otp",
            WebAuthnCredentialModel.TYPE_PASSWORDLESS, "passkey",
            WebAuthnCredentialModel.TYPE_TWOFACTOR, "passkey",
            RecoveryAuthnCodesCredentialModel.TYPE, "recovery-codes");

    /** The line an event makes, or empty for an event that is not for her eyes (an intermediate step, say). */
    static Optional<ActivityEntry> of(Event event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        boolean smsCode = SMS_CODE.equals(details.get(Details.AUTH_METHOD)) || CODE_LIMIT_REACHED.equals(event.getError());
        String credential = Optional.ofNullable(details.get(Details.CREDENTIAL_TYPE)).map(METHODS::get).orElse(null);
        String action = details.get(Details.CUSTOM_REQUIRED_ACTION);
        Kind kind;
        String method = null;
        switch (event.getType()) {
            case LOGIN -> kind = Kind.SIGN_IN;
            case LOGIN_ERROR -> {
                kind = smsCode ? Kind.CODE_FAILED : Kind.SIGN_IN_FAILED;
                method = smsCode ? "sms" : null;
            }
            case LOGOUT -> kind = Kind.SIGN_OUT;
            case REGISTER -> kind = Kind.REGISTERED;
            case UPDATE_CREDENTIAL -> {
                kind = "password".equals(credential) ? Kind.PASSWORD_CHANGED : Kind.METHOD_ADDED;
                method = credential;
            }
            case REMOVE_CREDENTIAL -> {
                kind = Kind.METHOD_REMOVED;
                method = credential;
            }
            case UPDATE_EMAIL -> kind = Kind.EMAIL_CHANGED;
            case CUSTOM_REQUIRED_ACTION -> {
                if (ENABLE_SMS_TWO_STEP.equals(action)) {
                    kind = Kind.TWO_STEP_ON;
                    method = "sms";
                } else if (VERIFY_PHONE.equals(action)) {
                    kind = Kind.PHONE_VERIFIED;
                } else {
                    return Optional.empty();
                }
            }
            case CUSTOM_REQUIRED_ACTION_ERROR, RESET_PASSWORD_ERROR -> {
                // of a phone action or a recovery only a wrong code is hers to see, not a form left half-filled
                boolean codeStep = event.getType() == EventType.CUSTOM_REQUIRED_ACTION_ERROR
                        ? details.containsKey(PHONE_ACTION) : smsCode;
                if (!codeStep || !CODE_ERRORS.contains(event.getError())) {
                    return Optional.empty();
                }
                kind = Kind.CODE_FAILED;
                method = "sms";
            }
            case RESET_PASSWORD -> {
                String step = details.get(RESET_STEP);
                if (step != null && !"password".equals(step) || smsCode) {
                    return Optional.empty();
                }
                kind = Kind.PASSWORD_RESET;
            }
            case USER_DISABLED_BY_TEMPORARY_LOCKOUT, USER_DISABLED_BY_PERMANENT_LOCKOUT -> kind = Kind.LOCKED;
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new ActivityEntry(kind, event.getType().name(), event.getTime(), event.getClientId(),
                event.getIpAddress(), method));
    }
}

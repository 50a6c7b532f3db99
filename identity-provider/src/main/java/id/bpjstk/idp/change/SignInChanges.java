package id.bpjstk.idp.change;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.core.type.TypeReference;

import id.bpjstk.idp.settings.NumberSetting;

/**
 * Changes of how a member signs in or is reached: the application-initiated actions ({@code kc_action}) that enrol or
 * remove an authenticator app, a passkey or recovery codes, or change the password or the email. Each needs level 2 reached recently in this session, with a factor the
 * member already has; the sign-in flow asks for it again when it is older ({@link #MAX_AGE}, five minutes). Turning SMS
 * two-step verification on is not among them: that action itself takes a code sent to the verified phone.
 */
public final class SignInChanges {

    /** How long ago the session's level 2 may have been reached for a change: a setting of the SSO-cookie step. */
    public static final NumberSetting MAX_AGE = new NumberSetting("sign-in-change-max-age-seconds",
            "Level 2 for a sign-in change (seconds)", "A change of how a member signs in or is reached (authenticator app, "
            + "passkey, password, email, two-step verification) needs level 2 reached at most this long ago in the session; "
            + "an older one asks for the code again.", 300, 10, 900);

    private static final Set<String> ACTIONS = Set.of(
            UserModel.RequiredAction.CONFIGURE_TOTP.name(),
            UserModel.RequiredAction.UPDATE_PASSWORD.name(),
            UserModel.RequiredAction.UPDATE_EMAIL.name(),
            UserModel.RequiredAction.CONFIGURE_RECOVERY_AUTHN_CODES.name(),
            "webauthn-register",
            "webauthn-register-passwordless",
            "delete_credential");

    private static final int LEVEL_TWO = 2;
    private static final TypeReference<Map<Integer, Integer>> LEVELS = new TypeReference<>() {
    };

    private SignInChanges() {
    }

    /** Whether this login was started by a client for a change of how the member signs in. */
    public static boolean requested(AuthenticationSessionModel authSession) {
        String action = authSession.getClientNote(Constants.KC_ACTION);
        return action != null && isChange(action);
    }

    /** Whether a required action (its provider id, with or without Keycloak's {@code :parameter}) is such a change. */
    public static boolean isChange(String action) {
        int parameter = action.indexOf(':');
        return ACTIONS.contains(parameter < 0 ? action : action.substring(0, parameter));
    }

    /** Whether this session reached level 2 no more than {@code maxAgeSeconds} ago. */
    public static boolean levelTwoIsFresh(UserSessionModel userSession, int maxAgeSeconds) {
        Integer reached = levelTimes(userSession.getNote(Constants.LOA_MAP)).get(LEVEL_TWO);
        return reached != null && Time.currentTime() - reached <= maxAgeSeconds;
    }

    /**
     * The session's levels of authentication ({@link Constants#LOA_MAP}) with level 2 forgotten: handed to this login
     * so that Keycloak's level-2 condition asks for the second factor again instead of counting the old one.
     */
    public static String withoutLevelTwo(String note) {
        Map<Integer, Integer> levels = new HashMap<>(levelTimes(note));
        levels.remove(LEVEL_TWO);
        try {
            return JsonSerialization.writeValueAsString(levels);
        } catch (IOException e) {
            throw new IllegalStateException("levels of authentication not writable", e);
        }
    }

    private static Map<Integer, Integer> levelTimes(String note) {
        if (note == null || note.isBlank()) {
            return Map.of();
        }
        try {
            return JsonSerialization.readValue(note, LEVELS);
        } catch (IOException e) {
            return Map.of(); // unreadable: as if level 2 was never reached
        }
    }
}

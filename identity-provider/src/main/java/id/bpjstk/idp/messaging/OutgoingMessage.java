package id.bpjstk.idp.messaging;

import java.util.Locale;
import java.util.Objects;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * One message for one member.
 *
 * @param realm       the member's realm
 * @param user        the member (the email provider writes to the user's email address)
 * @param phoneNumber the E.164 mobile number the SMS providers write to
 * @param purpose     why it is sent, one of {@link Purpose}'s values; written to the outbox line
 * @param text        the text in the member's language, already filled in (it may hold a code: never log it)
 * @param locale      the member's language, for the email provider's templates
 */
public record OutgoingMessage(RealmModel realm, UserModel user, String phoneNumber, String purpose, String text, Locale locale) {

    public OutgoingMessage {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
    }

    /** Why a message is sent; the SMS outbox line's {@code purpose}. */
    public static final class Purpose {
        public static final String LOGIN = "login";
        public static final String STEP_UP = "step-up";
        public static final String PHONE_VERIFICATION = "phone-verification";
        public static final String RESET = "reset";
        public static final String LOCKOUT = "lockout";
        public static final String NOTICE = "notice";
        public static final String CODE_LIMIT = "code-limit";
        /** A sign-in from a browser the member had not used before, with the "this wasn't me" link. */
        public static final String NEW_DEVICE = "new-device";

        private Purpose() {
        }
    }
}

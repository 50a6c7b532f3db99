package id.bpjstk.idp.messaging;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.theme.Theme;

import id.bpjstk.idp.member.Jakarta;
import id.bpjstk.member.Masking;

/**
 * Notices to members (never codes): texts of the realm's login theme in the member's language, sent by SMS through
 * the server's SMS sender and by email through Keycloak's mail. Best effort: a failed notice is logged (masked) and
 * what the member did stands. One instance serves one job (a notice, a code): it reads the theme's texts of a
 * language once, however many texts of that language the job needs.
 */
public final class MemberNotices {

    private static final Logger LOG = Logger.getLogger(MemberNotices.class);
    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Jakarta.ZONE);

    private final KeycloakSession session;
    private final RealmModel realm;
    /** The theme's texts by language, merged with the realm's own texts: Keycloak builds them anew on every call. */
    private final Map<Locale, Properties> messages = new HashMap<>();

    public MemberNotices(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** A text of the login theme, formatted, in the given language; the key itself if the theme lacks it. */
    public String text(Locale locale, String key, Object... parameters) {
        return new MessageFormat(messages(locale).getProperty(key, key), locale).format(parameters);
    }

    private Properties messages(Locale locale) {
        return messages.computeIfAbsent(locale, language -> {
            try {
                return session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, language);
            } catch (IOException e) {
                throw new IllegalStateException("login theme messages unavailable", e);
            }
        });
    }

    /** A moment as members read it in a notice: Jakarta time, {@code 21-11-2026 19:38} (the text adds "WIB"). */
    public static String wib(Instant instant) {
        return WIB.format(instant);
    }

    public Locale locale(UserModel user) {
        return user == null ? defaultLocale() : session.getContext().resolveLocale(user);
    }

    public Locale defaultLocale() {
        String tag = realm.getDefaultLocale();
        return tag == null ? Locale.forLanguageTag("id") : Locale.forLanguageTag(tag);
    }

    /** An SMS notice to a number (the user may be null when the owner has no account yet). */
    public void sms(UserModel user, String phoneNumber, String purpose, String key, Object... parameters) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            return;
        }
        Locale locale = locale(user);
        try {
            session.getProvider(OtpSender.class).send(new OutgoingMessage(realm, user, phoneNumber, purpose, text(locale, key, parameters), locale));
        } catch (OtpSendException | RuntimeException e) {
            LOG.warnf("notice %s could not be sent by SMS to %s: %s", key, Masking.phone(phoneNumber), e.getMessage());
        }
    }

    /**
     * An email notice about an account to an address other than the account's (the registry's email, say); the
     * account still gives the language and the greeting.
     */
    public void emailTo(UserModel user, String address, String purpose, String key, Object... parameters) {
        if (user == null || address == null || address.isBlank()) {
            return;
        }
        email(new UserModelDelegate(user) {
            @Override
            public String getEmail() {
                return address;
            }
        }, purpose, key, parameters);
    }

    /** An email notice to a member who has an account and an email address. */
    public void email(UserModel user, String purpose, String key, Object... parameters) {
        if (user == null || user.getEmail() == null) {
            return;
        }
        Locale locale = locale(user);
        try {
            session.getProvider(OtpSender.class, OtpSenderSpi.EMAIL)
                    .send(new OutgoingMessage(realm, user, null, purpose, text(locale, key, parameters), locale));
        } catch (OtpSendException | RuntimeException e) {
            LOG.warnf("notice %s could not be emailed to user %s: %s", key, user.getId(), e.getMessage());
        }
    }
}

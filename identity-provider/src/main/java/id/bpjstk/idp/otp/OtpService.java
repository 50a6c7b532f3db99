package id.bpjstk.idp.otp;

import java.security.SecureRandom;
import java.util.Locale;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.member.Masking;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * Sends and checks one-time codes for one login: the code service the authenticator and the required actions share.
 * Codes go out by SMS only (the server's default {@link OtpSender}), never by email.
 */
public final class OtpService {

    private static final Logger LOG = Logger.getLogger(OtpService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Outcome { SENT, COOLDOWN, HOURLY_LIMIT, NO_PHONE, NOT_SENT }

    public record SendResult(Outcome outcome, long secondsLeft) {
        static SendResult of(Outcome outcome) {
            return new SendResult(outcome, 0);
        }
    }

    private final KeycloakSession session;
    private final OtpSettings settings;

    public OtpService(KeycloakSession session, OtpSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    public OtpChallenge challenge(AuthenticationSessionModel authSession, String use) {
        return new OtpChallenge(authSession, use, settings.maxFailures());
    }

    /**
     * Sends a new code for {@code use} to {@code phoneNumber} if the limits allow it. The previous code of this login,
     * if any, stops working; the login's failure count stays.
     */
    public SendResult send(RealmModel realm, UserModel user, AuthenticationSessionModel authSession, String use, String purpose,
            String phoneNumber) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            return SendResult.of(Outcome.NO_PHONE);
        }
        SendLimiter.Decision decision = new SendLimiter(session, settings).acquire(realm, user, phoneNumber);
        if (decision instanceof SendLimiter.Cooldown cooldown) {
            return new SendResult(Outcome.COOLDOWN, cooldown.secondsLeft());
        }
        if (decision instanceof SendLimiter.HourlyLimit) {
            LOG.infof("hourly code limit reached for user %s, phone %s", user.getId(), Masking.phone(phoneNumber));
            return SendResult.of(Outcome.HOURLY_LIMIT);
        }
        String code = OtpCodes.generate(RANDOM);
        OtpChallenge challenge = challenge(authSession, use);
        Locale locale = session.getContext().resolveLocale(user);
        String minutes = Integer.toString(Math.max(1, settings.codeTtlSeconds() / 60));
        String text = message(realm, locale, "bpjstkOtpSms", code, minutes);
        try {
            session.getProvider(OtpSender.class).send(new OutgoingMessage(realm, user, phoneNumber, purpose, text, locale));
            // only a code that went out replaces the previous one
            challenge.issue(OtpCodes.mac(key(realm), challenge.binding(), code), Time.currentTimeMillis() + settings.codeTtlSeconds() * 1000L);
            LOG.debugf("code for %s sent to %s", purpose, Masking.phone(phoneNumber));
            return SendResult.of(Outcome.SENT);
        } catch (OtpSendException e) {
            LOG.warnf("code for %s could not be sent to %s: %s", purpose, Masking.phone(phoneNumber), e.getMessage());
            ((SendLimiter.Allowed) decision).release().run();
            return SendResult.of(Outcome.NOT_SENT);
        }
    }

    public OtpChallenge.Verdict verify(RealmModel realm, AuthenticationSessionModel authSession, String use, String input) {
        return challenge(authSession, use).check(input, key(realm), Time.currentTimeMillis());
    }

    /** A text of the realm's login theme in the member's language. */
    private String message(RealmModel realm, Locale locale, String key, Object... parameters) {
        return new MemberNotices(session, realm).text(locale, key, parameters);
    }

    private byte[] key(RealmModel realm) {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        return key.getSecretKey().getEncoded();
    }
}

package id.bpjstk.idp.messaging.email;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import id.bpjstk.member.Masking;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.messaging.OutgoingMessage.Purpose;

/**
 * Sends a notice to the member's email address through Keycloak's mail (the realm's SMTP settings), with the
 * {@code bpjstk-notice.ftl} template of the realm's email theme. Never a login or step-up code: NIST SP 800-63B
 * rev 4 does not accept email as an authentication factor.
 */
public final class EmailNoticeSender implements OtpSender {

    static final String TEMPLATE = "bpjstk-notice.ftl";
    static final String SUBJECT_KEY_PREFIX = "bpjstkNoticeSubject_";

    private static final Set<String> REFUSED_PURPOSES = Set.of(Purpose.LOGIN, Purpose.STEP_UP);
    private static final Set<String> PURPOSES_WITH_SUBJECT = Set.of(Purpose.LOGIN, Purpose.STEP_UP,
            Purpose.PHONE_VERIFICATION, Purpose.RESET, Purpose.LOCKOUT, Purpose.NOTICE, Purpose.CODE_LIMIT, Purpose.NEW_DEVICE);
    private static final Logger LOG = Logger.getLogger(EmailNoticeSender.class);

    private final KeycloakSession session;

    public EmailNoticeSender(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void send(OutgoingMessage message) throws OtpSendException {
        String purpose = message.purpose().toLowerCase(Locale.ROOT);
        if (REFUSED_PURPOSES.contains(purpose)) {
            LOG.warnf("Refused to email a %s code: email is not an authentication factor", purpose);
            throw new OtpSendException("Email never carries a " + purpose + " code (NIST SP 800-63B)");
        }
        UserModel user = message.user();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            throw new OtpSendException("The member has no email address");
        }
        Map<String, Object> attributes = new HashMap<>(); // Keycloak adds its own attributes to this map.
        attributes.put("text", message.text());
        attributes.put("purpose", purpose);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(message.realm())
                    .setUser(user)
                    .send(subjectKey(purpose), List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.warnf("Email notice to %s (purpose %s) not sent: %s", Masking.email(user.getEmail()), purpose,
                    e.getClass().getSimpleName());
            throw new OtpSendException("Email could not be sent", e);
        }
        LOG.debugf("Email notice to %s (purpose %s) sent", Masking.email(user.getEmail()), purpose);
    }

    /** {@code bpjstkNoticeSubject_phone_verification}; purposes without a subject of their own get the general one. */
    static String subjectKey(String purpose) {
        String known = PURPOSES_WITH_SUBJECT.contains(purpose) ? purpose : Purpose.NOTICE;
        return SUBJECT_KEY_PREFIX + known.replace('-', '_');
    }

    @Override
    public void close() {
    }
}

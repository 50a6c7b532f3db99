package id.bpjstk.idp.device;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * Tells a member of a sign-in from a new browser, by SMS to her verified phone and by email to her verified address,
 * with when (WIB), the browser in a few words, and a "this wasn't me" link. Only proven channels: the link can lock
 * the account, so it goes nowhere the member has not shown to be hers. Runs in a Keycloak session of its own, after the
 * sign-in committed ({@link id.bpjstk.idp.messaging.AfterCommit}).
 */
final class NewDeviceNotices {

    static final String NOTICE = "bpjstkNewDeviceNotice";

    private static final Logger LOG = Logger.getLogger(NewDeviceNotices.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The sign-in to tell of, and where the realm's "this wasn't me" endpoint is, as the member's browser reached it. */
    record Notice(NotMeLinks.SignIn signIn, String linkBase) {
    }

    private NewDeviceNotices() {
    }

    static void send(KeycloakSession session, Notice notice) {
        NotMeLinks.SignIn signIn = notice.signIn();
        RealmModel realm = session.realms().getRealm(signIn.realmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, signIn.userId());
        if (user == null) {
            return;
        }
        Optional<String> phone = MemberAttributes.verifiedPhoneNumber(user);
        boolean email = user.getEmail() != null && user.isEmailVerified();
        if (phone.isEmpty() && !email) {
            LOG.debugf("new-device sign-in of user %s: no verified phone or email to tell", user.getId());
            return;
        }
        // the key is stored in a transaction of its own, committed before any message can carry it
        String key = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                store -> new NotMeLinks(store.singleUseObjects(), RANDOM).issue(signIn));
        String link = notice.linkBase() + "/" + key;
        MemberNotices notices = new MemberNotices(session, realm);
        Locale locale = notices.locale(user);
        DeviceLabel label = signIn.label();
        String device = notices.text(locale, label.messageKey(), label.parameters());
        String when = MemberNotices.wib(Instant.ofEpochMilli(signIn.time()));
        phone.ifPresent(number -> notices.sms(user, number, OutgoingMessage.Purpose.NEW_DEVICE, NOTICE, when, device, link));
        if (email) {
            notices.email(user, OutgoingMessage.Purpose.NEW_DEVICE, NOTICE, when, device, link);
        }
        LOG.debugf("new-device notice sent for user %s", user.getId());
    }
}

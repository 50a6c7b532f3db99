package id.bpjstk.idp.lockout;

import java.time.Instant;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.AfterCommit;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * Writes and sends one lockout notice, in a Keycloak session of its own: when the account was locked, until when
 * (temporary) or that recovery is needed (permanent), and what to do. Times are Jakarta time (WIB), as members read
 * them; the text is the login theme's, in the member's language.
 */
final class LockoutNotices {

    record Lockout(String realmId, String userId, boolean permanent, long time) {
    }

    private static final Logger LOG = Logger.getLogger(LockoutNotices.class);

    private final KeycloakSessionFactory factory;

    LockoutNotices(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    void send(Lockout lockout) {
        AfterCommit.inNewSession(factory, "lockout notice for user " + lockout.userId(), session -> send(session, lockout)).run();
    }

    private static void send(KeycloakSession session, Lockout lockout) {
        RealmModel realm = session.realms().getRealm(lockout.realmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, lockout.userId());
        if (user == null) {
            return;
        }
        MemberNotices notices = new MemberNotices(session, realm);
        String when = MemberNotices.wib(Instant.ofEpochMilli(lockout.time()));
        String key;
        Object[] parameters;
        if (lockout.permanent()) {
            key = "bpjstkLockoutPermanentNotice";
            parameters = new Object[] {when};
        } else {
            UserLoginFailureModel failure = session.loginFailures().getUserLoginFailure(realm, user.getId());
            if (failure == null || failure.getFailedLoginNotBefore() * 1000L <= System.currentTimeMillis()) {
                return; // unlocked (by an operator, a recovery, or time) before the notice went out
            }
            key = "bpjstkLockoutTemporaryNotice";
            parameters = new Object[] {when, MemberNotices.wib(Instant.ofEpochSecond(failure.getFailedLoginNotBefore()))};
        }
        notices.sms(user, user.getFirstAttribute(MemberAttributes.PHONE_NUMBER), OutgoingMessage.Purpose.LOCKOUT, key, parameters);
        notices.email(user, OutgoingMessage.Purpose.LOCKOUT, key, parameters);
        LOG.debugf("lockout notice (%s) sent for user %s", lockout.permanent() ? "permanent" : "temporary", user.getId());
    }
}

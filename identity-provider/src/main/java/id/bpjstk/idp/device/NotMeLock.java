package id.bpjstk.idp.device;

import java.time.Instant;

import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.AfterCommit;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.sessions.MemberSessions;
import id.bpjstk.member.Masking;

/**
 * What a member's "this wasn't me" does: the account is locked as the realm's permanent lockout locks it (switched off,
 * with Keycloak's disabled reason {@code permanentLockout}), so that it is refused and recovered exactly like one: the
 * sign-in page says what a wrong password says, and "Lupa kata sandi" (KPJ, NIK, birth date, an SMS code, a new
 * password) opens it again, once a day like any permanent lock. Every session ends, the reported browser is forgotten,
 * the event {@code USER_DISABLED_BY_PERMANENT_LOCKOUT} with the reason {@value #REASON} is recorded, and the member is
 * told what happened and how to recover. An account an operator switched off stays so, without the lockout's reason,
 * since recovery must not switch on what an operator switched off.
 */
public final class NotMeLock {

    /** The event's {@code reason}; Keycloak's own lockouts say {@code brute_force_attack detected}. */
    public static final String REASON = "member_reported_sign_in";
    static final String NOTICE = "bpjstkNotMeLockedNotice";

    private NotMeLock() {
    }

    static void lock(KeycloakSession session, RealmModel realm, UserModel user, NotMeLinks.SignIn reported) {
        boolean switchedOffByOperator = !user.isEnabled()
                && !BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT.equals(user.getFirstAttribute(UserModel.DISABLED_REASON));
        if (!switchedOffByOperator) {
            user.setEnabled(false);
            user.setSingleAttribute(UserModel.DISABLED_REASON, BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT);
        }
        int sessionsEnded = MemberSessions.endAll(session, realm, user);
        BrowserDevices.forget(user, reported.deviceHash());

        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT)
                .user(user)
                .detail(Details.REASON, REASON)
                .detail("membership_number", Masking.kpj(user.getUsername()))
                .detail("reported_sign_in", Instant.ofEpochMilli(reported.time()).toString())
                .detail("reported_browser", reported.browser() == null ? "unknown" : reported.browser())
                .detail("reported_os", reported.os() == null ? "unknown" : reported.os())
                .detail("sessions_ended", Integer.toString(sessionsEnded))
                .detail("switched_off_by_operator", Boolean.toString(switchedOffByOperator))
                .success();

        String realmId = realm.getId();
        String userId = user.getId();
        long lockedAt = Time.currentTimeMillis();
        String what = "not-me lock notice for user " + userId;
        AfterCommit.send(session, () -> session.getProvider(ExecutorsProvider.class).getExecutor(AfterCommit.EXECUTOR), what,
                AfterCommit.inNewSession(session.getKeycloakSessionFactory(), what, job -> tell(job, realmId, userId, lockedAt)));
    }

    private static void tell(KeycloakSession session, String realmId, String userId, long lockedAt) {
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
        String when = MemberNotices.wib(Instant.ofEpochMilli(lockedAt));
        MemberAttributes.verifiedPhoneNumber(user)
                .ifPresent(phone -> notices.sms(user, phone, OutgoingMessage.Purpose.LOCKOUT, NOTICE, when));
        if (user.isEmailVerified()) {
            notices.email(user, OutgoingMessage.Purpose.LOCKOUT, NOTICE, when);
        }
    }
}

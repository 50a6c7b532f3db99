package id.bpjstk.idp.lockout;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import id.bpjstk.idp.device.NotMeLock;
import id.bpjstk.idp.messaging.AfterCommit;
import id.bpjstk.idp.otp.WrongCodeLimit;

/**
 * Tells a member that the realm's brute-force protection locked the account (events
 * {@code USER_DISABLED_BY_TEMPORARY_LOCKOUT} and {@code USER_DISABLED_BY_PERMANENT_LOCKOUT}), by SMS and email. The
 * notice is sent on a thread of its own once the lockout's transaction has committed, so a slow SMS gateway never
 * holds the login that caused it. Not every lock is worth a message: the one-minute pause of the quick-login check
 * (fewer failures than the realm's failure factor) is not a lockout of the account, and a temporary lockout is told
 * at most once an hour, however many follow. A lock the member made herself from a new-device notice is told by that
 * feature, not here.
 */
final class LockoutNoticeListener implements EventListenerProvider {

    private static final long TEMPORARY_NOTICE_INTERVAL_SECONDS = 3600;
    private static final String UNLOCK_PATH = "attack-detection/brute-force/users/";

    private final KeycloakSession session;
    private final Supplier<Executor> executor;
    private final LockoutNotices notices;

    /** @param executor where notices are sent from; asked only when a notice is due */
    LockoutNoticeListener(KeycloakSession session, Supplier<Executor> executor, LockoutNotices notices) {
        this.session = session;
        this.executor = executor;
        this.notices = notices;
    }

    @Override
    public void onEvent(Event event) {
        boolean permanent = event.getType() == EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT;
        if (!permanent && event.getType() != EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT || event.getUserId() == null) {
            return;
        }
        if (event.getDetails() != null && NotMeLock.REASON.equals(event.getDetails().get(Details.REASON))) {
            return; // the member locked it herself from a new-device notice, and is told of that in its own words
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        if (!permanent) {
            if (failures(event) < realm.getFailureFactor()) {
                return; // the quick-login check's pause, not a lockout of the account
            }
            String key = "bpjstk-lockout-notice:" + realm.getId() + ":" + event.getUserId();
            if (!session.singleUseObjects().putIfAbsent(key, TEMPORARY_NOTICE_INTERVAL_SECONDS)) {
                return;
            }
        }
        LockoutNotices.Lockout lockout = new LockoutNotices.Lockout(realm.getId(), event.getUserId(), permanent, event.getTime());
        AfterCommit.send(session, executor, "lockout notice for user " + lockout.userId(), () -> notices.send(lockout));
    }

    private static int failures(Event event) {
        try {
            return event.getDetails() == null ? 0 : Integer.parseInt(event.getDetails().getOrDefault(Details.NUM_FAILURES, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * An operator's unlock of one account (admin console "Unlock", or {@code DELETE
     * attack-detection/brute-force/users/{id}}) forgets its wrong codes too, so that code entry and recovery are open
     * again.
     */
    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getResourceType() != ResourceType.USER_LOGIN_FAILURE || event.getOperationType() != OperationType.DELETE
                || event.getResourcePath() == null || !event.getResourcePath().startsWith(UNLOCK_PATH)) {
            return;
        }
        String userId = event.getResourcePath().substring(UNLOCK_PATH.length());
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm != null && !userId.isEmpty() && !userId.contains("/")) {
            WrongCodeLimit.clearAll(session, realm, userId);
        }
    }

    @Override
    public void close() {
    }
}

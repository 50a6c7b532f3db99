package id.bpjstk.idp.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RealmProvider;

import id.bpjstk.idp.support.InMemorySingleUseStore;

/** Which lockout events become a notice, and that none leaves before the lockout's transaction has committed. */
class LockoutNoticeListenerTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final List<KeycloakTransaction> afterCompletion = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final LockoutNoticeListener listener = new LockoutNoticeListener(session(), () -> queued::add, new LockoutNotices(null));

    @Test
    void aTemporaryLockoutIsToldOnceItsTransactionCommits() {
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 5));
        assertThat(queued).as("nothing before the commit").isEmpty();

        commit();

        assertThat(queued).hasSize(1);
    }

    @Test
    void nothingIsToldWhenTheLockoutIsRolledBack() {
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 5));

        afterCompletion.forEach(transaction -> {
            transaction.begin();
            transaction.rollback();
        });

        assertThat(queued).isEmpty();
    }

    @Test
    void theQuickLoginChecksOneMinutePauseBelowTheFailureFactorIsNotALockoutOfTheAccount() {
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 2));
        commit();

        assertThat(queued).isEmpty();
    }

    @Test
    void furtherTemporaryLockoutsWithinTheHourAreNotToldAgainButTheyAreAnHourLater() {
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 5));
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 6));
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u2", 5));
        commit();
        assertThat(queued).as("one for u1, one for u2").hasSize(2);

        store.advanceSeconds(3600);
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 7));
        commit();
        assertThat(queued).hasSize(3);
    }

    @Test
    void aPermanentLockoutIsAlwaysTold() {
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, "u1", 5));
        listener.onEvent(event(EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT, "u1", 8));
        commit();

        assertThat(queued).hasSize(2);
    }

    @Test
    void otherEventsAreIgnored() {
        listener.onEvent(event(EventType.LOGIN_ERROR, "u1", 5));
        listener.onEvent(event(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, null, 5));
        commit();

        assertThat(queued).isEmpty();
        assertThat(afterCompletion).isEmpty();
    }

    private void commit() {
        List<KeycloakTransaction> pending = new ArrayList<>(afterCompletion);
        afterCompletion.clear();
        pending.forEach(transaction -> {
            transaction.begin();
            transaction.commit();
        });
    }

    private static Event event(EventType type, String userId, int failures) {
        Event event = new Event();
        event.setType(type);
        event.setRealmId("realm-id");
        event.setUserId(userId);
        event.setTime(1_795_264_705_000L);
        event.setDetails(Map.of(Details.NUM_FAILURES, Integer.toString(failures)));
        return event;
    }

    private KeycloakSession session() {
        RealmModel realm = proxy(RealmModel.class, Map.of("getId", "realm-id", "getFailureFactor", 5));
        RealmProvider realms = proxy(RealmProvider.class, Map.of("getRealm", realm));
        KeycloakTransactionManager transactions = (KeycloakTransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeycloakTransactionManager.class}, (p, m, args) -> {
                    if (m.getName().equals("enlistAfterCompletion")) {
                        afterCompletion.add((KeycloakTransaction) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return proxy(KeycloakSession.class, Map.of("realms", realms, "singleUseObjects", store, "getTransactionManager", transactions));
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(LockoutNoticeListenerTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (answers.containsKey(m.getName())) {
                return answers.get(m.getName());
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}

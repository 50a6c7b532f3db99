package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.support.InMemorySingleUseStore;

/** The send limits with a one-second cooldown, so that the hourly cap can be reached without waiting an hour. */
class SendLimiterTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final OtpSettings settings = new OtpSettings(300, 1, 5, 3);

    private SendLimiter.Decision send(String userId, String phone) {
        SendLimiter.Decision decision = new SendLimiter(session(), settings).acquire(realm(), user(userId), phone);
        store.advanceSeconds(1);
        return decision;
    }

    @Test
    void aSecondCodeWithinTheCooldownIsRefusedWithTheSecondsLeft() {
        SendLimiter limiter = new SendLimiter(session(), new OtpSettings(300, 60, 5, 3));
        assertThat(limiter.acquire(realm(), user("u1"), "+6281200000001")).isInstanceOf(SendLimiter.Allowed.class);
        store.advanceSeconds(15);
        Time.setOffset(15); // the seconds left are told by Keycloak's clock
        SendLimiter.Decision again;
        try {
            again = limiter.acquire(realm(), user("u1"), "+6281200000001");
        } finally {
            Time.setOffset(0);
        }

        assertThat(again).isInstanceOf(SendLimiter.Cooldown.class);
        assertThat(((SendLimiter.Cooldown) again).secondsLeft()).isEqualTo(45);
    }

    @Test
    void theSixthCodeInAnHourIsRefusedPerAccountAndFreedAnHourLater() {
        for (int i = 0; i < 5; i++) {
            assertThat(send("u1", "+6281200000001")).isInstanceOf(SendLimiter.Allowed.class);
        }
        assertThat(send("u1", "+6281200000001")).isInstanceOf(SendLimiter.HourlyLimit.class);
        store.advanceSeconds(3600);
        assertThat(send("u1", "+6281200000001")).isInstanceOf(SendLimiter.Allowed.class);
    }

    @Test
    void thePhoneNumberHasItsOwnHourlyCapAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            assertThat(send("account-" + i, "+6281200000009")).isInstanceOf(SendLimiter.Allowed.class);
        }
        assertThat(send("account-5", "+6281200000009")).isInstanceOf(SendLimiter.HourlyLimit.class);
        assertThat(send("account-5", "+6281200000008")).as("the account itself still has codes").isInstanceOf(SendLimiter.Allowed.class);
    }

    @Test
    void aMessageThatDidNotGoOutGivesItsSlotAndTheCooldownBack() {
        SendLimiter limiter = new SendLimiter(session(), new OtpSettings(300, 60, 1, 3));
        SendLimiter.Decision first = limiter.acquire(realm(), user("u1"), "+6281200000001");
        ((SendLimiter.Allowed) first).release().run();

        assertThat(limiter.acquire(realm(), user("u1"), "+6281200000001")).isInstanceOf(SendLimiter.Allowed.class);
    }

    private KeycloakSession session() {
        return proxy(KeycloakSession.class, "singleUseObjects", store);
    }

    private static RealmModel realm() {
        return proxy(RealmModel.class, "getId", "realm-id");
    }

    private static UserModel user(String id) {
        return proxy(UserModel.class, "getId", id);
    }

    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(SendLimiterTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}

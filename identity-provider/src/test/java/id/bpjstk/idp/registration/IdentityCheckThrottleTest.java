package id.bpjstk.idp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import id.bpjstk.idp.registration.IdentityCheckThrottle.Limits;
import id.bpjstk.idp.registration.IdentityCheckThrottle.State;
import id.bpjstk.idp.support.InMemorySingleUseStore;

class IdentityCheckThrottleTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final IdentityCheckThrottle throttle = new IdentityCheckThrottle(session(store), realm(), Limits.DEFAULTS);

    @Test
    void theFifthFailedCheckBlocksTheKpjAndSaysSoOnce() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("11000000033", "10.0.0." + i)).isFalse();
        }
        assertThat(throttle.before("11000000033", "10.0.0.9")).isEqualTo(State.OPEN);

        assertThat(throttle.failed("11000000033", "10.0.0.5")).isTrue();
        assertThat(throttle.before("11000000033", "10.0.0.9")).isEqualTo(State.KPJ_BLOCKED);
        assertThat(throttle.failed("11000000033", "10.0.0.6")).as("the owner is told once").isFalse();
        assertThat(throttle.before("11000000025", "10.0.0.9")).as("other KPJs are not touched").isEqualTo(State.OPEN);
    }

    @Test
    void theBlockLiftsAfterTwentyFourHours() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("11000000033", "10.0.0.1");
        }
        store.advanceSeconds(24 * 3600 - 1);
        assertThat(throttle.before("11000000033", "10.0.0.2")).isEqualTo(State.KPJ_BLOCKED);
        store.advanceSeconds(1);
        assertThat(throttle.before("11000000033", "10.0.0.2")).isEqualTo(State.OPEN);
    }

    @Test
    void anAddressIsSlowedAfterTenFailuresAndRefusedAfterTwentyInAnHour() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(String.format("110000001%02d", i), "10.9.9.9");
        }
        assertThat(throttle.before("11000000999", "10.9.9.9")).isEqualTo(State.SLOW);
        for (int i = 10; i < 20; i++) {
            throttle.failed(String.format("110000001%02d", i), "10.9.9.9");
        }
        assertThat(throttle.before("11000000999", "10.9.9.9")).isEqualTo(State.ADDRESS_REFUSED);
        assertThat(throttle.before("11000000999", "10.9.9.8")).isEqualTo(State.OPEN);
        store.advanceSeconds(3600);
        assertThat(throttle.before("11000000999", "10.9.9.9")).isEqualTo(State.OPEN);
    }

    @Test
    void parallelFailuresAreAllCountedAndBlockExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(() -> throttle.failed("11000000033", "10.1.1.1"));
            }
            int blocks = 0;
            for (Future<Boolean> result : pool.invokeAll(guesses)) {
                blocks += result.get() ? 1 : 0;
            }
            assertThat(blocks).isEqualTo(1);
            assertThat(throttle.before("11000000033", "10.1.1.2")).isEqualTo(State.KPJ_BLOCKED);
            assertThat(throttle.before("11000000999", "10.1.1.1")).isEqualTo(State.ADDRESS_REFUSED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void limitsComeFromTheFlowConfigurationWithDefaultsForWhatIsMissingOrMalformed() {
        org.keycloak.models.AuthenticatorConfigModel config = new org.keycloak.models.AuthenticatorConfigModel();
        config.setConfig(java.util.Map.of("kpj-max-failures", "3", "kpj-block-hours", "x", "address-max-failures-per-hour", "0"));
        assertThat(Limits.from(config)).isEqualTo(new Limits(3, 24 * 3600, 10, 20));
        assertThat(Limits.from(null)).isEqualTo(Limits.DEFAULTS);
    }

    private static KeycloakSession session(InMemorySingleUseStore store) {
        return (KeycloakSession) Proxy.newProxyInstance(IdentityCheckThrottleTest.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("singleUseObjects")) {
                        return store;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RealmModel realm() {
        return (RealmModel) Proxy.newProxyInstance(IdentityCheckThrottleTest.class.getClassLoader(),
                new Class<?>[] {RealmModel.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getId")) {
                        return "realm-id";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

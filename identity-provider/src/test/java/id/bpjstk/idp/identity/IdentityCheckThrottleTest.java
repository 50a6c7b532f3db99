package id.bpjstk.idp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.identity.IdentityCheckThrottle.Limits;
import id.bpjstk.idp.identity.IdentityCheckThrottle.State;
import id.bpjstk.idp.support.InMemorySingleUseStore;

class IdentityCheckThrottleTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final AtomicInteger pauses = new AtomicInteger();
    private final IdentityCheckThrottle throttle = new IdentityCheckThrottle(store, "realm-id", Limits.DEFAULTS, pauses::incrementAndGet);

    /** One check that fails: reserved, then failed; true when it blocked the KPJ. */
    private boolean failedCheck(String kpj, String address) {
        IdentityCheckThrottle.Reservation check = throttle.reserve(kpj, address);
        assertThat(check.state()).as("check %s from %s", kpj, address).isIn(State.OPEN, State.SLOW);
        return throttle.failed(check);
    }

    /** What a new check would be told, without leaving anything behind. */
    private State before(String kpj, String address) {
        IdentityCheckThrottle.Reservation check = throttle.reserve(kpj, address);
        throttle.passed(check);
        return check.state();
    }

    @Test
    void theFifthFailedCheckBlocksTheKpjAndNoCheckGoesAheadAfterIt() {
        for (int i = 1; i <= 4; i++) {
            assertThat(failedCheck("11000000033", "10.0.0." + i)).isFalse();
        }
        assertThat(before("11000000033", "10.0.0.9")).isEqualTo(State.OPEN);

        assertThat(failedCheck("11000000033", "10.0.0.5")).isTrue();
        assertThat(before("11000000033", "10.0.0.9")).isEqualTo(State.KPJ_BLOCKED);
        assertThat(throttle.reserve("11000000033", "10.0.0.6").state()).as("no more checks while blocked").isEqualTo(State.KPJ_BLOCKED);
        assertThat(before("11000000025", "10.0.0.9")).as("other KPJs are not touched").isEqualTo(State.OPEN);
    }

    @Test
    void theBlockLiftsAfterTwentyFourHours() {
        for (int i = 0; i < 5; i++) {
            failedCheck("11000000033", "10.0.0.1");
        }
        store.advanceSeconds(24 * 3600 - 1);
        assertThat(before("11000000033", "10.0.0.2")).isEqualTo(State.KPJ_BLOCKED);
        store.advanceSeconds(1);
        assertThat(before("11000000033", "10.0.0.2")).isEqualTo(State.OPEN);
    }

    @Test
    void anAddressIsSlowedAfterTenFailuresAndRefusedAfterTwentyInAnHour() {
        for (int i = 0; i < 10; i++) {
            failedCheck(String.format("110000001%02d", i), "10.9.9.9");
        }
        assertThat(before("11000000999", "10.9.9.9")).isEqualTo(State.SLOW);
        for (int i = 10; i < 20; i++) {
            failedCheck(String.format("110000001%02d", i), "10.9.9.9");
        }
        assertThat(before("11000000999", "10.9.9.9")).isEqualTo(State.ADDRESS_REFUSED);
        assertThat(before("11000000999", "10.9.9.8")).isEqualTo(State.OPEN);
        store.advanceSeconds(3600);
        assertThat(before("11000000999", "10.9.9.9")).isEqualTo(State.OPEN);
    }

    @Test
    void onlyChecksFromASlowedAddressWaitBeforeTheyGoAhead() {
        for (int i = 0; i < 10; i++) {
            failedCheck(String.format("110000001%02d", i), "10.9.9.7");
        }
        assertThat(pauses).as("no wait up to the threshold").hasValue(0);

        assertThat(throttle.reserve("11000000999", "10.9.9.7").state()).isEqualTo(State.SLOW);
        assertThat(pauses).hasValue(1);
        throttle.reserve("11000000998", "10.9.9.6");
        assertThat(pauses).as("other addresses do not wait").hasValue(1);
    }

    @Test
    void parallelGuessesCannotGetPastTheLimitAndBlockExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(() -> {
                    IdentityCheckThrottle.Reservation check = throttle.reserve("11000000033", "10.1.1." + Thread.currentThread().getId());
                    if (check.state() != State.OPEN && check.state() != State.SLOW) {
                        return 0; // refused before the registry is asked
                    }
                    return throttle.failed(check) ? 2 : 1; // asked the registry (and maybe blocked)
                });
            }
            int asked = 0;
            int blocks = 0;
            for (Future<Integer> result : pool.invokeAll(guesses)) {
                asked += result.get() > 0 ? 1 : 0;
                blocks += result.get() == 2 ? 1 : 0;
            }
            assertThat(asked).as("guesses that reached the registry").isEqualTo(5);
            assertThat(blocks).isEqualTo(1);
            assertThat(before("11000000033", "10.1.1.200")).isEqualTo(State.KPJ_BLOCKED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCheckThatPassesGivesItsSlotsBack() {
        for (int i = 0; i < 10; i++) {
            throttle.passed(throttle.reserve("11000000033", "10.2.2.2"));
        }
        assertThat(before("11000000033", "10.2.2.2")).isEqualTo(State.OPEN);
        for (int i = 0; i < 4; i++) {
            failedCheck("11000000033", "10.2.2.2");
        }
        assertThat(before("11000000033", "10.2.2.2")).isEqualTo(State.OPEN);
    }

    @Test
    void limitsComeFromTheFlowConfigurationWithDefaultsForWhatIsMissingOrMalformed() {
        org.keycloak.models.AuthenticatorConfigModel config = new org.keycloak.models.AuthenticatorConfigModel();
        config.setConfig(java.util.Map.of("kpj-max-failures", "3", "kpj-block-hours", "x", "address-max-failures-per-hour", "0"));
        assertThat(Limits.from(config)).isEqualTo(new Limits(3, 24 * 3600, 10, 20));
        assertThat(Limits.from(null)).isEqualTo(Limits.DEFAULTS);
    }
}

package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.support.InMemorySingleUseStore;

/** The daily cap of wrong codes per account, in the single-use store as one node sees it. */
class WrongCodeLimitTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();

    private WrongCodeLimit limit(String kind, String userId, int cap) {
        return new WrongCodeLimit(store, "realm", kind, userId, cap);
    }

    @Test
    void theWrongCodeThatTakesTheLastSlotBlocksAndIsTheOnlyOneToTell() {
        WrongCodeLimit limit = limit(WrongCodeLimit.ALL, "u1", 3);

        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
        assertThat(limit.reached()).isFalse();
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.REACHED);
        assertThat(limit.reached()).isTrue();
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.BLOCKED);
    }

    @Test
    void wrongCodesAreForgottenOneByOneTwentyFourHoursAfterEach() {
        WrongCodeLimit limit = limit(WrongCodeLimit.ALL, "u1", 3);
        limit.count();
        store.advanceSeconds(12 * 3600);
        limit.count();
        store.advanceSeconds(12 * 3600);

        // the first has expired: two slots are free again
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.REACHED);
    }

    @Test
    void theBlockEndsTwentyFourHoursAfterTheCapWasReached() {
        WrongCodeLimit limit = limit(WrongCodeLimit.ALL, "u1", 1);
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.REACHED);
        store.advanceSeconds(WrongCodeLimit.WINDOW_SECONDS - 1);
        assertThat(limit.reached()).isTrue();
        store.advanceSeconds(1);
        assertThat(limit.reached()).isFalse();
    }

    @Test
    void clearingForgetsTheCountAndLiftsTheBlock() {
        WrongCodeLimit limit = limit(WrongCodeLimit.ALL, "u1", 2);
        limit.count();
        limit.count();

        limit.clear();

        assertThat(limit.reached()).isFalse();
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
    }

    @Test
    void clearingAfterSlotsExpiredOutOfOrderStillForgetsTheRest() {
        WrongCodeLimit limit = limit(WrongCodeLimit.ALL, "u1", 3);
        limit.count();
        store.advanceSeconds(3600);
        limit.count();
        store.advanceSeconds(WrongCodeLimit.WINDOW_SECONDS - 1800);
        // the first slot has expired, the second has not

        limit.clear();

        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.COUNTED);
        assertThat(limit.count()).isEqualTo(WrongCodeLimit.Count.REACHED);
    }

    @Test
    void accountsAndKindsCountApart() {
        limit(WrongCodeLimit.ALL, "u1", 1).count();

        assertThat(limit(WrongCodeLimit.ALL, "u1", 1).reached()).isTrue();
        assertThat(limit(WrongCodeLimit.RESET, "u1", 1).reached()).isFalse();
        assertThat(limit(WrongCodeLimit.ALL, "u2", 1).reached()).isFalse();
    }

    @Test
    void parallelWrongCodesLoseNoCountAndOnlyOneTells() throws Exception {
        int cap = 10;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<WrongCodeLimit.Count>> counts = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                counts.add(pool.submit(() -> limit(WrongCodeLimit.ALL, "u1", cap).count()));
            }
            int counted = 0;
            int reached = 0;
            for (Future<WrongCodeLimit.Count> count : counts) {
                switch (count.get()) {
                    case COUNTED -> counted++;
                    case REACHED -> reached++;
                    case BLOCKED -> {
                    }
                }
            }
            assertThat(reached).isEqualTo(1);
            assertThat(counted).isLessThanOrEqualTo(cap - 1);
            assertThat(limit(WrongCodeLimit.ALL, "u1", cap).reached()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}

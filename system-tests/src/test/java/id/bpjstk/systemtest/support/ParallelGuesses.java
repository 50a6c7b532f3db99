package id.bpjstk.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import id.bpjstk.systemtest.support.TestMembers.Member;

/**
 * Wrong passwords for one member from many connections at once, each its own login, until Keycloak locks the account
 * (the quick-login check off meanwhile, so that the failure count alone decides): what a password-guessing script does.
 */
public final class ParallelGuesses {

    private ParallelGuesses() {
    }

    /**
     * Sends guesses over {@code connections} connections (at most 50 each) until the account is locked; every answer
     * must be the login form again with {@code wrongPasswordText}. Answers how many guesses were sent.
     */
    public static int untilLocked(Stack stack, TestMembers members, Member member, int connections, String wrongPasswordText)
            throws Exception {
        AtomicBoolean locked = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        try (BruteForce ignored = BruteForce.withoutQuickLoginCheck(stack)) {
            ExecutorService pool = Executors.newFixedThreadPool(connections + 1);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> guessers = new ArrayList<>();
            try {
                for (int c = 0; c < connections; c++) {
                    int connection = c;
                    guessers.add(pool.submit(() -> {
                        start.await();
                        for (int g = 0; g < 50 && !locked.get(); g++) {
                            Browser.Page page = new CodeLogin(stack).password(member.kpj(), "tebakan-" + connection + "-" + g);
                            sent.incrementAndGet();
                            assertThat(page.leftOrigin()).isFalse();
                            assertThat(page.body()).contains(wrongPasswordText);
                        }
                        return null;
                    }));
                }
                pool.submit(() -> {
                    while (!locked.get()) {
                        locked.set(members.bruteForceStatus(member).path("disabled").asBoolean());
                        Pause.millis(100);
                    }
                });
                start.countDown();
                for (Future<?> guesser : guessers) {
                    guesser.get(300, TimeUnit.SECONDS);
                }
            } finally {
                locked.set(true);
                pool.shutdownNow();
            }
        }
        return sent.get();
    }
}

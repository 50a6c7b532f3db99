package id.bpjstk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sign-ins by several virtual users at once, each with its own browser and its own share of the accounts (so that no
 * account signs in twice at the same moment), and the server CPU they cost, read from /proc before and after.
 */
final class SignInLoad {

    /** What one batch of sign-ins cost the server. */
    record Result(int signIns, long cpuMillis, double seconds) {
        @JsonProperty
        double cpuMillisPerSignIn() {
            return (double) cpuMillis / signIns;
        }

        @JsonProperty
        double signInsPerSecond() {
            return signIns / seconds;
        }
    }

    private SignInLoad() {
    }

    static Result run(SignInBrowser.Target target, long serverPid, List<Account> accounts, SignInBrowser.CodeSource codes,
            int signIns, int concurrency, Progress progress, String label) {
        AtomicInteger left = new AtomicInteger(signIns);
        AtomicInteger done = new AtomicInteger();
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        long cpuBefore = ProcessFigures.cpuMillis(serverPid);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int user = 0; user < concurrency; user++) {
                List<Account> mine = new ArrayList<>();
                for (int i = user; i < accounts.size(); i += concurrency) {
                    mine.add(accounts.get(i));
                }
                running.add(users.submit(() -> {
                    SignInBrowser browser = new SignInBrowser(target);
                    int next = 0;
                    while (left.getAndDecrement() > 0) {
                        browser.signIn(mine.get(next++ % mine.size()), codes);
                        progress.waiting(label + done.incrementAndGet() + "/" + signIns + " sign-ins");
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } catch (ExecutionException e) {
            left.set(0);
            throw new IllegalStateException("a sign-in failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            users.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(signIns, ProcessFigures.cpuMillis(serverPid) - cpuBefore, seconds);
    }
}

package id.bpjstk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The terminal display while the benchmark runs: the phase, the time since the start, and what it waits for. On a
 * terminal one status line is redrawn every second; otherwise (a build log) a line is printed every 15 seconds.
 */
final class Progress implements AutoCloseable {

    private final Instant started = Instant.now();
    private final boolean terminal = System.console() != null;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String phase = "starting";
    private volatile String waitingFor = "";
    private volatile Instant phaseStarted = started;

    Progress() {
        ticker.scheduleAtFixedRate(this::tick, 1, terminal ? 1 : 15, TimeUnit.SECONDS);
    }

    /** A new phase: printed on a line of its own. */
    synchronized void phase(String name) {
        phase = name;
        waitingFor = "";
        phaseStarted = Instant.now();
        clearLine();
        System.out.println("[bench " + clock(started) + "] " + name);
    }

    /** What the current phase waits for now (a server's start, a load run, ...). */
    void waiting(String what) {
        waitingFor = what;
    }

    /** A result worth a line of its own. */
    synchronized void note(String line) {
        clearLine();
        System.out.println("[bench " + clock(started) + "]   " + line);
    }

    private synchronized void tick() {
        String status = "[bench " + clock(started) + "] " + phase + " (" + clock(phaseStarted) + ")"
                + (waitingFor.isEmpty() ? "" : ": " + waitingFor);
        if (terminal) {
            System.out.print("\r\033[2K" + status);
            System.out.flush();
        } else {
            System.out.println(status);
        }
    }

    private void clearLine() {
        if (terminal) {
            System.out.print("\r\033[2K");
        }
    }

    private static String clock(Instant since) {
        long seconds = Duration.between(since, Instant.now()).toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        clearLine();
        System.out.flush();
    }
}

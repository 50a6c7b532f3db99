package id.bpjstk.bench;

import java.time.Duration;
import java.util.List;

/** How much the benchmark does: the full run, or the smoke run of a few seconds of load (no goals judged). */
record Options(boolean smoke, int concurrency, int passwordAccounts, int twoStepAccounts, int passwordWarmUp,
        int twoStepWarmUp, int rounds, int passwordPerRound, int twoStepPerRound, int apiAccounts,
        List<Integer> registrySizes, boolean keepRegistries, Duration apiWarmUp, Duration apiRun, boolean startUp,
        boolean registriesOnly) {

    /**
     * The full run. A shorter one (a busy machine, a first look) takes system properties: {@code bench.warmUp} and
     * {@code bench.twoStepWarmUp} (sign-ins per server), {@code bench.rounds}, {@code bench.perRound} and {@code
     * bench.twoStepPerRound}, {@code bench.apiSeconds} (each wrk run; the warm-up is half of it).
     */
    static Options fullRun() {
        int apiSeconds = Integer.getInteger("bench.apiSeconds", 20);
        return new Options(false, 4, 40, 100, Integer.getInteger("bench.warmUp", 1000), Integer.getInteger("bench.twoStepWarmUp", 200),
                Integer.getInteger("bench.rounds", 5), Integer.getInteger("bench.perRound", 300),
                Integer.getInteger("bench.twoStepPerRound", 100), 48, List.of(10_000, 1_000_000), true,
                Duration.ofSeconds(Math.max(1, apiSeconds / 2)), Duration.ofSeconds(apiSeconds), true, false);
    }

    static Options smokeRun() {
        return new Options(true, 4, 8, 8, 16, 8, 2, 16, 8, 8, List.of(200), false,
                Duration.ofSeconds(1), Duration.ofSeconds(3), false, false);
    }

    /** Only generates (or checks) the kept registries of the full run, so that a later full run finds them. */
    static Options registriesRun() {
        Options full = fullRun();
        return new Options(false, full.concurrency, 0, 0, 0, 0, 0, 0, 0, 0, full.registrySizes, true,
                Duration.ZERO, Duration.ZERO, false, true);
    }

    static Options parse(String... args) {
        Options options = fullRun();
        for (String arg : args) {
            switch (arg) {
                case "--smoke" -> options = smokeRun();
                case "--registries" -> options = registriesRun();
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see bin/bench --help)");
            }
        }
        return options;
    }
}

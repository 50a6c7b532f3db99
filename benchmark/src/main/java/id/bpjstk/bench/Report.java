package id.bpjstk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one run, each beside its reference from the same run, and the goals judged on them (not in smoke
 * mode); written as report.md and report.json.
 */
final class Report {

    /** One round of one sign-in variant: ours and stock, measured back to back. */
    record SignInRound(int round, String variant, SignInLoad.Result ours, SignInLoad.Result stock) {
        double ratio() {
            return ours.cpuMillisPerSignIn() / stock.cpuMillisPerSignIn();
        }

        /** The ratio of the CPU per sign-in net of each server's background CPU over the round's duration. */
        double netRatio(Map<String, Double> backgroundMillisPerSecond) {
            return net(ours, backgroundMillisPerSecond.getOrDefault(OURS, 0.0))
                    / net(stock, backgroundMillisPerSecond.getOrDefault(STOCK, 0.0));
        }
    }

    static final String OURS = "ours";
    static final String STOCK = "stock";

    /** CPU per sign-in less what the server spends anyway while idle (timers, caches, GC) over the batch's duration. */
    static double net(SignInLoad.Result result, double backgroundMillisPerSecond) {
        return (result.cpuMillis() - backgroundMillisPerSecond * result.seconds()) / result.signIns();
    }

    /** One wrk run against one endpoint of membership-service. */
    record ApiRun(int members, String endpoint, int connections, Wrk.Result wrk, double cpuMillisPerRequest) {
    }

    /** A judged goal; {@code pass} is null where nothing is judged (smoke mode, a skipped figure). */
    record Goal(String goal, String figure, String limit, Boolean pass) {
    }

    static final String PASSWORD = "password only";
    static final String TWO_STEP = "password + second factor";
    static final String HEALTH = "/q/health/live";
    static final List<String> APIS = List.of("/api/members/me", "/api/members/me/balances", "/api/members/me/contributions");

    final boolean smoke;
    final Instant started = Instant.now();
    final String keycloakVersion;
    final Map<String, String> setup = new LinkedHashMap<>();
    final List<SignInRound> rounds = new ArrayList<>();
    /** Each Keycloak's CPU per second while idle after the warm-up ({@link #OURS}, {@link #STOCK}). */
    final Map<String, Double> backgroundCpu = new LinkedHashMap<>();
    final Map<String, SignInLoad.Result> warmUp = new LinkedHashMap<>();
    final List<Registry.Prepared> registries = new ArrayList<>();
    final List<ApiRun> api = new ArrayList<>();
    final Map<String, Double> memoryMib = new LinkedHashMap<>();
    StartUp.Timing cold;
    StartUp.Timing warm;
    String startUpSkipped;

    Report(boolean smoke, String keycloakVersion) {
        this.smoke = smoke;
        this.keycloakVersion = keycloakVersion;
    }

    /** min, median, max of the per-round ratios of a variant (net of background CPU: {@code net}). */
    double[] spread(String variant) {
        return spread(variant, false);
    }

    double[] spread(String variant, boolean net) {
        double[] ratios = rounds.stream().filter(r -> r.variant().equals(variant))
                .mapToDouble(r -> net ? r.netRatio(backgroundCpu) : r.ratio()).sorted().toArray();
        if (ratios.length == 0) {
            return new double[] { Double.NaN, Double.NaN, Double.NaN };
        }
        double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        return new double[] { ratios[0], median, ratios[ratios.length - 1] };
    }

    ApiRun run(int members, String endpoint, int connections) {
        return api.stream().filter(r -> r.members() == members && r.endpoint().equals(endpoint) && r.connections() == connections)
                .findFirst().orElse(null);
    }

    List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        // judged net of each server's background CPU (what it spends idle is no sign-in's cost); the raw median beside it
        double password = spread(PASSWORD, true)[1];
        double twoStep = spread(TWO_STEP, true)[1];
        goals.add(goal("sign-in CPU, password only: ours / stock (median of rounds, net of background CPU)",
                fmt(password) + " (raw " + fmt(spread(PASSWORD)[1]) + ")", "<= 1.10", password <= 1.10));
        goals.add(goal("sign-in CPU, two-step: ours (SMS) / stock (TOTP), median, net of background CPU",
                fmt(twoStep) + " (raw " + fmt(spread(TWO_STEP)[1]) + ")", "<= 1.20", twoStep <= 1.20));
        for (Registry.Prepared registry : registries) {
            int members = registry.members();
            ApiRun health = run(members, HEALTH, 64);
            for (String endpoint : APIS) {
                ApiRun at64 = run(members, endpoint, 64);
                if (health == null || at64 == null) {
                    continue;
                }
                double share = at64.wrk().requestsPerSecond() / health.wrk().requestsPerSecond();
                double floor = endpoint.endsWith("/me") ? 0.40 : 0.25;
                goals.add(goal(endpoint + " req/s vs " + HEALTH + ", 64 conn., " + members + " members", fmt(share) + "x",
                        ">= " + fmt(floor) + "x", share >= floor));
                if (!endpoint.endsWith("/me")) {
                    goals.add(goal(endpoint + " p99, 64 conn., " + members + " members", ms(at64.wrk().p99()), "<= 25 ms",
                            at64.wrk().p99() <= 25));
                }
            }
        }
        if (registries.size() >= 2) {
            int small = registries.get(0).members();
            int large = registries.get(registries.size() - 1).members();
            for (String endpoint : APIS) {
                for (int connections : new int[] { 16, 64 }) {
                    ApiRun a = run(small, endpoint, connections);
                    ApiRun b = run(large, endpoint, connections);
                    if (a != null && b != null) {
                        double growth = b.wrk().p99() / a.wrk().p99();
                        goals.add(goal(endpoint + " p99 at " + large + " / at " + small + " members, " + connections + " conn.",
                                fmt(growth) + "x (" + ms(b.wrk().p99()) + " / " + ms(a.wrk().p99()) + ")", "<= 1.5x", growth <= 1.5));
                    }
                }
            }
        }
        if (cold != null) {
            goals.add(goal("stack start, cold (after --reset)", secs(cold.startSeconds()), "< 30 s", cold.startSeconds() < 30));
        }
        if (warm != null) {
            goals.add(goal("stack start, warm", secs(warm.startSeconds()), "< 30 s", warm.startSeconds() < 30));
        }
        if (startUpSkipped != null) {
            goals.add(new Goal("stack start, cold and warm", "skipped: " + startUpSkipped, "< 30 s", null));
        }
        return goals;
    }

    private Goal goal(String name, String figure, String limit, boolean pass) {
        return new Goal(name, figure, limit, smoke ? null : pass);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", smoke ? "smoke" : "full");
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("keycloakVersion", keycloakVersion);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("setup", setup);
        json.put("signInWarmUp", warmUp);
        json.put("signInBackgroundCpuMillisPerSecond", backgroundCpu);
        json.put("signInRounds", rounds.stream().map(r -> Map.of("round", r.round(), "variant", r.variant(), "ours", r.ours(),
                "stock", r.stock(), "ratio", r.ratio(), "netRatio", r.netRatio(backgroundCpu))).toList());
        Map<String, Object> ratios = new LinkedHashMap<>();
        Map<String, Object> netRatios = new LinkedHashMap<>();
        for (String variant : List.of(PASSWORD, TWO_STEP)) {
            double[] spread = spread(variant);
            ratios.put(variant, Map.of("min", spread[0], "median", spread[1], "max", spread[2]));
            double[] net = spread(variant, true);
            netRatios.put(variant, Map.of("min", net[0], "median", net[1], "max", net[2]));
        }
        json.put("signInRatios", ratios);
        json.put("signInNetRatios", netRatios);
        json.put("registries", registries);
        json.put("api", api);
        Map<String, Object> startUp = new LinkedHashMap<>();
        startUp.put("cold", cold);
        startUp.put("warm", warm);
        startUp.put("skipped", startUpSkipped);
        json.put("startUp", startUp);
        json.put("memoryMib", memoryMib);
        json.put("goals", goals());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("report.json").toFile(), json);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report (").append(smoke ? "smoke: seconds of load, no goals judged" : "full run").append(")\n\n");
        md.append("Started ").append(started).append(", finished ").append(Instant.now()).append("; Keycloak ").append(keycloakVersion)
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
        setup.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));

        md.append("\n## Goals\n\n| goal | figure | limit | result |\n| --- | --- | --- | --- |\n");
        for (Goal goal : goals()) {
            md.append("| ").append(goal.goal()).append(" | ").append(goal.figure()).append(" | ").append(goal.limit()).append(" | ")
                    .append(goal.pass() == null ? "not judged" : goal.pass() ? "PASS" : "FAIL").append(" |\n");
        }

        md.append("\n## 1. Sign-in CPU (server CPU per sign-in, ours against stock Keycloak)\n\n");
        md.append("Background CPU while idle after the warm-up (ms of CPU per second): ours ")
                .append(fmt(backgroundCpu.getOrDefault(OURS, Double.NaN))).append(", stock ")
                .append(fmt(backgroundCpu.getOrDefault(STOCK, Double.NaN)))
                .append(". A round's CPU includes it for the round's duration; the net columns take it out.\n\n");
        md.append("| round | variant | ours CPU ms/sign-in | stock CPU ms/sign-in | ratio | ours net | stock net | net ratio "
                + "| ours sign-ins/s | stock sign-ins/s |\n").append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (SignInRound round : rounds) {
            md.append("| ").append(round.round()).append(" | ").append(round.variant()).append(" | ")
                    .append(fmt(round.ours().cpuMillisPerSignIn())).append(" | ").append(fmt(round.stock().cpuMillisPerSignIn()))
                    .append(" | ").append(fmt(round.ratio())).append(" | ")
                    .append(fmt(net(round.ours(), backgroundCpu.getOrDefault(OURS, 0.0)))).append(" | ")
                    .append(fmt(net(round.stock(), backgroundCpu.getOrDefault(STOCK, 0.0)))).append(" | ")
                    .append(fmt(round.netRatio(backgroundCpu))).append(" | ").append(fmt(round.ours().signInsPerSecond())).append(" | ")
                    .append(fmt(round.stock().signInsPerSecond())).append(" |\n");
        }
        md.append("\n| variant | min ratio | median ratio | max ratio | median net ratio |\n| --- | --- | --- | --- | --- |\n");
        for (String variant : List.of(PASSWORD, TWO_STEP)) {
            double[] spread = spread(variant);
            md.append("| ").append(variant).append(" | ").append(fmt(spread[0])).append(" | ").append(fmt(spread[1])).append(" | ")
                    .append(fmt(spread[2])).append(" | ").append(fmt(spread(variant, true)[1])).append(" |\n");
        }
        md.append("\nWarm-up: ");
        warmUp.forEach((name, result) -> md.append(name).append(" ").append(result.signIns()).append(" sign-ins at ")
                .append(fmt(result.cpuMillisPerSignIn())).append(" CPU ms; "));
        md.append("\n");

        md.append("\n## 2. Member APIs (membership-service, against its ").append(HEALTH).append(" in the same run)\n");
        for (Registry.Prepared registry : registries) {
            int members = registry.members();
            md.append("\n### ").append(members).append(" members\n\n");
            md.append("| endpoint | connections | req/s | vs health | p50 | p99 | CPU ms/request | non-2xx | socket errors |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (ApiRun run : api) {
                if (run.members() != members) {
                    continue;
                }
                ApiRun health = run(members, HEALTH, run.connections());
                md.append("| ").append(run.endpoint()).append(" | ").append(run.connections()).append(" | ")
                        .append(fmt(run.wrk().requestsPerSecond())).append(" | ")
                        .append(health == null ? "-" : fmt(run.wrk().requestsPerSecond() / health.wrk().requestsPerSecond()) + "x")
                        .append(" | ").append(ms(run.wrk().p50())).append(" | ").append(ms(run.wrk().p99())).append(" | ")
                        .append(fmt(run.cpuMillisPerRequest())).append(" | ").append(run.wrk().non2xx()).append(" | ")
                        .append(run.wrk().socketErrors()).append(" |\n");
            }
        }

        md.append("\n## 3. Registry size\n\n| members | database | reused | generation |\n| --- | --- | --- | --- |\n");
        for (Registry.Prepared registry : registries) {
            md.append("| ").append(registry.members()).append(" | ").append(registry.database()).append(" | ")
                    .append(registry.reused() ? "yes" : "no").append(" | ")
                    .append(registry.reused() ? "-" : secs(registry.generationSeconds())).append(" |\n");
        }
        if (registries.size() >= 2) {
            int small = registries.get(0).members();
            int large = registries.get(registries.size() - 1).members();
            md.append("\n| endpoint | connections | p99 at ").append(small).append(" | p99 at ").append(large).append(" | growth |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (String endpoint : APIS) {
                for (int connections : new int[] { 16, 64 }) {
                    ApiRun a = run(small, endpoint, connections);
                    ApiRun b = run(large, endpoint, connections);
                    if (a != null && b != null) {
                        md.append("| ").append(endpoint).append(" | ").append(connections).append(" | ").append(ms(a.wrk().p99()))
                                .append(" | ").append(ms(b.wrk().p99())).append(" | ").append(fmt(b.wrk().p99() / a.wrk().p99()))
                                .append("x |\n");
                    }
                }
            }
        } else {
            md.append("\nOne registry size in this run: no growth figure.\n");
        }

        md.append("\n## 4. Start-up (bin/stack to the login page of member-web)\n\n");
        if (startUpSkipped != null) {
            md.append("Skipped: ").append(startUpSkipped).append(".\n");
        } else if (cold == null || warm == null) {
            md.append("Not measured (yet): the run had not reached it.\n");
        } else {
            md.append("One-off steps are done once after a build or on a new checkout and kept for every later start, "
                    + "`--reset` included: installing Keycloak with the new extension, building it for the stack's options, "
                    + "importing the realm (later resets copy that database), unpacking and creating the stack's own "
                    + "PostgreSQL.\n\n");
            md.append("| start | seconds to the login form | of which Maven steps (left out) | of which one-off steps (left out) "
                    + "| start-up | stop after SIGTERM |\n").append("| --- | --- | --- | --- | --- | --- |\n");
            for (Map.Entry<String, StartUp.Timing> entry : Map.of("cold (bin/stack --reset)", Objects.requireNonNull(cold),
                    "warm (bin/stack)", Objects.requireNonNull(warm)).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                StartUp.Timing timing = entry.getValue();
                md.append("| ").append(entry.getKey()).append(" | ").append(secs(timing.totalSeconds())).append(" | ")
                        .append(secs(timing.mavenSeconds())).append(" | ").append(secs(timing.oneOffSeconds())).append(" | ")
                        .append(secs(timing.startSeconds())).append(" | ")
                        .append(secs(timing.stopSeconds())).append(" |\n");
            }
        }

        md.append("\n## 5. Memory (VmRSS after the load)\n\n| server | RSS MiB |\n| --- | --- |\n");
        memoryMib.forEach((server, mib) -> md.append("| ").append(server).append(" | ").append(fmt(mib)).append(" |\n"));
        return md.toString();
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    static String ms(double value) {
        return fmt(value) + " ms";
    }

    static String secs(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }
}

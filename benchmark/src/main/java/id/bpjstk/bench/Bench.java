package id.bpjstk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.bpjstk.process.LoopbackPorts;
import id.bpjstk.process.TestDatabases;

/**
 * The benchmark ({@code bin/bench}, {@code bin/bench --smoke}): starts our Keycloak, a stock Keycloak of the same
 * version and membership-service on free loopback ports, warms them, measures, writes the report and stops everything
 * it started, also on failure and Ctrl-C.
 */
public final class Bench {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUR_REALM = "bpjstk";
    private static final String STOCK_REALM = "plain";
    private static final String REDIRECT = "http://localhost:8083/callback";

    private final Options options;
    private final Layout layout;
    private final Progress progress = new Progress();
    private final TestDatabases databases = new TestDatabases();
    private final List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
    private final List<MembershipService> services = Collections.synchronizedList(new ArrayList<>());
    private final Report report;
    private final String ourAdminPassword = secret();
    private final String stockAdminPassword = secret();
    private SmsGatewayStub sms;
    private KeycloakServer ours;
    private KeycloakServer stock;
    private KeycloakAdmin ourAdmin;
    private int membershipPort;
    private final Map<String, Account> apiAccounts = new HashMap<>();
    private List<Account> stockPassword = List.of();
    private List<Account> stockTotp = List.of();

    private Bench(Options options, Layout layout) {
        this.options = options;
        this.layout = layout;
        this.report = new Report(options.smoke(), layout.keycloakVersion());
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Path written = run(options);
            if (options.registriesOnly()) {
                // no figures: the registries are ready for a full run
                System.out.println("[bench] registries ready: " + options.registrySizes());
            } else {
                System.out.println();
                System.out.println(Files.readString(written.resolve("report.md")));
                System.out.println("report: " + written.resolve("report.md") + " and report.json");
            }
            System.exit(0);
        } catch (Exception e) {
            System.err.println();
            System.err.println("[bench] failed: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("[bench]   caused by: " + cause);
            }
            System.exit(1);
        }
    }

    /** Runs the benchmark and returns the directory of report.md and report.json. */
    public static Path run(Options options) throws Exception {
        Layout layout = Layout.detect();
        layout.check();
        if (!Wrk.available() && !options.registriesOnly()) {
            throw new IllegalStateException("wrk is not installed: apt-get install -y wrk (bin/bench installs it when run as root)");
        }
        Bench bench = new Bench(options, layout);
        Thread stopOnExit = new Thread(bench::stopAll, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            return bench.measure();
        } finally {
            bench.stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }

    private Path measure() throws Exception {
        Files.createDirectories(layout.work());
        membershipPort = LoopbackPorts.free();
        Registry registry = new Registry(resource("registry/generate-registry.sql"), layout.migrations());
        report.setup.put("registry generator", "registry/generate-registry.sql, sha256 " + registry.checksum().substring(0, 16)
                + ", membership-service schema V" + registry.latestMigration());
        if (options.registriesOnly()) {
            for (int members : options.registrySizes()) {
                progress.phase("registry of " + members + " members");
                Registry.Prepared prepared = registry.prepare(databases, members, true, this::startMembership, services, progress);
                progress.note(prepared.reused() ? prepared.database() + " reused"
                        : prepared.database() + " generated in " + Report.secs(prepared.generationSeconds()));
                stopMembership();
            }
            return layout.reports();
        }
        startKeycloaks();
        int firstSize = options.registrySizes().get(0);
        progress.phase("registry of " + firstSize + " members");
        report.registries.add(registry.prepare(databases, firstSize, options.keepRegistries(), this::startMembership, services, progress));
        noteRegistry(report.registries.get(0));

        signInFigures();
        report.write(layout.reports()); // so far: a run stopped later still leaves its figures

        for (int i = 0; i < options.registrySizes().size(); i++) {
            int members = options.registrySizes().get(i);
            if (i > 0) {
                stopMembership();
                progress.phase("registry of " + members + " members");
                Registry.Prepared prepared = registry.prepare(databases, members, options.keepRegistries(), this::startMembership, services, progress);
                report.registries.add(prepared);
                noteRegistry(prepared);
            }
            apiFigures(members);
            report.memoryMib.put("membership-service after the load, " + members + " members",
                    ProcessFigures.rssMib(services.get(services.size() - 1).pid()));
            report.write(layout.reports());
        }
        report.memoryMib.put("our Keycloak after the load", ProcessFigures.rssMib(ours.pid()));
        report.memoryMib.put("stock Keycloak after the load", ProcessFigures.rssMib(stock.pid()));

        report.write(layout.reports());
        progress.phase("stopping the benchmark's servers");
        stopAll();
        if (options.startUp()) {
            startUpFigures();
        } else {
            report.startUpSkipped = "smoke mode measures no start-up";
        }
        report.write(layout.reports());
        return layout.reports();
    }

    private void noteRegistry(Registry.Prepared prepared) {
        progress.note(prepared.reused() ? prepared.database() + " reused"
                : prepared.database() + " generated in " + Report.secs(prepared.generationSeconds()));
    }

    // --- servers -------------------------------------------------------------------------------------------------

    private void startKeycloaks() throws Exception {
        progress.phase("starting our Keycloak and stock Keycloak " + layout.keycloakVersion() + " (production mode, PostgreSQL)");
        sms = new SmsGatewayStub("Bearer " + secret());
        running.add(sms);
        Path logs = layout.work().resolve("logs");
        progress.waiting("copying the distributions");
        Path ourHome = KeycloakServer.install(layout.ourKeycloak(), layout.work().resolve("keycloak-ours"));
        Path stockHome = KeycloakServer.install(layout.stockKeycloak(), layout.work().resolve("keycloak-stock"));
        Files.createDirectories(stockHome.resolve("data/import"));
        Files.writeString(stockHome.resolve("data/import/plain-realm.json"), stockRealm());

        String registrySecret = secret();
        int ourPort = LoopbackPorts.free();
        ours = KeycloakServer.start("keycloak-ours", ourHome, ourPort, OUR_REALM, databases, ourAdminPassword, List.of(
                "--spi-otp-sender--provider-default=http",
                "--spi-otp-sender--http--url=" + sms.url(),
                "--spi-member-registry--membership-service--url=http://127.0.0.1:" + membershipPort,
                "--spi-member-registry--membership-service--token-url=http://localhost:" + ourPort
                        + "/realms/" + OUR_REALM + "/protocol/openid-connect/token"), Map.ofEntries(
                Map.entry("BPJSTK_PARTNER_DEMO_SECRET", secret()),
                Map.entry("BPJSTK_REGISTRY_CLIENT_SECRET", registrySecret),
                Map.entry("BPJSTK_CLAIMS_SERVICE_SECRET", secret()),
                Map.entry("BPJSTK_MEMBER_WEB_SECRET", secret()),
                Map.entry("BPJSTK_SMTP_HOST", "127.0.0.1"),
                Map.entry("BPJSTK_SMTP_PORT", Integer.toString(LoopbackPorts.free())),
                Map.entry("KC_SPI_OTP_SENDER__HTTP__AUTH_HEADER_VALUE", sms.authorization()),
                Map.entry("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__CLIENT_SECRET", registrySecret),
                Map.entry("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__NIK_HASH_KEY", secret())), logs);
        running.add(ours);
        stock = KeycloakServer.start("keycloak-stock", stockHome, LoopbackPorts.free(), STOCK_REALM, databases, stockAdminPassword, List.of(), Map.of(), logs);
        running.add(stock);
        progress.waiting("our Keycloak: build and realm import (log " + logs.resolve("keycloak-ours.log") + ")");
        ours.awaitReady();
        progress.waiting("stock Keycloak: build and realm import");
        stock.awaitReady();
        progress.note("our Keycloak at " + ours.url() + ", stock Keycloak at " + stock.url());
        ourAdmin = new KeycloakAdmin(ours.url(), OUR_REALM, ourAdminPassword);
    }

    private MembershipService startMembership(String jdbcUrl) throws Exception {
        progress.waiting("membership-service starting (Flyway migrates its database)");
        MembershipService service = MembershipService.start(layout.membershipJar(), membershipPort, jdbcUrl, databases,
                issuer(), layout.work().resolve("logs/membership-service-" + jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1) + ".log"));
        running.add(service);
        return service;
    }

    /** Our realm's issuer; before our Keycloak runs (registries only) one that no token names, as none is checked. */
    private URI issuer() {
        return URI.create((ours == null ? "http://localhost:9" : ours.url().toString()) + "/realms/" + OUR_REALM);
    }

    private void stopMembership() {
        synchronized (services) {
            for (MembershipService service : services) {
                service.close();
                running.remove(service);
            }
            services.clear();
        }
    }

    /** Stops every server this run started, newest first; safe to call more than once (Ctrl-C, failure, the end). */
    private void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (running) {
            toStop = new ArrayList<>(running);
            running.clear();
        }
        Collections.reverse(toStop);
        for (AutoCloseable closeable : toStop) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("[bench] could not stop " + closeable + ": " + e.getMessage());
            }
        }
        services.clear();
        databases.close();
        progress.waiting("");
    }

    // --- the stock realm ------------------------------------------------------------------------------------------

    /**
     * The plain realm for stock Keycloak: the shipped JSON, our realm's password hashing policy (its {@code hash...}
     * terms; Keycloak's default hashing where our policy names none, as then ours uses it too), and the accounts.
     */
    private String stockRealm() throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(resource("stock/plain-realm.json"));
        String ourPolicy = JSON.readTree(Files.readString(layout.realmFile())).path("passwordPolicy").asText("");
        List<String> hashing = new ArrayList<>();
        for (String term : ourPolicy.split("\\s+and\\s+")) {
            if (term.trim().startsWith("hash")) {
                hashing.add(term.trim());
            }
        }
        if (!hashing.isEmpty()) {
            realm.put("passwordPolicy", String.join(" and ", hashing));
        }
        report.setup.put("password hashing (both realms)", hashing.isEmpty()
                ? "Keycloak's default (our realm's passwordPolicy names no hash algorithm or iterations)" : String.join(" and ", hashing));
        ArrayNode users = realm.putArray("users");
        stockPassword = new ArrayList<>();
        stockTotp = new ArrayList<>();
        for (int i = 1; i <= options.passwordAccounts(); i++) {
            Account account = new Account(String.format("pw-%04d", i), password(), null, null);
            stockPassword.add(account);
            users.add(stockUser(account));
        }
        for (int i = 1; i <= options.twoStepAccounts(); i++) {
            Account account = new Account(String.format("totp-%04d", i), password(), null, "bench" + digits(15));
            stockTotp.add(account);
            users.add(stockUser(account));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private ObjectNode stockUser(Account account) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", account.username);
        user.put("enabled", true);
        user.put("email", account.username + "@example.test");
        user.put("emailVerified", true);
        user.put("firstName", "Bench");
        user.put("lastName", account.username);
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", account.password).put("temporary", false);
        if (account.totpSecret != null) {
            credentials.addObject().put("type", "otp").put("userLabel", "authenticator app")
                    .put("secretData", "{\"value\":\"" + account.totpSecret + "\"}")
                    .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}");
        }
        return user;
    }

    // --- 1. sign-in CPU -----------------------------------------------------------------------------------------------

    private void signInFigures() throws Exception {
        progress.phase("making the sign-in accounts in our realm");
        // one code a second per account and 20 an hour (the settings' upper bound), so that repeated sign-ins of an
        // account are not refused for the send limits a member never reaches
        ourAdmin.configureStep("bpjstk second factor", "bpjstk-sms-otp",
                Map.of("resend-cooldown-seconds", "1", "max-sends-per-hour", "20"));
        List<Account> ourPassword = new ArrayList<>();
        List<Account> ourTwoStep = new ArrayList<>();
        for (int i = 1; i <= options.passwordAccounts(); i++) {
            ourPassword.add(ourMember(String.format("11800%06d", i), String.format("+628130%07d", i), false));
            progress.waiting(i + "/" + options.passwordAccounts() + " password-only members");
        }
        for (int i = 1; i <= options.twoStepAccounts(); i++) {
            ourTwoStep.add(ourMember(String.format("11700%06d", i), String.format("+628131%07d", i), true));
            progress.waiting(i + "/" + options.twoStepAccounts() + " members with SMS two-step");
        }
        report.setup.put("sign-in accounts", options.passwordAccounts() + " password-only and " + options.twoStepAccounts()
                + " two-step accounts per server; " + options.concurrency() + " browsers at once, each with its own share of the accounts");
        report.setup.put("sign-in batches", "warm-up " + options.passwordWarmUp() + " password and " + options.twoStepWarmUp()
                + " two-step sign-ins per server; then " + options.rounds() + " rounds of " + options.passwordPerRound() + " password and "
                + options.twoStepPerRound() + " two-step sign-ins per server, ours and stock alternately (odd rounds ours first)");
        report.setup.put("our second factor", "SMS code (two-step turned on), sent to the benchmark's SMS gateway on loopback; "
                + "code step set to a 1 s resend cooldown and 20 codes an hour per account");
        report.setup.put("stock second factor", "TOTP (authenticator app credential imported), code computed by the benchmark; "
                + "each code used once (Keycloak's default policy): an account signing in again within 30 s takes the next step's code");

        SignInBrowser.Target ourTarget = new SignInBrowser.Target(ours.url(), OUR_REALM, "member-portal", REDIRECT);
        SignInBrowser.Target stockTarget = new SignInBrowser.Target(stock.url(), STOCK_REALM, "bench-web", REDIRECT);
        SignInBrowser.CodeSource smsCodes = new SignInBrowser.CodeSource() {
            @Override
            public void prepare(Account account) {
                sms.forget(account.phone);
            }

            @Override
            public String code(Account account) {
                return sms.awaitCode(account.phone);
            }
        };
        SignInBrowser.CodeSource totpCodes = new SignInBrowser.CodeSource() {
            @Override
            public void prepare(Account account) {
            }

            @Override
            public String code(Account account) {
                Totp.Step next = Totp.next(account.totpSecret, account.lastTotpStep);
                account.lastTotpStep = next.step();
                return next.code();
            }
        };

        progress.phase("warming up: sign-ins on both servers");
        report.warmUp.put("ours, password", signIns(ourTarget, ours, ourPassword, null, options.passwordWarmUp(), "ours, password: "));
        report.warmUp.put("stock, password", signIns(stockTarget, stock, stockPassword, null, options.passwordWarmUp(), "stock, password: "));
        report.warmUp.put("ours, password + SMS", signIns(ourTarget, ours, ourTwoStep, smsCodes, options.twoStepWarmUp(), "ours, password + SMS: "));
        report.warmUp.put("stock, password + TOTP", signIns(stockTarget, stock, stockTotp, totpCodes, options.twoStepWarmUp(), "stock, password + TOTP: "));
        measureBackgroundCpu(ours, stock);

        for (int round = 1; round <= options.rounds(); round++) {
            progress.phase("sign-in round " + round + "/" + options.rounds() + " (ours and stock alternately)");
            boolean oursFirst = round % 2 == 1;
            SignInLoad.Result oursResult;
            SignInLoad.Result stockResult;
            if (oursFirst) {
                oursResult = signIns(ourTarget, ours, ourPassword, null, options.passwordPerRound(), "ours, password: ");
                stockResult = signIns(stockTarget, stock, stockPassword, null, options.passwordPerRound(), "stock, password: ");
            } else {
                stockResult = signIns(stockTarget, stock, stockPassword, null, options.passwordPerRound(), "stock, password: ");
                oursResult = signIns(ourTarget, ours, ourPassword, null, options.passwordPerRound(), "ours, password: ");
            }
            record(round, Report.PASSWORD, oursResult, stockResult);
            if (oursFirst) {
                oursResult = signIns(ourTarget, ours, ourTwoStep, smsCodes, options.twoStepPerRound(), "ours, password + SMS: ");
                stockResult = signIns(stockTarget, stock, stockTotp, totpCodes, options.twoStepPerRound(), "stock, password + TOTP: ");
            } else {
                stockResult = signIns(stockTarget, stock, stockTotp, totpCodes, options.twoStepPerRound(), "stock, password + TOTP: ");
                oursResult = signIns(ourTarget, ours, ourTwoStep, smsCodes, options.twoStepPerRound(), "ours, password + SMS: ");
            }
            record(round, Report.TWO_STEP, oursResult, stockResult);
        }
    }

    /** Both Keycloaks idle side by side: the CPU each spends per second without a request (timers, caches, GC). */
    private void measureBackgroundCpu(KeycloakServer ours, KeycloakServer stock) throws InterruptedException {
        Duration idle = options.smoke() ? Duration.ofSeconds(2) : Duration.ofSeconds(30);
        progress.phase("background CPU: both servers idle for " + idle.toSeconds() + " s");
        long oursBefore = ProcessFigures.cpuMillis(ours.pid());
        long stockBefore = ProcessFigures.cpuMillis(stock.pid());
        long started = System.nanoTime();
        Thread.sleep(idle.toMillis());
        double seconds = (System.nanoTime() - started) / 1e9;
        report.backgroundCpu.put(Report.OURS, (ProcessFigures.cpuMillis(ours.pid()) - oursBefore) / seconds);
        report.backgroundCpu.put(Report.STOCK, (ProcessFigures.cpuMillis(stock.pid()) - stockBefore) / seconds);
        progress.note(String.format("background CPU: ours %.1f ms/s, stock %.1f ms/s", report.backgroundCpu.get(Report.OURS),
                report.backgroundCpu.get(Report.STOCK)));
    }

    private void record(int round, String variant, SignInLoad.Result oursResult, SignInLoad.Result stockResult) {
        Report.SignInRound result = new Report.SignInRound(round, variant, oursResult, stockResult);
        report.rounds.add(result);
        progress.note(String.format("round %d, %s: ours %.1f ms, stock %.1f ms CPU per sign-in, ratio %.2f", round, variant,
                oursResult.cpuMillisPerSignIn(), stockResult.cpuMillisPerSignIn(), result.ratio()));
    }

    private SignInLoad.Result signIns(SignInBrowser.Target target, KeycloakServer server, List<Account> accounts,
            SignInBrowser.CodeSource codes, int count, String label) {
        return SignInLoad.run(target, server.pid(), accounts, codes, count, options.concurrency(), progress, label);
    }

    /** A member of our realm, made as an operator makes one (admin API): verified phone, two-step by SMS if asked. */
    private Account ourMember(String kpj, String phone, boolean twoStep) {
        String password = password();
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("membershipNumber", List.of(kpj));
        attributes.put("participantCategory", List.of("PU"));
        attributes.put("phoneNumber", List.of(phone));
        attributes.put("phoneNumberVerified", List.of("true"));
        if (twoStep) {
            attributes.put("twoStepVerification", List.of("sms"));
        }
        Map<String, Object> user = new HashMap<>();
        user.put("username", kpj);
        user.put("enabled", true);
        user.put("email", "bench-" + kpj + "@example.test");
        user.put("emailVerified", true);
        user.put("firstName", "Peserta");
        user.put("lastName", "Uji " + kpj);
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        ourAdmin.createUser(user, List.of("member"));
        return new Account(kpj, password, phone, null);
    }

    // --- 2./3. member APIs ---------------------------------------------------------------------------------------------

    private void apiFigures(int members) throws Exception {
        progress.phase("member APIs at " + members + " members");
        MembershipService service = services.get(services.size() - 1);
        List<Account> accounts = new ArrayList<>();
        int count = Math.min(options.apiAccounts(), members);
        for (int k = 0; k < count; k++) {
            long i = 1 + (long) k * members / count;
            String kpj = "9" + String.format("%010d", i);
            Account account = apiAccounts.get(kpj);
            if (account == null) {
                account = ourMember(kpj, String.format("+628132%07d", i % 10_000_000), false);
                apiAccounts.put(kpj, account);
            }
            accounts.add(account);
            progress.waiting("members with accounts: " + (k + 1) + "/" + count);
        }
        report.setup.put("wrk runs", "2 threads, 16 and 64 connections, " + options.apiRun().toSeconds() + " s each after a "
                + options.apiWarmUp().toSeconds() + " s warm-up at 64 connections per endpoint");
        report.setup.put("API callers", count + " registry members spread over the registry, each with an account in our realm; "
                + "wrk rotates their bearer tokens (client member-portal's scopes; fresh tokens before each run: one sign-in each, then the refresh grant)");
        SignInBrowser.Target target = new SignInBrowser.Target(ours.url(), OUR_REALM, "member-portal", REDIRECT);
        Path script = layout.work().resolve("rotate-tokens.lua");
        Files.writeString(script, resource("wrk/rotate-tokens.lua"));
        Path tokens = layout.work().resolve("tokens.txt");
        Map<Account, SignInBrowser.Tokens> signedIn = new HashMap<>();

        for (String endpoint : endpoints()) {
            boolean health = endpoint.equals(Report.HEALTH);
            URI url = service.url().resolve(endpoint);
            if (!health) {
                freshTokens(target, accounts, signedIn, tokens);
                check(url, Files.readAllLines(tokens).get(0));
            }
            progress.waiting("wrk warm-up of " + endpoint);
            Wrk.run(url, 64, options.apiWarmUp().isZero() ? Duration.ofSeconds(1) : options.apiWarmUp(), health ? null : script, tokens);
            for (int connections : new int[] { 16, 64 }) {
                if (!health) {
                    freshTokens(target, accounts, signedIn, tokens);
                }
                progress.waiting("wrk: " + endpoint + ", " + connections + " connections, " + options.apiRun().toSeconds() + " s");
                long cpuBefore = ProcessFigures.cpuMillis(service.pid());
                Wrk.Result result = Wrk.run(url, connections, options.apiRun(), health ? null : script, tokens);
                long cpu = ProcessFigures.cpuMillis(service.pid()) - cpuBefore;
                if (result.non2xx() > 0) {
                    throw new IllegalStateException(endpoint + " answered " + result.non2xx() + " requests with an error status under load");
                }
                report.api.add(new Report.ApiRun(members, endpoint, connections, result, (double) cpu / Math.max(1, result.requests())));
                progress.note(String.format("%s, %d conn.: %.0f req/s, p50 %.2f ms, p99 %.2f ms", endpoint, connections,
                        result.requestsPerSecond(), result.p50(), result.p99()));
            }
        }
        Files.deleteIfExists(tokens);
    }

    private static List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        endpoints.add(Report.HEALTH);
        endpoints.addAll(Report.APIS);
        return endpoints;
    }

    /**
     * Fresh access tokens for every caller, one a line in {@code file}: each signs in once (four browsers at once), and
     * before later runs the client refreshes the tokens of that sign-in, as a client does before its token expires.
     */
    private void freshTokens(SignInBrowser.Target target, List<Account> accounts, Map<Account, SignInBrowser.Tokens> signedIn,
            Path file) throws Exception {
        progress.waiting("fresh tokens for " + accounts.size() + " members");
        ExecutorService browsers = Executors.newFixedThreadPool(options.concurrency());
        try {
            List<Future<SignInBrowser.Tokens>> tokens = new ArrayList<>();
            for (Account account : accounts) {
                SignInBrowser.Tokens earlier = signedIn.get(account);
                tokens.add(browsers.submit(() -> earlier == null || earlier.refresh() == null
                        ? new SignInBrowser(target).signIn(account, null) : new SignInBrowser(target).refresh(earlier)));
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < accounts.size(); i++) {
                SignInBrowser.Tokens fresh = tokens.get(i).get();
                signedIn.put(accounts.get(i), fresh);
                lines.append(fresh.access()).append('\n');
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(temporary, lines);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browsers.shutdownNow();
        }
    }

    /** One request by hand before the load: the endpoint must answer 200 to a caller's token. */
    private static void check(URI url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url.getPath() + " answered " + response.statusCode() + " to a member's token: " + response.body());
        }
        JsonNode ignored = JSON.readTree(response.body());
        if (ignored == null) {
            throw new IllegalStateException(url.getPath() + " answered no JSON");
        }
    }

    // --- 4. start-up ---------------------------------------------------------------------------------------------------

    private void startUpFigures() throws Exception {
        Integer busy = StartUp.busyPort();
        if (busy != null) {
            report.startUpSkipped = "port " + busy + " was in use (another bin/stack?), so bin/stack could not start";
            progress.note("start-up skipped: " + report.startUpSkipped);
            return;
        }
        progress.phase("start-up, cold: bin/stack --reset");
        report.cold = StartUp.measure(layout.root(), true, layout.work().resolve("logs/stack-cold.log"), progress);
        progress.note("cold: login page after " + Report.secs(report.cold.totalSeconds()) + " (Maven steps "
                + Report.secs(report.cold.mavenSeconds()) + ", one-off steps " + Report.secs(report.cold.oneOffSeconds()) + ")");
        progress.phase("start-up, warm: bin/stack");
        report.warm = StartUp.measure(layout.root(), false, layout.work().resolve("logs/stack-warm.log"), progress);
        progress.note("warm: login page after " + Report.secs(report.warm.totalSeconds()));
    }

    // --- small things ----------------------------------------------------------------------------------------------

    private static String resource(String name) throws IOException {
        try (var in = Bench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String password() {
        return "Bench-Sandi-" + digits(6) + "-Panjang";
    }

    private static String digits(int count) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < count; i++) {
            value.append(RANDOM.nextInt(10));
        }
        return value.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

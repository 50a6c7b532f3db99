package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Documents;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Registration;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackOnOwnPostgres;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.RegistryParticipant;

/**
 * PostgreSQL restarts while members use the stack (sign-ins, balances, claims with their documents, registrations):
 * every server comes back by itself, without a restart of its own, and nothing is half-written: every claim has its
 * history, every document its content, every account its password and NIK hash, and a claim whose answer was lost
 * is found again under its idempotency key, not made twice. The stack here has a PostgreSQL of its own
 * ({@link StackOnOwnPostgres}), so the restart touches nothing else of the run.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class DatabaseRestartTest {

    private static final String MADE_PHONE = "+6281200000004";
    private static final String PASSWORD = "Kata sandi uji pemulihan basis data";
    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofMinutes(2);
    private static final Duration READINESS = Duration.ofSeconds(30);

    private static StackOnOwnPostgres own;

    @BeforeAll
    static void start() throws Exception {
        own = StackOnOwnPostgres.start();
    }

    @AfterAll
    static void stop() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void underLightLoadEveryServerComesBackByItselfAndNothingIsHalfWritten() throws Exception {
        Stack stack = own.stack();
        CodeLogin made = new CodeLogin(stack);
        made.tokens(made.password(DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD));
        Browser.Page stepUp = made.start(Map.of("acr_values", "2"));
        String levelTwo = made.tokens(made.code(stepUp, stack.sms().latest(MADE_PHONE).code())).accessToken();
        List<RegistryParticipant> participants = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            participants.add(new TestMembers(stack).createInRegistry());
        }

        Load load = new Load(stack, levelTwo, participants);
        try (load) {
            load.awaitEveryKindSucceededSince(Instant.EPOCH, RECOVERY);
            Instant restarted = Instant.now();
            own.restartPostgres(DOWN);
            load.awaitEveryKindSucceededSince(Instant.now(), RECOVERY);
            System.out.printf("PostgreSQL restart under load: %s%n", load.summary(restarted));
        }

        assertThat(load.serviceFailures()).as("what the services answered while PostgreSQL was away: 503, never 500")
                .allSatisfy(failure -> assertThat(failure).matches(".+ answered 503 application/json.*"));
        assertThat(stack.endedServers()).as("no server stopped or was restarted").isEmpty();
        for (URI service : List.of(stack.membershipUrl(), stack.claimsUrl(), stack.portalUrl())) {
            assertThat(readyWithin(service, READINESS)).as("%s ready again", service).isEqualTo(200);
        }

        // a claim whose answer was lost is found again under its key (200) or made now (201), never made twice
        Api claims = new Api(stack.claimsUrl());
        assertThat(cancelDrafts(claims, levelTwo)).isNull();
        for (String key : load.claimKeys()) {
            Api.Response again = claims.post("/api/claims", levelTwo, claim(), Map.of("Idempotency-Key", key));
            if (again.status() == 201) {
                claims.post("/api/claims/" + again.json().get("id").asText() + "/cancel", levelTwo, Map.of());
            } else {
                assertThat(again.status()).as("claim with key %s again: %s", key, again.json()).isEqualTo(200);
            }
        }
        try (Connection db = stack.claimsDatabase()) {
            assertThat(count(db, "select count(*) from claims")).as("one claim per key").isEqualTo(load.claimKeys().size());
            assertThat(count(db, "select count(*) from claims c where not exists "
                    + "(select 1 from claim_status_history h where h.claim_id = c.id and h.from_status is null)"))
                    .as("claims without their creation in the history").isZero();
            assertThat(count(db, "select count(*) from claims c where c.status = 'CANCELLED' and not exists "
                    + "(select 1 from claim_status_history h where h.claim_id = c.id and h.to_status = 'CANCELLED')"))
                    .as("cancelled claims without their cancellation in the history").isZero();
            assertThat(count(db, "select count(*) from claim_documents d left join document_contents c on c.document_id = d.id "
                    + "where c.content is null or octet_length(c.content) <> d.size_bytes or encode(sha256(c.content), 'hex') <> d.sha256"))
                    .as("documents without their whole content").isZero();
            assertThat(count(db, "select count(*) from claim_documents")).as("documents kept").isPositive();
            System.out.printf("PostgreSQL restart under load: %d claims, %d documents, all whole%n",
                    count(db, "select count(*) from claims"), count(db, "select count(*) from claim_documents"));
        }

        // every account the registrations made is whole: its password, its phone and the hash of its NIK
        try (Connection db = stack.keycloakDatabase();
             PreparedStatement users = db.prepareStatement("select u.id, "
                     + "(select count(*) from credential c where c.user_id = u.id and c.type = 'password'), "
                     + "(select count(*) from user_attribute a where a.user_id = u.id and a.name = 'nikHash'), "
                     + "(select count(*) from user_attribute a where a.user_id = u.id and a.name = 'phoneNumber') "
                     + "from user_entity u where u.username = any (?)")) {
            users.setArray(1, db.createArrayOf("varchar", load.registeringKpjs().toArray()));
            int accounts = 0;
            try (ResultSet found = users.executeQuery()) {
                while (found.next()) {
                    accounts++;
                    assertThat(List.of(found.getInt(2), found.getInt(3), found.getInt(4)))
                            .as("password, NIK hash and phone of account %s", found.getString(1)).containsExactly(1, 1, 1);
                }
            }
            assertThat(accounts).as("accounts made").isGreaterThanOrEqualTo(load.registered())
                    .isLessThanOrEqualTo(load.registeringKpjs().size());
            System.out.printf("PostgreSQL restart under load: %d registrations tried, %d accounts, all whole%n",
                    load.registeringKpjs().size(), accounts);
        }
    }

    /** Cancels the member's DRAFT claims (she has one open claim of a type at most); null, or what went wrong. */
    private static String cancelDrafts(Api claims, String token) {
        Api.Response mine = claims.get("/api/claims", token);
        if (mine.status() != 200) {
            return failure("claims list", mine);
        }
        for (JsonNode claim : mine.json().get("items")) {
            if (claim.get("status").asText().equals("DRAFT")) {
                Api.Response cancelled = claims.post("/api/claims/" + claim.get("id").asText() + "/cancel", token, Map.of());
                if (cancelled.status() != 200) {
                    return failure("cancel", cancelled);
                }
            }
        }
        return null;
    }

    /** What a service answered instead: the call, the status and the media type ({@code claim answered 503 application/json}). */
    private static String failure(String call, Api.Response response) {
        return call + " answered " + response.status() + " " + response.header("Content-Type");
    }

    /**
     * Probes the service's readiness as a load balancer does, until it answers 200 or {@code timeout} has passed; returns
     * the last status. The readiness check validates one pooled connection a probe, so a service that was idle through
     * the restart reports DOWN for a probe or two while its old connections are dropped (its members' requests do not
     * meet them: a connection idle for a second is validated before it is handed out).
     */
    private static int readyWithin(URI service, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            int status = new Api(service).get("/q/health/ready", null).status();
            if (status == 200 || Instant.now().isAfter(deadline)) {
                return status;
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * What the members do during the test, each kind in a thread of its own: sign in and read balances, file a
     * claim and upload its KTP, register. Every call's outcome is kept, failures included.
     */
    private static final class Load implements AutoCloseable {

        private final Stack stack;
        private final String levelTwo;
        private final ConcurrentLinkedQueue<RegistryParticipant> participants;
        private final ExecutorService threads = Executors.newFixedThreadPool(3);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final List<String> claimKeys = Collections.synchronizedList(new ArrayList<>());
        private final List<String> registeringKpjs = Collections.synchronizedList(new ArrayList<>());

        Load(Stack stack, String levelTwo, List<RegistryParticipant> participants) {
            this.stack = stack;
            this.levelTwo = levelTwo;
            this.participants = new ConcurrentLinkedQueue<>(participants);
            threads.submit(() -> repeat(Kind.SIGN_IN, this::signInAndReadBalances));
            threads.submit(() -> repeat(Kind.CLAIM, this::fileAClaim));
            threads.submit(() -> repeat(Kind.REGISTRATION, this::register));
        }

        enum Kind { SIGN_IN, CLAIM, REGISTRATION }

        /** One call of the load: when it ended, whether it did what the member wanted, and what she got. */
        record Outcome(Kind kind, Instant at, boolean ok, String what) {
        }

        private void repeat(Kind kind, java.util.function.Supplier<String> call) {
            while (running.get()) {
                String failure;
                try {
                    failure = call.get();
                } catch (Throwable e) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                outcomes.add(new Outcome(kind, Instant.now(), failure == null, failure));
                pause(Duration.ofMillis(200));
            }
        }

        /** Returns null when she signed in and read her balances, else what went wrong. */
        private String signInAndReadBalances() {
            String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();
            Api.Response balances = new Api(stack.membershipUrl()).get("/api/members/me/balances", token);
            return balances.status() == 200 ? null : failure("balances", balances);
        }

        /**
         * Files a JHT claim, uploads its KTP and cancels it (one open claim of a type at a time); returns null when
         * all three went through. A claim left open by a failed cancel is cancelled first.
         */
        private String fileAClaim() {
            Api claims = new Api(stack.claimsUrl());
            String unlisted = cancelDrafts(claims, levelTwo);
            if (unlisted != null) {
                return unlisted;
            }
            String key = UUID.randomUUID().toString();
            claimKeys.add(key);
            Api.Response created = claims.post("/api/claims", levelTwo, claim(), Map.of("Idempotency-Key", key));
            if (created.status() != 201) {
                return failure("claim", created);
            }
            String id = created.json().get("id").asText();
            Api.Response uploaded = claims.upload("/api/claims/" + id + "/documents", levelTwo,
                    Map.of("type", "KTP"), "file", "ktp.pdf", "application/pdf", Documents.pdf("KTP " + key));
            if (uploaded.status() != 201) {
                return failure("document", uploaded);
            }
            Api.Response cancelled = claims.post("/api/claims/" + id + "/cancel", levelTwo, Map.of());
            return cancelled.status() == 200 ? null : failure("cancel", cancelled);
        }

        private String register() {
            RegistryParticipant participant = participants.poll();
            if (participant == null) {
                pause(Duration.ofSeconds(1));
                return "no participant left to register";
            }
            registeringKpjs.add(participant.kpj());
            Registration registration = new Registration(stack);
            Browser.Page phoneStep = registration.submit(registration.open(), Registration.fields(participant.kpj(),
                    participant.nik(), participant.birthDate(), participant.email(), participant.phone(), PASSWORD));
            return phoneStep.body().contains("Verifikasi nomor ponsel") ? null : "registration page " + phoneStep.status();
        }

        List<String> claimKeys() {
            return List.copyOf(claimKeys);
        }

        List<String> registeringKpjs() {
            return List.copyOf(registeringKpjs);
        }

        /** The services' failed answers (not Keycloak's), as {@link DatabaseRestartTest#failure} tells them. */
        List<String> serviceFailures() {
            return select(outcome -> !outcome.ok() && outcome.kind() != Kind.REGISTRATION && outcome.what().contains(" answered "))
                    .stream().map(Outcome::what).toList();
        }

        /** How many registrations reached the phone-verification step (their account made). */
        int registered() {
            return select(outcome -> outcome.kind() == Kind.REGISTRATION && outcome.ok()).size();
        }

        /** Waits until every kind of call has succeeded at least once after {@code since}. */
        void awaitEveryKindSucceededSince(Instant since, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            for (Kind kind : Kind.values()) {
                while (!any(outcome -> outcome.kind() == kind && outcome.ok() && outcome.at().isAfter(since))) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new AssertionError(kind + " did not succeed within " + timeout + " after " + since
                                + "; last outcomes: " + last(kind));
                    }
                    pause(Duration.ofMillis(200));
                }
            }
        }

        String summary(Instant restarted) {
            StringBuilder summary = new StringBuilder();
            for (Kind kind : Kind.values()) {
                List<Outcome> failed = select(outcome -> outcome.kind() == kind && !outcome.ok() && outcome.at().isAfter(restarted));
                Instant lastFailure = failed.isEmpty() ? restarted : failed.get(failed.size() - 1).at();
                summary.append(String.format("%s: %d calls, %d failed after the restart (%s), back %.1f s after the stop; ",
                        kind, select(outcome -> outcome.kind() == kind).size(), failed.size(),
                        failed.stream().map(Outcome::what).distinct().limit(3).toList(),
                        Duration.between(restarted, lastFailure).toMillis() / 1000.0));
            }
            return summary.toString();
        }

        private boolean any(Predicate<Outcome> test) {
            return !select(test).isEmpty();
        }

        private List<Outcome> select(Predicate<Outcome> test) {
            synchronized (outcomes) {
                return outcomes.stream().filter(test).toList();
            }
        }

        private List<Outcome> last(Kind kind) {
            List<Outcome> of = select(outcome -> outcome.kind() == kind);
            return of.subList(Math.max(0, of.size() - 3), of.size());
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        }
    }

    private static Map<String, String> claim() {
        return Map.of("type", "JHT", "reason", "JHT_RETIREMENT", "bankName", "Bank Rakyat Indonesia",
                "bankAccountNumber", "0123456789");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

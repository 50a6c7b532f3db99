package id.bpjstk.claims.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.service.rules.MemberFacts;
import id.bpjstk.claims.service.rules.ParticipantCategory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MembershipClientTest {

    private static final String MADE = "11000000041";
    private static final String MADE_FACTS = "{\"membershipNumber\":\"11000000041\",\"name\":\"Made Wirawan\","
            + "\"birthDate\":\"1970-03-03\",\"participantCategory\":\"PU\",\"status\":\"ACTIVE\","
            + "\"employmentEndDate\":null,\"contributionMonths\":46,\"jpContributionMonths\":46,"
            + "\"firstContributionMonth\":\"2023-01\",\"lastContributionMonth\":\"2026-10\"}";

    private final StubServer stub = new StubServer();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void factsAreReadWithTheServiceAccountToken() {
        stub.facts = exchange -> StubServer.send(exchange, 200, MADE_FACTS);

        MemberFacts facts = client(Duration.ofSeconds(1)).facts(MADE).orElseThrow();

        assertEquals(LocalDate.of(1970, 3, 3), facts.birthDate());
        assertEquals(ParticipantCategory.PU, facts.participantCategory());
        assertNull(facts.employmentEndDate());
        assertEquals(46, facts.jpContributionMonths());
        assertEquals(YearMonth.of(2026, 10), facts.lastContributionMonth());
        assertEquals("Bearer t-1", stub.factsAuthorizations.get(0));
        assertEquals(1.0, meters.counter("claims.membership.lookups", "outcome", "found").count());
    }

    @Test
    void anUnknownOrInactiveMemberIsEmpty() {
        assertEquals(Optional.empty(), client(Duration.ofSeconds(1)).facts(MADE));
    }

    @Test
    void aServerErrorMakesTheRegistryUnavailable() {
        stub.facts = exchange -> StubServer.send(exchange, 500, "{}");

        assertThrows(MembershipUnavailableException.class, () -> client(Duration.ofSeconds(1)).facts(MADE));
        assertEquals(1.0, meters.counter("claims.membership.lookups", "outcome", "unavailable").count());
    }

    @Test
    void aSlowRegistryIsGivenUpOnAfterTheReadTimeout() {
        stub.facts = exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StubServer.send(exchange, 200, MADE_FACTS);
        };
        long started = System.nanoTime();

        MembershipUnavailableException e = assertThrows(MembershipUnavailableException.class,
                () -> client(Duration.ofMillis(300)).facts(MADE));

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsedMillis < 2000, "gave up after " + elapsedMillis + " ms");
        assertTrue(e.getMessage().contains("in time"), e.getMessage());
    }

    @Test
    void aRegistryThatIsNotListeningIsUnavailable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        StubServer.Config config = stub.config(Duration.ofSeconds(1));
        MembershipClient client = new MembershipClient(new StubServer.Config(URI.create("http://127.0.0.1:" + closed),
                config.tokenUrl(), config.clientId(), config.clientSecret(), config.connectTimeout(),
                config.readTimeout(), config.tokenRefreshMargin()), new StubServer.ManualClock(), meters);

        assertThrows(MembershipUnavailableException.class, () -> client.facts(MADE));
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheLookupRetried() {
        AtomicInteger issued = new AtomicInteger();
        stub.token = exchange -> StubServer.send(exchange, 200,
                "{\"access_token\":\"t-" + issued.incrementAndGet() + "\",\"expires_in\":300}");
        stub.facts = exchange -> {
            boolean fresh = "Bearer t-2".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            StubServer.send(exchange, fresh ? 200 : 401, fresh ? MADE_FACTS : "{}");
        };

        assertTrue(client(Duration.ofSeconds(1)).facts(MADE).isPresent());
        assertEquals(2, stub.tokenRequestBodies.size());
    }

    @Test
    void aRefusalWithTheFreshTokenTooMakesTheRegistryUnavailable() {
        stub.facts = exchange -> StubServer.send(exchange, 403, "{}");

        assertThrows(MembershipUnavailableException.class, () -> client(Duration.ofSeconds(1)).facts(MADE));
    }

    @Test
    void factsAboutAnotherMemberAreNotUsed() {
        stub.facts = exchange -> StubServer.send(exchange, 200, MADE_FACTS.replace(MADE, "11000000017"));

        assertThrows(MembershipUnavailableException.class, () -> client(Duration.ofSeconds(1)).facts(MADE));
    }

    @Test
    void unreadableFactsMakeTheRegistryUnavailable() {
        stub.facts = exchange -> StubServer.send(exchange, 200, MADE_FACTS.replace("1970-03-03", "03/03/1970"));

        assertThrows(MembershipUnavailableException.class, () -> client(Duration.ofSeconds(1)).facts(MADE));
    }

    private MembershipClient client(Duration readTimeout) {
        return new MembershipClient(stub.config(readTimeout), new StubServer.ManualClock(), meters);
    }
}

package id.bpjstk.claims.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceAccountTokensTest {

    private final StubServer stub = new StubServer();
    private final StubServer.ManualClock clock = new StubServer.ManualClock();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void clientCredentialsAreSentAsAForm() {
        tokens().token();

        String form = stub.tokenRequestBodies.get(0);
        assertTrue(form.contains("grant_type=client_credentials"), form);
        assertTrue(form.contains("client_id=claims-service"), form);
        assertTrue(form.contains("client_secret=s3cret"), form);
    }

    @Test
    void theTokenIsReusedUntilThirtySecondsBeforeItExpires() {
        countingTokens();
        ServiceAccountTokens tokens = tokens();

        assertEquals("t-1", tokens.token());
        clock.advance(Duration.ofSeconds(269));
        assertEquals("t-1", tokens.token());
        assertEquals(1, stub.tokenRequestBodies.size());

        clock.advance(Duration.ofSeconds(1));
        assertEquals("t-2", tokens.token());
        assertEquals(2, stub.tokenRequestBodies.size());
    }

    @Test
    void anInvalidatedTokenIsFetchedAgain() {
        countingTokens();
        ServiceAccountTokens tokens = tokens();

        tokens.token();
        tokens.invalidate();

        assertEquals("t-2", tokens.token());
    }

    @Test
    void aRefusingTokenEndpointMakesTheRegistryUnavailable() {
        stub.token = exchange -> StubServer.send(exchange, 401, "{\"error\":\"invalid_client\"}");

        MembershipUnavailableException e = assertThrows(MembershipUnavailableException.class, () -> tokens().token());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void anAnswerWithoutAccessTokenIsRefused() {
        stub.token = exchange -> StubServer.send(exchange, 200, "{\"expires_in\":300}");

        assertThrows(MembershipUnavailableException.class, () -> tokens().token());
    }

    @Test
    void withoutASecretNothingIsAsked() {
        StubServer.Config config = stub.config(Duration.ofSeconds(1));
        ServiceAccountTokens tokens = new ServiceAccountTokens(new StubServer.Config(config.url(), config.tokenUrl(),
                config.clientId(), Optional.empty(), config.connectTimeout(), config.readTimeout(),
                config.tokenRefreshMargin()), http, clock);

        MembershipUnavailableException e = assertThrows(MembershipUnavailableException.class, tokens::token);
        assertTrue(e.getMessage().contains("CLAIMS_SERVICE_CLIENT_SECRET"), e.getMessage());
        assertEquals(0, stub.tokenRequestBodies.size());
    }

    private void countingTokens() {
        AtomicInteger issued = new AtomicInteger();
        stub.token = exchange -> StubServer.send(exchange, 200,
                "{\"access_token\":\"t-" + issued.incrementAndGet() + "\",\"expires_in\":300}");
    }

    private ServiceAccountTokens tokens() {
        return new ServiceAccountTokens(stub.config(Duration.ofSeconds(1)), http, clock);
    }
}

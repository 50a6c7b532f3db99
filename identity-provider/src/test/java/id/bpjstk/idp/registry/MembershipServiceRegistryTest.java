package id.bpjstk.idp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.bpjstk.contract.OpenApiContract;
import id.bpjstk.idp.support.MapConfigScope;

/**
 * The registry client against a stand-in for membership-service and the token endpoint. The stand-in's answers and
 * the client's requests are checked against membership-service's contract (its OpenAPI document, which
 * membership-service's own tests check it serves).
 */
class MembershipServiceRegistryTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.membershipService();
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 8, 12);
    private static final String MATCH = "{\"match\":true,\"membershipNumber\":\"11000000025\",\"name\":\"Budi Santoso\","
            + "\"email\":\"budi@example.test\",\"phoneNumber\":\"+6281200000002\",\"participantCategory\":\"PU\"}";
    private static final String NO_MATCH = "{\"match\":false}";
    private static final String DEWI_CONTACT = "{\"membershipNumber\":\"11000000033\",\"name\":\"Dewi Lestari\","
            + "\"phoneNumber\":\"+6281200000003\",\"email\":\"dewi@example.test\"}";
    private static final String NOT_FOUND = "{\"code\":\"member_not_found\",\"message\":\"No active member with this membership number\"}";

    private final List<String> verifyBodies = new CopyOnWriteArrayList<>();
    private final List<String> bearers = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile int verifyStatus = 200;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile String verifyAnswer = MATCH;
    private volatile String acceptedToken = "";

    private HttpServer server;
    private HttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/internal/registrations/verify", this::verify);
        server.createContext("/internal/members/", this::contact);
        server.start();
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aMatchCarriesTheRegistrysNameContactsAndCategory() {
        MemberRegistry.Verification answer = registry("secret").verify("11000000025", "3273011208850002", BIRTH_DATE);

        assertThat(answer).isEqualTo(new MemberRegistry.Match("Budi Santoso", "budi@example.test", "+6281200000002", "PU"));
        assertThat(verifyBodies).singleElement().satisfies(body -> assertThat(json(body)).isEqualTo(Map.of(
                "membershipNumber", "11000000025", "nik", "3273011208850002", "birthDate", "1985-08-12")));
        assertThat(bearers).containsExactly("Bearer token-1");
    }

    @Test
    void noMatchIsNoMatchAndAnythingButTwoHundredIsUnavailable() {
        verifyAnswer = NO_MATCH;
        assertThat(registry("secret").verify("11000000025", "3273011208850003", BIRTH_DATE)).isEqualTo(new MemberRegistry.NoMatch());

        verifyStatus = 503;
        assertThat(registry("secret").verify("11000000025", "3273011208850002", BIRTH_DATE)).isInstanceOf(MemberRegistry.Unavailable.class);
    }

    @Test
    void aRegistryThatCannotBeReachedIsUnavailable() {
        server.stop(0);
        assertThat(registry("secret").verify("11000000025", "3273011208850002", BIRTH_DATE)).isInstanceOf(MemberRegistry.Unavailable.class);
        assertThat(registry("secret").contact("11000000025")).isEmpty();
    }

    @Test
    void withoutAClientSecretNothingIsAskedAndTheRegistryIsUnavailable() {
        assertThat(registry((String) null).verify("11000000025", "3273011208850002", BIRTH_DATE)).isInstanceOf(MemberRegistry.Unavailable.class);
        assertThat(verifyBodies).isEmpty();
    }

    @Test
    void theServiceAccountTokenIsKeptForLaterCallsAndFetchedAnewWhenTheRegistryRefusesIt() {
        ServiceAccountTokens tokens = new ServiceAccountTokens(http, settings("secret"), Clock.systemUTC());
        registry(tokens).verify("11000000025", "3273011208850002", BIRTH_DATE);
        registry(tokens).verify("11000000025", "3273011208850002", BIRTH_DATE);
        assertThat(tokensIssued).hasValue(1);

        acceptedToken = "token-2"; // the registry no longer takes token-1
        assertThat(registry(tokens).verify("11000000025", "3273011208850002", BIRTH_DATE)).isInstanceOf(MemberRegistry.Match.class);
        assertThat(tokensIssued).hasValue(2);
        assertThat(bearers).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void whatTheClientSendsAndWhatItReadsIsMembershipServicesContract() {
        CONTRACT.checkResponse("POST", "/internal/registrations/verify", 200, MATCH);
        CONTRACT.checkResponse("POST", "/internal/registrations/verify", 200, NO_MATCH);
        CONTRACT.checkResponse("GET", "/internal/members/11000000033/contact", 200, DEWI_CONTACT);
        CONTRACT.checkResponse("GET", "/internal/members/11000000999/contact", 404, NOT_FOUND);

        MemberRegistry registry = registry("secret");
        assertThat(registry.verify("11000000025", "3273011208850002", BIRTH_DATE)).isInstanceOf(MemberRegistry.Match.class);
        assertThat(registry.contact("11000000033")).isPresent();
        assertThat(registry.contact("11000000999")).isEmpty();

        assertThat(verifyBodies).singleElement()
                .satisfies(body -> CONTRACT.checkRequest("POST", "/internal/registrations/verify", body));
        assertThat(asked).containsExactly("POST /internal/registrations/verify", "GET /internal/members/11000000033/contact",
                "GET /internal/members/11000000999/contact");
        asked.forEach(request -> CONTRACT.operation(request.substring(0, request.indexOf(' ')), request.substring(request.indexOf(' ') + 1)));
    }

    @Test
    void theContactOfAKpjsOwner() {
        assertThat(registry("secret").contact("11000000033"))
                .contains(new MemberRegistry.Contact("Dewi Lestari", "+6281200000003", "dewi@example.test"));
        assertThat(registry("secret").contact("11000000999")).isEmpty();
    }

    @Test
    void settingsAreReadOnceFromTheProvidersServerConfigurationWithDefaults() {
        RegistrySettings defaults = MembershipServiceRegistryFactory.settings(new MapConfigScope(Map.of()));
        assertThat(defaults.url()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(defaults.tokenUrl()).isNull();
        assertThat(defaults.clientId()).isEqualTo("identity-provider-registry");
        assertThat(defaults.nikHashKey()).isNull();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(3));

        RegistrySettings set = MembershipServiceRegistryFactory.settings(new MapConfigScope(Map.of(
                "url", "http://registry.example.test:8081/", "token-url", "http://keycloak:8080/realms/bpjstk/protocol/openid-connect/token",
                "client-secret", "s3cret", "nik-hash-key", "k", "timeout-ms", "500")));
        assertThat(set.url()).isEqualTo(URI.create("http://registry.example.test:8081"));
        assertThat(set.tokenUrl()).hasHost("keycloak");
        assertThat(set.nikHashKey()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
        assertThat(set.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(set.toString()).doesNotContain("s3cret");
    }

    @Test
    void theNikHashComesWithTheNikKeyOnly() {
        assertThat(registry("secret").nikHash()).isEmpty();
        RegistrySettings withKey = new RegistrySettings(url(""), url("/token"), "identity-provider-registry", "secret",
                "key".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(2));
        MemberRegistry registry = new MembershipServiceRegistry(http, withKey, new ServiceAccountTokens(http, withKey, Clock.systemUTC()),
                () -> url("/token"));
        assertThat(registry.nikHash()).hasValueSatisfying(hash -> assertThat(hash.of("3273011208850002")).startsWith("v1:"));
    }

    private MemberRegistry registry(String clientSecret) {
        return registry(new ServiceAccountTokens(http, settings(clientSecret), Clock.systemUTC()));
    }

    private MemberRegistry registry(ServiceAccountTokens tokens) {
        return new MembershipServiceRegistry(http, settings("secret"), tokens, () -> url("/token"));
    }

    private RegistrySettings settings(String clientSecret) {
        return new RegistrySettings(url(""), null, "identity-provider-registry", clientSecret, null, Duration.ofSeconds(2));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!form.contains("grant_type=client_credentials") || !form.contains("client_secret=secret")) {
            answer(exchange, 401, "{}");
            return;
        }
        String token = "token-" + tokensIssued.incrementAndGet();
        if (acceptedToken.isEmpty()) {
            acceptedToken = token;
        }
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300}");
    }

    private void verify(HttpExchange exchange) throws IOException {
        bearers.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!("Bearer " + acceptedToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{}");
            return;
        }
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        verifyBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        answer(exchange, verifyStatus, verifyAnswer);
    }

    private void contact(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        if (exchange.getRequestURI().getPath().equals("/internal/members/11000000033/contact")) {
            answer(exchange, 200, DEWI_CONTACT);
        } else {
            answer(exchange, 404, NOT_FOUND);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        try {
            return new ObjectMapper().readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

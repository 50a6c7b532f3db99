package id.bpjstk.claims.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.bpjstk.claims.config.ClaimsConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A token endpoint and a membership-service for one unit test, each answering what the test says. */
final class StubServer implements AutoCloseable {

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    final HttpServer server;
    final List<String> tokenRequestBodies = new CopyOnWriteArrayList<>();
    final List<String> factsAuthorizations = new CopyOnWriteArrayList<>();
    volatile Handler token = exchange -> send(exchange, 200, "{\"access_token\":\"t-1\",\"expires_in\":300}");
    volatile Handler facts = exchange -> send(exchange, 404, "{\"code\":\"member_not_found\"}");

    StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/token", exchange -> {
            try (exchange) {
                tokenRequestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                token.handle(exchange);
            }
        });
        server.createContext("/internal/members/", exchange -> {
            try (exchange) {
                factsAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                facts.handle(exchange);
            }
        });
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Config config(Duration readTimeout) {
        return new Config(base(), base().resolve("/token"), "claims-service", Optional.of("s3cret"),
                Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(30));
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Config(URI url, URI tokenUrl, String clientId, Optional<String> clientSecret, Duration connectTimeout,
            Duration readTimeout, Duration tokenRefreshMargin) implements ClaimsConfig.Membership {
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-11-21T03:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

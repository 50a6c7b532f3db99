package id.bpjstk.partner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in membership-service for the app's own tests: {@code GET /api/members/me/balances} gives what the test set
 * with {@link #answer}, and each request's {@code Authorization} header is recorded.
 */
public class MembershipStub implements QuarkusTestResourceLifecycleManager {

    public static final String SITI_BALANCES = """
            {"asOf":"2026-10-31","currency":"IDR","jht":{"contributions":25034400,"investmentReturns":1738717,"total":26773117},
             "jp":{"contributions":13100220,"contributionMonths":46,"estimatedMonthlyBenefit":363895}}""";

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private static volatile Answer answer = new Answer(200, SITI_BALANCES, Map.of());
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public static void answer(int status, String body, Map<String, String> headers) {
        answer = new Answer(status, body, headers);
        AUTHORIZATIONS.clear();
    }

    /** The {@code Authorization} header of every balance request since the last {@link #answer}. */
    public static List<String> authorizations() {
        return List.copyOf(AUTHORIZATIONS);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/members/me/balances", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.membership.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Answer now = answer;
        byte[] bytes = now.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        now.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(now.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

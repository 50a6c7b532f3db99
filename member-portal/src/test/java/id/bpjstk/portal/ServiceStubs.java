package id.bpjstk.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for membership-service and claims-service (and Keycloak's account API) in the portal's own tests: one
 * loopback HTTP server the REST clients point at (their paths do not overlap). A test says what a method and path
 * answer ({@link #answer}), or a method, path and exact query
 * ({@code "GET", "/api/members/me/contributions?from=2024-01&to=2024-12&page=0&size=12"}); anything else answers 404
 * with the services' JSON error body. Requests are recorded, headers included, for checks of what the portal sent.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    /** One answer: status, JSON body, extra headers, and how long to wait before giving it. */
    public record Answer(int status, String body, Map<String, String> headers, long delayMillis) {
    }

    /** What the portal sent. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Recorded> RECORDED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public static void reset() {
        ANSWERS.clear();
        RECORDED.clear();
    }

    public static void answer(String method, String path, int status, String body) {
        answer(method, path, new Answer(status, body, Map.of(), 0));
    }

    public static void answer(String method, String path, Answer answer) {
        ANSWERS.put(method + " " + path, answer);
    }

    public static List<Recorded> recorded() {
        return List.copyOf(RECORDED);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.membership.url", url, "quarkus.rest-client.claims.url", url,
                "quarkus.rest-client.keycloak-account.url", url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECORDED.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        // an answer for the exact query comes first, then the answer for the path whatever the query
        Answer answer = query == null ? null : ANSWERS.get(key + "?" + query);
        if (answer == null) {
            answer = ANSWERS.getOrDefault(key,
                    new Answer(404, "{\"code\":\"not_found\",\"message\":\"no such stub\"}", Map.of(), 0));
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the portal gave up waiting (a timeout test): nothing to answer to
        } finally {
            exchange.close();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

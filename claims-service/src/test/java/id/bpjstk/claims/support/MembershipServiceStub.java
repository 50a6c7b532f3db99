package id.bpjstk.claims.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * membership-service and the realm's token endpoint, as far as claims-service uses them, on a local
 * HTTP server started for the test run (127.0.0.1, a free port).
 * <ul>
 * <li>{@code POST /realms/bpjstk/protocol/openid-connect/token}: client credentials of
 * {@code claims-service}/{@value #CLIENT_SECRET}, answered with a token valid 300 s;</li>
 * <li>{@code GET /internal/members/{kpj}/facts} with such a token: the facts of {@link Members};</li>
 * <li>{@code GET /stub/token-requests}: how many tokens were handed out.</li>
 * </ul>
 * With the init arg {@code membership=down}, claims-service is pointed at a port where nothing
 * listens (the token endpoint still answers).
 */
public class MembershipServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_SECRET = "stub-secret";
    static final String TOKEN_PATH = "/realms/bpjstk/protocol/openid-connect/token";
    private static final Pattern FACTS = Pattern.compile("^/internal/members/([^/]+)/facts$");
    private static final String TOKEN_PREFIX = "stub-token-";

    private final AtomicInteger tokens = new AtomicInteger();
    private HttpServer server;
    private boolean membershipDown;

    @Override
    public void init(Map<String, String> initArgs) {
        membershipDown = "down".equals(initArgs.get("membership"));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "claims.membership.url", membershipDown ? "http://127.0.0.1:" + closedPort() : base,
                "claims.membership.token-url", base + TOKEN_PATH,
                "claims.membership.client-secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(TOKEN_PATH) && exchange.getRequestMethod().equals("POST")) {
                token(exchange);
                return;
            }
            if (path.equals("/stub/token-requests")) {
                send(exchange, 200, "{\"count\":" + tokens.get() + "}");
                return;
            }
            Matcher facts = FACTS.matcher(path);
            if (facts.matches() && exchange.getRequestMethod().equals("GET")) {
                facts(exchange, facts.group(1));
                return;
            }
            send(exchange, 404, "{\"code\":\"not_found\",\"message\":\"Not found\"}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : "", (a, b) -> b));
        if (!"client_credentials".equals(form.get("grant_type")) || !"claims-service".equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String token = TOKEN_PREFIX + tokens.incrementAndGet();
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    private void facts(HttpExchange exchange, String kpj) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer " + TOKEN_PREFIX)) {
            send(exchange, 401, "{\"code\":\"unauthorized\",\"message\":\"A valid bearer token is required\"}");
            return;
        }
        switch (kpj) {
            case Members.REGISTRY_FAILS -> send(exchange, 500, "{\"code\":\"internal_error\",\"message\":\"Internal error\"}");
            case Members.REGISTRY_TOO_SLOW -> {
                sleep(2500);
                send(exchange, 200, facts(kpj, "1980-01-01", "PU", null, 46, 46, "2023-01", "2026-10"));
            }
            case Members.SITI -> send(exchange, 200, facts(kpj, "1990-05-15", "PU", null, 46, 46, "2023-01", "2026-10"));
            case Members.BUDI -> send(exchange, 200, facts(kpj, "1985-08-12", "PU", null, 46, 46, "2023-01", "2026-10"));
            case Members.DEWI -> send(exchange, 200, facts(kpj, "1992-01-21", "BPU", null, 46, 0, "2023-01", "2026-10"));
            case Members.MADE -> send(exchange, 200, facts(kpj, "1970-03-03", "PU", null, 46, 46, "2023-01", "2026-10"));
            case Members.RESIGNED ->
                send(exchange, 200, facts(kpj, "1990-07-21", "PU", "2026-09-30", 33, 33, "2024-01", "2026-09"));
            case Members.RECENTLY_RESIGNED ->
                send(exchange, 200, facts(kpj, "1991-02-11", "PU", "2026-11-10", 40, 40, "2023-08", "2026-11"));
            case Members.PENSIONER ->
                send(exchange, 200, facts(kpj, "1966-01-10", "PU", null, 200, 200, "2010-04", "2026-11"));
            default -> send(exchange, 404, "{\"code\":\"member_not_found\",\"message\":\"No member with this membership number\"}");
        }
    }

    private static String facts(String kpj, String birthDate, String category, String employmentEndDate, int months,
            int jpMonths, String first, String last) {
        return "{\"membershipNumber\":\"" + kpj + "\",\"name\":\"Test Member\",\"birthDate\":\"" + birthDate
                + "\",\"participantCategory\":\"" + category + "\",\"status\":\"ACTIVE\",\"employmentEndDate\":"
                + (employmentEndDate == null ? "null" : "\"" + employmentEndDate + "\"")
                + ",\"contributionMonths\":" + months + ",\"jpContributionMonths\":" + jpMonths
                + ",\"firstContributionMonth\":\"" + first + "\",\"lastContributionMonth\":\"" + last + "\"}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The load balancer in front of the Keycloak nodes of a cluster run, as {@code deploy/haproxy/haproxy.cfg} has it:
 * round robin per request, no sticky sessions, on a free loopback port. It forwards method, path, query, headers
 * (cookies included) and body, never follows a redirect, adds {@code X-Forwarded-For/-Proto/-Host}, and counts which
 * node served each request. A node that does not answer (stopped, or not started yet) is passed over for the next,
 * as HAProxy's health checks and redispatch do.
 */
public final class RoundRobinProxy implements AutoCloseable {

    /** Headers of one hop only (RFC 9110 §7.6.1), and those the HTTP client sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "transfer-encoding",
            "te", "trailer", "upgrade", "host", "content-length", "expect");

    private final List<URI> nodes;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(48);
    private final ExecutorService clientThreads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(clientThreads)
            .build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray served;

    /** Listens on a free port of 127.0.0.1 and forwards to {@code nodes} (base URLs such as http://127.0.0.1:8180). */
    public RoundRobinProxy(List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.served = new AtomicLongArray(nodes.size());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The proxy's own address, on {@code localhost} (a secure context, where browsers send Secure cookies). */
    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** How many requests each node served so far (index 0 is node 1). */
    public long[] served() {
        long[] counts = new long[served.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = served.get(i);
        }
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), nodes.size());
            IOException failure = null;
            for (int tried = 0; tried < nodes.size(); tried++) {
                int node = (first + tried) % nodes.size();
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request(exchange, nodes.get(node), body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException unreachable) {
                    failure = unreachable;
                    continue;
                }
                served.incrementAndGet(node);
                answer(exchange, response);
                return;
            }
            byte[] message = ("{\"error\":\"no_node\",\"error_description\":\"no node answered: "
                    + (failure == null ? "" : failure.getClass().getSimpleName()) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, message.length);
            exchange.getResponseBody().write(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static HttpRequest request(HttpExchange exchange, URI node, byte[] body) {
        URI original = exchange.getRequestURI();
        String target = node + original.getRawPath() + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || name.startsWith("x-forwarded-")) {
                continue;
            }
            header.getValue().forEach(value -> request.header(header.getKey(), value));
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        request.header("X-Forwarded-Proto", "http");
        if (host != null) {
            request.header("X-Forwarded-Host", host);
        }
        return request.build();
    }

    private static void answer(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.equals(":status")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD")
                || response.statusCode() == 204 || response.statusCode() == 304;
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        clientThreads.shutdownNow();
    }
}

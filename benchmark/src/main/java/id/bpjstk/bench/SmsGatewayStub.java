package id.bpjstk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The outside SMS gateway as our Keycloak's {@code http} sender sees it: it checks the gateway credential, answers 202
 * and hands each sign-in code to the benchmark's browser of that phone number. Notices (new browser, lockout) are
 * taken and dropped. Nothing it receives is printed.
 */
final class SmsGatewayStub implements AutoCloseable {

    private static final Set<String> NOTICES = Set.of("new-device", "lockout");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String authorization;
    private final ConcurrentHashMap<String, BlockingQueue<String>> codes = new ConcurrentHashMap<>();

    SmsGatewayStub(String authorization) throws IOException {
        this.authorization = authorization;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/sms", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    String authorization() {
        return authorization;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode sms = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            if (!NOTICES.contains(sms.path("purpose").asText())) {
                Matcher code = CODE.matcher(sms.path("message").asText());
                if (code.find()) {
                    queue(sms.path("to").asText()).add(code.group(1));
                }
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    /** Forgets codes the number was sent earlier (before a sign-in asks for a new one). */
    void forget(String phone) {
        queue(phone).clear();
    }

    /** The next code sent to the number, waiting up to ten seconds for it. */
    String awaitCode(String phone) {
        try {
            String code = queue(phone).poll(10, TimeUnit.SECONDS);
            if (code == null) {
                throw new IllegalStateException("no sign-in code reached the SMS gateway within 10 s");
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private BlockingQueue<String> queue(String phone) {
        return codes.computeIfAbsent(phone, number -> new LinkedBlockingQueue<>());
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

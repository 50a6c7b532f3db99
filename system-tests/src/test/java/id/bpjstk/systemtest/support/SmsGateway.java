package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the outside SMS gateway (the one part of the world we do not own): Keycloak's {@code http} sender
 * posts every SMS here. It keeps what it received, checks the gateway credential, and can be told to fail for a
 * number.
 */
public final class SmsGateway implements AutoCloseable {

    public record Sms(Instant received, String to, String purpose, String message) {
        /** The six-digit code in the message. */
        public String code() {
            Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(message);
            if (!matcher.find()) {
                throw new AssertionError("no code in SMS: " + message);
            }
            return matcher.group(1);
        }
    }

    /** The purpose of the notice of a sign-in from a new browser. */
    public static final String NEW_DEVICE = "new-device";
    /** The purposes of the notices that go out after a request, on a thread of their own. */
    public static final Set<String> OFF_THREAD = Set.of(NEW_DEVICE, "lockout");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String authorization;
    private final List<Sms> received = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private final List<Instant> slowAnswers = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();

    SmsGateway(String authorization) throws IOException {
        this.authorization = authorization;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", this::handle);
        server.setExecutor(handlers); // a slow answer to one request must not hold the others
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode sms = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            String to = sms.path("to").asText();
            if (failing.contains(to)) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Duration delay = slow.get(to);
            if (delay != null) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slowAnswers.add(Instant.now());
                exchange.sendResponseHeaders(504, -1);
                return;
            }
            received.add(new Sms(Instant.now(), to, sms.path("purpose").asText(), sms.path("message").asText()));
            exchange.sendResponseHeaders(202, -1);
        }
    }

    /** Every SMS received, to any number, oldest first, sign-in notices included. */
    public List<Sms> all() {
        return List.copyOf(received);
    }

    /**
     * Every SMS received for {@code phoneNumber}, oldest first, except the notices sent on a thread of their own once
     * a request has committed ({@link #OFF_THREAD}): the notice of a sign-in from a new browser, which follows any
     * sign-in from a browser the account has not used (every {@link Browser} of a test is a fresh one), and the lockout
     * notice. They arrive at no moment a test chooses, so what a test counts or reads here is what its own steps sent;
     * read those notices with {@link #awaitPurpose}.
     */
    public List<Sms> to(String phoneNumber) {
        return everything(phoneNumber).stream().filter(sms -> !OFF_THREAD.contains(sms.purpose())).toList();
    }

    /** The messages of one purpose to {@code phoneNumber}, waiting up to ten seconds for the first (notices go out off the login's thread). */
    public List<Sms> awaitPurpose(String phoneNumber, String purpose) {
        return awaitPurpose(phoneNumber, purpose, 1);
    }

    /** The messages of one purpose to {@code phoneNumber}, waiting up to ten seconds until there are {@code count}. */
    public List<Sms> awaitPurpose(String phoneNumber, String purpose, int count) {
        for (int i = 0; i < 50 && withPurpose(phoneNumber, purpose).size() < count; i++) {
            Pause.millis(200);
        }
        return withPurpose(phoneNumber, purpose);
    }

    /** The messages of one purpose to {@code phoneNumber} received so far, without waiting. */
    public List<Sms> withPurpose(String phoneNumber, String purpose) {
        return everything(phoneNumber).stream().filter(sms -> purpose.equals(sms.purpose())).toList();
    }

    private List<Sms> everything(String phoneNumber) {
        return received.stream().filter(sms -> sms.to().equals(phoneNumber)).toList();
    }

    /** The newest SMS for the number, notices sent off the request left out (see {@link #to}), waiting a little for it. */
    public Sms latest(String phoneNumber) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Sms> messages = to(phoneNumber);
            if (!messages.isEmpty()) {
                return messages.get(messages.size() - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no SMS for " + phoneNumber);
    }

    /** From now on the gateway answers 503 for this number, until {@link #recover}. */
    public void failFor(String phoneNumber) {
        failing.add(phoneNumber);
    }

    /**
     * From now on the gateway takes {@code delay} to answer for this number, and then answers 504 without sending,
     * until {@link #recover}.
     */
    public void slowFor(String phoneNumber, Duration delay) {
        slow.put(phoneNumber, delay);
    }

    /** When the gateway answered each request it was slow for, oldest first. */
    public List<Instant> slowAnswers() {
        return List.copyOf(slowAnswers);
    }

    public void recover(String phoneNumber) {
        failing.remove(phoneNumber);
        slow.remove(phoneNumber);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}

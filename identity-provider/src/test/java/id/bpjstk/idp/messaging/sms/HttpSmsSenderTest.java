package id.bpjstk.idp.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.bpjstk.idp.support.MapConfigScope;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OutgoingMessage;

class HttpSmsSenderTest {

    private static final String PHONE = "+6281200000001";
    private static final String CODE_TEXT = "Kode masuk BPJSTK Anda: 482913";

    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private final AtomicReference<String> receivedAuth = new AtomicReference<>();
    private final AtomicReference<String> receivedContentType = new AtomicReference<>();
    private volatile int status = 202;
    private volatile long delayMillis;

    private HttpServer gateway;
    private ExecutorService gatewayThreads;
    private HttpSmsSenderFactory factory;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", this::answer);
        gatewayThreads = Executors.newCachedThreadPool();
        gateway.setExecutor(gatewayThreads);
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        if (factory != null) {
            factory.close();
        }
        gateway.stop(0);
        gatewayThreads.shutdownNow();
    }

    @Test
    void postsTheRenderedTemplateWithTheAuthHeader() throws Exception {
        sender(gatewayUrl(), Duration.ofSeconds(5)).send(sms());

        JsonNode body = new ObjectMapper().readTree(receivedBody.get());
        assertThat(body.get("to").asText()).isEqualTo(PHONE);
        assertThat(body.get("message").asText()).isEqualTo(CODE_TEXT);
        assertThat(body.get("purpose").asText()).isEqualTo("login");
        assertThat(receivedAuth.get()).isEqualTo("Bearer test-token");
        assertThat(receivedContentType.get()).isEqualTo("application/json");
    }

    @Test
    void any2xxCountsAsSent() throws Exception {
        status = 200;
        sender(gatewayUrl(), Duration.ofSeconds(5)).send(sms());
        status = 204;
        sender(gatewayUrl(), Duration.ofSeconds(5)).send(sms());
        assertThat(receivedBody.get()).contains(PHONE);
    }

    @Test
    void gatewayErrorIsReportedWithoutTheCode() {
        status = 500;
        assertThatThrownBy(() -> sender(gatewayUrl(), Duration.ofSeconds(5)).send(sms()))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("500")
                .message().doesNotContain("482913").doesNotContain(PHONE);
    }

    @Test
    void slowGatewayTimesOutQuickly() {
        delayMillis = 3000;
        long start = System.nanoTime();
        assertThatThrownBy(() -> sender(gatewayUrl(), Duration.ofMillis(300)).send(sms()))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void closedPortIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/sms");
        assertThatThrownBy(() -> sender(url, Duration.ofSeconds(5)).send(sms()))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("unreachable")
                .message().doesNotContain("482913").doesNotContain(PHONE);
    }

    @Test
    void missingUrlMeansNotConfigured() {
        factory = new HttpSmsSenderFactory();
        factory.init(new MapConfigScope(Map.of(HttpSmsSettings.AUTH_HEADER_VALUE, "Bearer x")));
        assertThatThrownBy(() -> factory.create(null).send(sms()))
                .isInstanceOf(OtpSendException.class)
                .hasMessage("SMS gateway not configured");
    }

    @Test
    void settingsComeFromTheServerConfiguration() throws Exception {
        factory = new HttpSmsSenderFactory();
        factory.init(new MapConfigScope(Map.of(
                HttpSmsSettings.URL, gatewayUrl().toString(),
                HttpSmsSettings.AUTH_HEADER_NAME, "X-Api-Key",
                HttpSmsSettings.AUTH_HEADER_VALUE, "secret-key",
                HttpSmsSettings.TEMPLATE, "{\"msisdn\":\"${to}\",\"text\":\"${message}\"}")));
        AtomicReference<String> apiKey = new AtomicReference<>();
        gateway.removeContext("/sms");
        gateway.createContext("/sms", exchange -> {
            apiKey.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            answer(exchange);
        });

        factory.create(null).send(sms());

        assertThat(apiKey.get()).isEqualTo("secret-key");
        assertThat(new ObjectMapper().readTree(receivedBody.get()).get("msisdn").asText()).isEqualTo(PHONE);
    }

    private OtpSender sender(URI url, Duration timeout) {
        if (factory != null) {
            factory.close();
        }
        factory = new HttpSmsSenderFactory();
        factory.init(new MapConfigScope(Map.of(HttpSmsSettings.URL, url.toString(), HttpSmsSettings.AUTH_HEADER_VALUE, "Bearer test-token",
                HttpSmsSettings.CONNECT_TIMEOUT_MS, "1000", HttpSmsSettings.TIMEOUT_MS, Long.toString(timeout.toMillis()))));
        return factory.create(null);
    }

    private URI gatewayUrl() {
        return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    }

    private void answer(HttpExchange exchange) throws IOException {
        receivedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        receivedAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
        receivedContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static OutgoingMessage sms() {
        return new OutgoingMessage(null, null, PHONE, "login", CODE_TEXT, Locale.forLanguageTag("id"));
    }
}

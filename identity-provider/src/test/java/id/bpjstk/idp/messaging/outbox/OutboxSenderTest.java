package id.bpjstk.idp.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.bpjstk.idp.support.MapConfigScope;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OutgoingMessage;

class OutboxSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void lineHasTimeToPurposeAndMessageInThatOrder() throws Exception {
        Path file = dir.resolve("sms.jsonl");
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T03:04:05Z"), ZoneOffset.ofHours(7));
        new OutboxSender(file, clock).send(sms("+6281200000001", "login", "Kode masuk Anda: 123456"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("{\"time\":\"2026-05-01T03:04:05Z\",\"to\":\"+6281200000001\","
                + "\"purpose\":\"login\",\"message\":\"Kode masuk Anda: 123456\"}");
    }

    @Test
    void quotesNewlinesAndNonAsciiRoundTrip() throws Exception {
        Path file = dir.resolve("sms.jsonl");
        String text = "Kode \"123456\" \\ berlaku\n5 menit — jangan bagikan ✓ 日本";
        new OutboxSender(file).send(sms("+6281200000002", "reset", text));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.get("message").asText()).isEqualTo(text);
        assertThat(Instant.parse(line.get("time").asText())).isNotNull();
    }

    @Test
    void concurrentSendsWriteWholeLines() throws Exception {
        Path file = dir.resolve("sms.jsonl");
        OutboxSender sender = new OutboxSender(file);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        sender.send(sms("+62812000000" + String.format("%02d", thread), "notice",
                                "thread " + thread + " message " + i + " " + "x".repeat(2000)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(500);
        Set<String> messages = new HashSet<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.size()).isEqualTo(4);
            messages.add(node.get("message").asText());
        }
        assertThat(messages).hasSize(500);
    }

    @Test
    void missingPhoneNumberIsRefused() {
        OutboxSender sender = new OutboxSender(dir.resolve("sms.jsonl"));
        assertThatThrownBy(() -> sender.send(sms(null, "notice", "Halo"))).isInstanceOf(OtpSendException.class);
        assertThatThrownBy(() -> sender.send(sms(" ", "notice", "Halo"))).isInstanceOf(OtpSendException.class);
        assertThat(dir.resolve("sms.jsonl")).doesNotExist();
    }

    @Test
    void missingDirectoriesAreCreated() throws Exception {
        Path file = dir.resolve("a/b/sms.jsonl");
        new OutboxSender(file).send(sms("+6281200000001", "notice", "Halo"));
        assertThat(file).exists();
    }

    @Test
    void defaultFileIsUnderKeycloakHome() throws Exception {
        String before = System.getProperty("kc.home.dir");
        System.setProperty("kc.home.dir", dir.toString());
        try {
            OutboxSenderFactory factory = new OutboxSenderFactory();
            factory.init(new MapConfigScope(Map.of()));
            factory.create(null).send(sms("+6281200000001", "notice", "Halo"));
            assertThat(dir.resolve("data/outbox/sms.jsonl")).exists();
        } finally {
            if (before == null) {
                System.clearProperty("kc.home.dir");
            } else {
                System.setProperty("kc.home.dir", before);
            }
        }
    }

    @Test
    void configuredFileWins() throws Exception {
        OutboxSenderFactory factory = new OutboxSenderFactory();
        factory.init(new MapConfigScope(Map.of(OutboxSenderFactory.FILE, dir.resolve("x.jsonl").toString())));
        factory.create(null).send(sms("+6281200000001", "notice", "Halo"));
        assertThat(dir.resolve("x.jsonl")).exists();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private static OutgoingMessage sms(String phone, String purpose, String text) {
        return new OutgoingMessage(null, null, phone, purpose, text, Locale.forLanguageTag("id"));
    }
}

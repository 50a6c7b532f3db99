package id.bpjstk.idp.messaging.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.bpjstk.member.Masking;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * Writes each SMS as one JSON line {@code {"time","to","purpose","message"}} to a file instead of sending it: the
 * stand-in for the SMS gateway in the local run and in tests. The file holds codes by design; log lines do not.
 * Thread-safe: one instance serves the whole server, and each line is written whole under a lock.
 */
public final class OutboxSender implements OtpSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    public OutboxSender(Path file) {
        this(file, Clock.systemUTC());
    }

    OutboxSender(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) throws OtpSendException {
        if (message.phoneNumber() == null || message.phoneNumber().isBlank()) {
            throw new OtpSendException("No phone number to send the SMS to");
        }
        byte[] line = line(message);
        lock.lock();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warnf("SMS to %s (purpose %s) not written to the outbox: %s", Masking.phone(message.phoneNumber()),
                    message.purpose(), e.getClass().getSimpleName());
            throw new OtpSendException("SMS outbox not writable", e);
        } finally {
            lock.unlock();
        }
        LOG.debugf("SMS to %s (purpose %s) written to the outbox", Masking.phone(message.phoneNumber()),
                message.purpose());
    }

    private byte[] line(OutgoingMessage message) throws OtpSendException {
        ObjectNode node = JSON.createObjectNode()
                .put("time", clock.instant().toString())
                .put("to", message.phoneNumber())
                .put("purpose", message.purpose())
                .put("message", message.text());
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new OtpSendException("SMS outbox line could not be written", e);
        }
    }

    @Override
    public void close() {
        // Shared by all sessions; nothing per session to release.
    }
}

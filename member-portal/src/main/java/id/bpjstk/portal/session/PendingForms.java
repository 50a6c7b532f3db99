package id.bpjstk.portal.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Forms a member filled in when a service asked for a fresh level 2 (RFC 9470): kept sealed for ten minutes while
 * Keycloak asks her for the SMS code, then handed back once, to her alone, so that the page shows what she typed.
 */
@ApplicationScoped
public class PendingForms {

    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final String CONTEXT = "portal-pending-form";

    /** A form as it was posted: where it belongs ({@code /profile}) and its fields. */
    public record PendingForm(String path, Map<String, String> fields) {
    }

    private final DataSource dataSource;
    private final Sealer sealer;
    private final ObjectMapper json;

    public PendingForms(DataSource dataSource, Sealer sealer, ObjectMapper json) {
        this.dataSource = dataSource;
        this.sealer = sealer;
        this.json = json;
    }

    /** Keeps {@code fields} of the form at {@code path} for {@code subject}; the id to fetch it with. */
    public UUID keep(String subject, String path, Map<String, String> fields) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement purge = connection.prepareStatement("delete from portal_pending_form where expires_at < now()")) {
                purge.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into portal_pending_form (id, subject, form, expires_at) values (?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, subject);
                insert.setBytes(3, sealer.seal(json.writeValueAsBytes(new PendingForm(path, new LinkedHashMap<>(fields))),
                        CONTEXT + "\0" + id + "\0" + subject));
                insert.setTimestamp(4, Timestamp.from(Instant.now().plus(KEPT_FOR)));
                insert.executeUpdate();
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the form could not be kept", e);
        }
        return id;
    }

    /** The form kept under {@code id} for {@code subject}, once: it is gone afterwards; empty when unknown or late. */
    public Optional<PendingForm> take(String id, String subject) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from portal_pending_form where id = ? and subject = ? and expires_at > now() returning form")) {
            delete.setObject(1, key);
            delete.setString(2, subject);
            try (ResultSet row = delete.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                byte[] form = sealer.open(row.getBytes(1), CONTEXT + "\0" + key + "\0" + subject);
                return Optional.of(json.readValue(form, new TypeReference<PendingForm>() {
                }));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("the form could not be read", e);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

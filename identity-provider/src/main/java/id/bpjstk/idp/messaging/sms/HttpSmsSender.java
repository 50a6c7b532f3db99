package id.bpjstk.idp.messaging.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jboss.logging.Logger;

import id.bpjstk.member.Masking;
import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * Sends an SMS through a generic HTTP gateway: one POST of the filled-in JSON template; any 2xx answer means sent.
 * Failures name the status or the kind of failure, never the text or the full number. Stateless: one instance
 * serves the whole server.
 */
public final class HttpSmsSender implements OtpSender {

    private static final Logger LOG = Logger.getLogger(HttpSmsSender.class);

    private final HttpClient client;
    private final HttpSmsSettings settings;

    HttpSmsSender(HttpClient client, HttpSmsSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void send(OutgoingMessage message) throws OtpSendException {
        if (!settings.configured()) {
            throw failure(message, "SMS gateway not configured", null);
        }
        if (message.phoneNumber() == null || message.phoneNumber().isBlank()) {
            throw failure(message, "No phone number to send the SMS to", null);
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request(message), HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw failure(message, "SMS gateway connection timed out", e);
        } catch (HttpTimeoutException e) {
            throw failure(message, "SMS gateway timed out", e);
        } catch (ConnectException e) {
            throw failure(message, "SMS gateway unreachable", e);
        } catch (IOException e) {
            throw failure(message, "SMS gateway request failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (IllegalArgumentException e) {
            throw failure(message, "SMS gateway request invalid (check the auth header setting)", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(message, "SMS sending interrupted", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw failure(message, "SMS gateway answered HTTP " + status, null);
        }
        LOG.debugf("SMS to %s (purpose %s) accepted by the gateway", Masking.phone(message.phoneNumber()),
                message.purpose());
    }

    private HttpRequest request(OutgoingMessage message) {
        String body = JsonTemplate.render(settings.template(), Map.of(
                "to", message.phoneNumber(),
                "message", message.text(),
                "purpose", message.purpose()));
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.authHeaderValue() != null) {
            request.header(settings.authHeaderName(), settings.authHeaderValue());
        }
        return request.build();
    }

    private static OtpSendException failure(OutgoingMessage message, String reason, Exception cause) {
        LOG.warnf("SMS to %s (purpose %s) not sent: %s", Masking.phone(message.phoneNumber()), message.purpose(),
                reason);
        return cause == null ? new OtpSendException(reason) : new OtpSendException(reason, cause);
    }

    @Override
    public void close() {
        // Shared by all sessions; the factory owns the HTTP client.
    }
}

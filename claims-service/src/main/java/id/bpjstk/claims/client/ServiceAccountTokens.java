package id.bpjstk.claims.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bpjstk.claims.config.ClaimsConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * claims-service's own access token, obtained from the realm by client credentials and kept until
 * shortly before it expires ({@code claims.membership.token-refresh-margin}, 30 s). Never logged.
 */
public class ServiceAccountTokens {

    private static final Logger LOG = Logger.getLogger(ServiceAccountTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaimsConfig.Membership config;
    private final HttpClient http;
    private final Clock clock;

    private String token;
    private Instant refreshAt = Instant.MIN;

    public ServiceAccountTokens(ClaimsConfig.Membership config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    /** A token valid for at least the refresh margin; fetched anew when the cached one is not. */
    public synchronized String token() {
        if (token != null && clock.instant().isBefore(refreshAt)) {
            return token;
        }
        token = null;
        Instant requestedAt = clock.instant();
        JsonNode body = requestToken();
        JsonNode accessToken = body.get("access_token");
        JsonNode expiresIn = body.get("expires_in");
        if (accessToken == null || !accessToken.isTextual() || accessToken.textValue().isBlank()) {
            throw new MembershipUnavailableException("the token endpoint answered without an access_token");
        }
        long lifetime = expiresIn != null && expiresIn.canConvertToLong() ? expiresIn.longValue() : 0;
        token = accessToken.textValue();
        refreshAt = requestedAt.plusSeconds(lifetime).minus(config.tokenRefreshMargin());
        LOG.debugf("Obtained a service-account token valid for %d s", lifetime);
        return token;
    }

    /** Forgets the cached token (membership-service refused it: the realm's keys may have rotated). */
    public synchronized void invalidate() {
        token = null;
        refreshAt = Instant.MIN;
    }

    private JsonNode requestToken() {
        String secret = config.clientSecret().filter(s -> !s.isBlank()).orElseThrow(
                () -> new MembershipUnavailableException("no client secret configured (CLAIMS_SERVICE_CLIENT_SECRET)"));
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                .timeout(readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MembershipUnavailableException("the token endpoint cannot be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MembershipUnavailableException("interrupted while asking for a token", e);
        }
        if (response.statusCode() != 200) {
            // the error body may echo request details: only the status goes to the log
            throw new MembershipUnavailableException("the token endpoint answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new MembershipUnavailableException("the token endpoint answered something that is not JSON", e);
        }
    }

    private Duration readTimeout() {
        return config.readTimeout();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package id.bpjstk.idp.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The extension's service-account tokens (client credentials) for the registry, one per token endpoint, kept until
 * shortly before they expire. One cache serves the whole server: the registry factory owns it.
 */
final class ServiceAccountTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REFRESH_MARGIN_SECONDS = 30;

    private record Cached(String value, Instant refreshAfter) {
    }

    private final HttpClient http;
    private final RegistrySettings settings;
    private final Clock clock;
    private final Map<URI, Cached> tokens = new ConcurrentHashMap<>();

    ServiceAccountTokens(HttpClient http, RegistrySettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** A token from {@code endpoint}: the cached one unless {@code fresh} or about to expire. */
    String token(URI endpoint, boolean fresh) throws IOException, InterruptedException {
        Cached cached = tokens.get(endpoint);
        if (!fresh && cached != null && clock.instant().isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IOException("registry client secret not configured");
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        JsonNode token = JSON.readTree(response.body());
        long expiresIn = token.path("expires_in").asLong(60);
        Cached fetched = new Cached(token.path("access_token").asText(),
                clock.instant().plusSeconds(Math.max(0, expiresIn - REFRESH_MARGIN_SECONDS)));
        tokens.put(endpoint, fetched);
        return fetched.value();
    }
}

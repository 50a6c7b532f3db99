package id.bpjstk.idp.registration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The member registry as seen from the identity provider: "do this KPJ, NIK and birth date belong to one active
 * member?" and "how do we reach the owner of this KPJ?". Calls membership-service with a token of the extension's
 * own service-account client (client credentials), cached until shortly before it expires.
 */
final class RegistryClient {

    /** The registry's answer to an identity check. */
    sealed interface Verification permits Match, NoMatch, Unavailable {
    }

    record Match(String name, String email, String phoneNumber, String participantCategory) implements Verification {
    }

    record NoMatch() implements Verification {
    }

    /** The registry could not be asked: down, timed out, refused our credentials. Nothing may be decided. */
    record Unavailable(String reason) implements Verification {
    }

    record Contact(String name, String phoneNumber, String email) {
    }

    private static final Logger LOG = Logger.getLogger(RegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant refreshAfter) {
    }

    private final HttpClient http;
    private final RegistrySettings settings;
    private final URI tokenEndpoint;

    RegistryClient(HttpClient http, RegistrySettings settings, URI tokenEndpoint) {
        this.http = http;
        this.settings = settings;
        this.tokenEndpoint = tokenEndpoint;
    }

    Verification verify(String membershipNumber, String nik, LocalDate birthDate) {
        try {
            String body = JSON.writeValueAsString(Map.of("membershipNumber", membershipNumber, "nik", nik, "birthDate", birthDate.toString()));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.registryUrl() + "/internal/registrations/verify"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() != 200) {
                return unavailable("verify answered " + response.statusCode());
            }
            JsonNode answer = JSON.readTree(response.body());
            if (!answer.path("match").asBoolean(false)) {
                return new NoMatch();
            }
            return new Match(answer.path("name").asText(), text(answer, "email"), text(answer, "phoneNumber"),
                    text(answer, "participantCategory"));
        } catch (IOException e) {
            return unavailable("verify failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted");
        }
    }

    /** The owner's contact channels, to tell them of attempts on their KPJ; empty if unknown or unreachable. */
    Optional<Contact> contact(String membershipNumber) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(settings.registryUrl() + "/internal/members/" + membershipNumber + "/contact")).GET());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode answer = JSON.readTree(response.body());
            return Optional.of(new Contact(answer.path("name").asText(), text(answer, "phoneNumber"), text(answer, "email")));
        } catch (IOException e) {
            LOG.warnf("registry contact lookup failed: %s", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(settings.timeout()).header("Authorization", "Bearer " + token(false)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            // the registry no longer takes the cached token (keys rotated, token revoked): once more with a fresh one
            response = http.send(request.timeout(settings.timeout()).setHeader("Authorization", "Bearer " + token(true)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private String token(boolean fresh) throws IOException, InterruptedException {
        String cacheKey = tokenEndpoint + " " + settings.clientId();
        CachedToken cached = TOKENS.get(cacheKey);
        if (!fresh && cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IOException("registry client secret not configured");
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        JsonNode token = JSON.readTree(response.body());
        long expiresIn = token.path("expires_in").asLong(60);
        CachedToken fetched = new CachedToken(token.path("access_token").asText(),
                Instant.now().plusSeconds(Math.max(0, expiresIn - 30)));
        TOKENS.put(cacheKey, fetched);
        return fetched.value();
    }

    private static Verification unavailable(String reason) {
        LOG.warnf("member registry unavailable: %s", reason);
        return new Unavailable(reason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

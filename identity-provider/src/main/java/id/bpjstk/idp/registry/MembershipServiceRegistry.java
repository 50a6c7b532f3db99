package id.bpjstk.idp.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry at membership-service: {@code POST /internal/registrations/verify} and
 * {@code GET /internal/members/{kpj}/contact}, with a token of the extension's own service-account client. Made per
 * Keycloak session by {@link MembershipServiceRegistryFactory}; the HTTP client and the token cache are the factory's.
 */
final class MembershipServiceRegistry implements MemberRegistry {

    private static final Logger LOG = Logger.getLogger(MembershipServiceRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final RegistrySettings settings;
    private final ServiceAccountTokens tokens;
    private final Supplier<URI> tokenEndpoint;

    /** @param tokenEndpoint asked only when a token must be fetched */
    MembershipServiceRegistry(HttpClient http, RegistrySettings settings, ServiceAccountTokens tokens, Supplier<URI> tokenEndpoint) {
        this.http = http;
        this.settings = settings;
        this.tokens = tokens;
        this.tokenEndpoint = tokenEndpoint;
    }

    @Override
    public Verification verify(String membershipNumber, String nik, LocalDate birthDate) {
        try {
            String body = JSON.writeValueAsString(Map.of("membershipNumber", membershipNumber, "nik", nik, "birthDate", birthDate.toString()));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.url() + "/internal/registrations/verify"))
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

    @Override
    public Optional<Contact> contact(String membershipNumber) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(settings.url() + "/internal/members/" + membershipNumber + "/contact")).GET());
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

    @Override
    public Optional<NikHash> nikHash() {
        return settings.nikHashKey() == null ? Optional.empty() : Optional.of(new NikHash(settings.nikHashKey()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI endpoint = tokenEndpoint.get();
        HttpResponse<String> response = http.send(request.timeout(settings.timeout())
                .header("Authorization", "Bearer " + tokens.token(endpoint, false)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            // the registry no longer takes the cached token (keys rotated, token revoked): once more with a fresh one
            response = http.send(request.timeout(settings.timeout())
                    .setHeader("Authorization", "Bearer " + tokens.token(endpoint, true)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static Verification unavailable(String reason) {
        LOG.warnf("member registry unavailable: %s", reason);
        return new Unavailable(reason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public void close() {
    }
}

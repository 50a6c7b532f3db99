package id.bpjstk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Keycloak's admin REST API as the bootstrap administrator: accounts for the benchmark, a flow step's settings. */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI keycloak;
    private final String realm;
    private final String password;
    private String token;
    private Instant tokenTaken = Instant.EPOCH;

    KeycloakAdmin(URI keycloak, String realm, String password) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.password = password;
    }

    /** Creates a user (the admin API's user representation) and gives it the realm roles; returns its id. */
    String createUser(Map<String, Object> user, List<String> realmRoles) {
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create a benchmark account: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String roleName : realmRoles) {
            JsonNode role = json(send("GET", "/roles/" + roleName, null));
            HttpResponse<String> mapped = send("POST", "/users/" + id + "/role-mappings/realm",
                    List.of(Map.of("id", role.get("id").asText(), "name", roleName)));
            if (mapped.statusCode() != 204) {
                throw new IllegalStateException("could not give a benchmark account the role " + roleName + ": " + mapped.statusCode());
            }
        }
        return id;
    }

    /** Changes settings of the configuration of a flow's step (admin console → Authentication → the flow). */
    void configureStep(String flow, String providerId, Map<String, String> changes) {
        String path = URLEncoder.encode(flow, StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : json(send("GET", "/authentication/flows/" + path + "/executions", null))) {
            if (providerId.equals(execution.path("providerId").asText())) {
                String id = execution.path("authenticationConfig").asText();
                ObjectNode config = (ObjectNode) json(send("GET", "/authentication/config/" + id, null));
                ObjectNode values = (ObjectNode) config.get("config");
                changes.forEach(values::put);
                HttpResponse<String> saved = send("PUT", "/authentication/config/" + id, config);
                if (saved.statusCode() != 204) {
                    throw new IllegalStateException("could not configure " + providerId + ": " + saved.statusCode() + " " + saved.body());
                }
                return;
            }
        }
        throw new IllegalStateException("no step " + providerId + " in the flow '" + flow + "'");
    }

    private JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the admin API answered " + response.statusCode() + " at " + response.uri().getPath());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + realm + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token());
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the admin API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenTaken.plusSeconds(30))) {
            return token;
        }
        String form = SignInBrowser.form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", password));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the bootstrap administrator could not sign in: " + response.statusCode());
        }
        token = JSON.readTree(response.body()).get("access_token").asText();
        tokenTaken = Instant.now();
        return token;
    }
}

package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** OpenID Connect as a client of the realm does it: authorization code + PKCE, client credentials, token decoding. */
public final class Oidc {

    public static final String MEMBER_PORTAL = "member-portal";
    public static final String MEMBER_PORTAL_REDIRECT = "http://localhost:8083/callback";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Stack stack;

    public Oidc(Stack stack) {
        this.stack = stack;
    }

    /** One authorization request with its PKCE verifier and state. */
    public record AuthorizationRequest(URI uri, String clientId, String redirectUri, String verifier, String state) {
    }

    public AuthorizationRequest authorizationRequest(String clientId, String redirectUri, String scope) {
        return authorizationRequest(clientId, redirectUri, scope, Map.of());
    }

    public AuthorizationRequest authorizationRequest(String clientId, String redirectUri, String scope, Map<String, String> extra) {
        String verifier = randomToken(32);
        String state = randomToken(16);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("response_type", "code");
        params.put("scope", scope);
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.put("nonce", randomToken(16));
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.putAll(extra);
        URI uri = URI.create(stack.realmUrl() + "/protocol/openid-connect/auth?" + form(params));
        return new AuthorizationRequest(uri, clientId, redirectUri, verifier, state);
    }

    /** What the pushed authorization request endpoint answered, and the request the browser opens when it took it. */
    public record Pushed(int status, JsonNode body, AuthorizationRequest request) {
    }

    /**
     * A confidential client's authorization request pushed first (PAR, RFC 9126), as clients that must push do it
     * ({@code partner-demo}): the parameters go to the PAR endpoint with the client's secret, the browser's request
     * carries only {@code client_id} and the {@code request_uri} Keycloak gave.
     */
    public Pushed push(String clientId, String secret, String redirectUri, String scope, Map<String, String> extra) {
        String verifier = randomToken(32);
        String state = randomToken(16);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("client_secret", secret);
        params.put("response_type", "code");
        params.put("scope", scope);
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.put("nonce", randomToken(16));
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.putAll(extra);
        TokenResponse answer = tokenRequest(stack.realmUrl() + "/protocol/openid-connect/ext/par/request", params);
        if (answer.status() != 201) {
            return new Pushed(answer.status(), answer.body(), null);
        }
        URI uri = URI.create(stack.realmUrl() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", clientId,
                "request_uri", answer.body().get("request_uri").asText())));
        return new Pushed(answer.status(), answer.body(), new AuthorizationRequest(uri, clientId, redirectUri, verifier, state));
    }

    /** {@link #push} that must be taken. */
    public AuthorizationRequest pushedAuthorizationRequest(String clientId, String secret, String redirectUri, String scope,
            Map<String, String> extra) {
        Pushed pushed = push(clientId, secret, redirectUri, scope, extra);
        if (pushed.request() == null) {
            throw new AssertionError("the pushed authorization request was refused: " + pushed.status() + " " + pushed.body());
        }
        return pushed.request();
    }

    /** Signs in through the realm's login form and returns the tokens; fails if the login does not reach the client. */
    public Tokens signIn(String username, String password) {
        return signIn(username, password, "openid");
    }

    public Tokens signIn(String username, String password, String scope) {
        Browser browser = new Browser(stack.keycloakUrl());
        AuthorizationRequest request = authorizationRequest(MEMBER_PORTAL, MEMBER_PORTAL_REDIRECT, scope);
        Browser.Page login = browser.get(request.uri());
        Browser.Page result = browser.submit(login.form("kc-form-login").with("username", username).with("password", password));
        if (!result.leftOrigin()) {
            throw new AssertionError("sign-in of " + username + " did not reach the client; page status " + result.status());
        }
        return exchange(request, result.redirect());
    }

    /** Exchanges the code carried by the redirect to the client for tokens, checking the state on the way. */
    public Tokens exchange(AuthorizationRequest request, URI redirect) {
        return exchange(request, redirect, null);
    }

    /** The same, for a confidential client, which authenticates with its secret ({@code null}: a public client). */
    public Tokens exchange(AuthorizationRequest request, URI redirect, String clientSecret) {
        Map<String, String> query = query(redirect);
        if (!request.state().equals(query.get("state"))) {
            throw new AssertionError("state mismatch in " + redirect);
        }
        String code = query.get("code");
        if (code == null) {
            throw new AssertionError("no code in the redirect: " + redirect);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", code);
        params.put("redirect_uri", request.redirectUri());
        params.put("client_id", request.clientId());
        params.put("code_verifier", request.verifier());
        if (clientSecret != null) {
            params.put("client_secret", clientSecret);
        }
        TokenResponse response = tokenRequest(params);
        if (response.status() != 200) {
            throw new AssertionError("token request failed: " + response.status() + " " + response.body());
        }
        return new Tokens(response.body());
    }

    public TokenResponse clientCredentials(String clientId, String secret) {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public record TokenResponse(int status, JsonNode body) {
    }

    public TokenResponse tokenRequest(Map<String, String> params) {
        return tokenRequest(stack.realmUrl() + "/protocol/openid-connect/token", params);
    }

    public TokenResponse tokenRequest(String endpoint, Map<String, String> params) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The tokens of one sign-in, with their payloads decoded (signatures are the resource services' business). */
    public record Tokens(JsonNode response) {
        public String accessToken() {
            return response.get("access_token").asText();
        }

        public JsonNode access() {
            return payload(accessToken());
        }

        public JsonNode id() {
            return payload(response.get("id_token").asText());
        }
    }

    public static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new AssertionError("not a JWT", e);
        }
    }

    /** The token's audiences: {@code aud} is a string when there is one, an array when there are several. */
    public static java.util.List<String> audiences(JsonNode token) {
        JsonNode aud = token.path("aud");
        if (aud.isTextual()) {
            return java.util.List.of(aud.asText());
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        aud.forEach(value -> values.add(value.asText()));
        return values;
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

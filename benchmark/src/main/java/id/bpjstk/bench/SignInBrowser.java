package id.bpjstk.bench;

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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One virtual user's browser doing what a member's browser does to sign in: the authorization request with PKCE,
 * the login form (username and password), the code form where the realm asks for one, the redirect back to the
 * client, and the client's code exchange at the token endpoint. Cookies are kept for the sign-in; only the account's
 * long-lived device cookie outlives it.
 */
final class SignInBrowser {

    static final String DEVICE_COOKIE = "BPJSTK_DEVICE";
    private static final String LOGIN_FORM = "kc-form-login";
    private static final String CODE_FORM = "kc-otp-login-form";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the second factor's code comes from. */
    interface CodeSource {
        /** Called before the password is sent, so that earlier codes are not taken for this sign-in's. */
        void prepare(Account account);

        String code(Account account);
    }

    /** A realm and the public client the benchmark signs in to. */
    record Target(URI keycloak, String realm, String clientId, String redirectUri) {
        URI realmUrl() {
            return URI.create(keycloak + "/realms/" + realm);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Target target;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    SignInBrowser(Target target) {
        this.target = target;
    }

    /** The tokens of a sign-in. */
    record Tokens(String access, String refresh) {
    }

    /** Signs the account in and returns the token response's tokens; fails if the flow does not complete. */
    Tokens signIn(Account account, CodeSource codes) {
        cookies.clear();
        if (account.deviceCookie != null) {
            cookies.put(DEVICE_COOKIE, account.deviceCookie);
        }
        String verifier = random(32);
        String state = random(16);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", target.clientId());
        params.put("response_type", "code");
        params.put("scope", "openid");
        params.put("redirect_uri", target.redirectUri());
        params.put("state", state);
        params.put("nonce", random(16));
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        Page page = follow(HttpRequest.newBuilder(URI.create(target.realmUrl() + "/protocol/openid-connect/auth?" + form(params))).GET());
        Map<String, String> login = page.form(LOGIN_FORM);
        login.put("username", account.username);
        login.put("password", account.password);
        if (codes != null) {
            codes.prepare(account);
        }
        page = submit(page.action(LOGIN_FORM), login);
        if (page.redirect == null && page.hasForm(CODE_FORM)) {
            if (codes == null) {
                throw new IllegalStateException("the realm asked a code of a password-only account");
            }
            Map<String, String> code = page.form(CODE_FORM);
            code.put("otp", codes.code(account));
            page = submit(page.action(CODE_FORM), code);
        }
        if (page.redirect == null) {
            throw new IllegalStateException("the sign-in did not reach the client: status " + page.status + ", page '"
                    + page.title() + "', message '" + page.message() + "'");
        }
        String device = cookies.get(DEVICE_COOKIE);
        if (device != null) {
            account.deviceCookie = device;
        }
        Map<String, String> query = query(page.redirect);
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new IllegalStateException("the redirect to the client carries no code for this sign-in");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", query.get("code"));
        exchange.put("redirect_uri", target.redirectUri());
        exchange.put("client_id", target.clientId());
        exchange.put("code_verifier", verifier);
        return tokenRequest(exchange);
    }

    /** New tokens for a sign-in's refresh token, as the client gets them when its access token is about to expire. */
    Tokens refresh(Tokens tokens) {
        return tokenRequest(new LinkedHashMap<>(Map.of("grant_type", "refresh_token", "refresh_token", tokens.refresh(),
                "client_id", target.clientId())));
    }

    private Tokens tokenRequest(Map<String, String> params) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered " + response.statusCode());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return new Tokens(body.get("access_token").asText(), body.path("refresh_token").asText(null));
        } catch (IOException e) {
            throw new IllegalStateException("the token endpoint answered no JSON", e);
        }
    }

    private Page submit(URI action, Map<String, String> fields) {
        return follow(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Follows redirects inside Keycloak; stops at a page, or at the redirect that leaves it (to the client). */
    private Page follow(HttpRequest.Builder request) {
        for (int hops = 0; hops < 10; hops++) {
            String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            if (!cookieHeader.isEmpty()) {
                request.header("Cookie", cookieHeader);
            }
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = send(built);
            response.headers().allValues("Set-Cookie").forEach(this::store);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(status, built.uri(), response.body(), null);
            }
            URI next = built.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!next.getHost().equals(target.keycloak().getHost()) || next.getPort() != target.keycloak().getPort()) {
                return new Page(status, built.uri(), "", next);
            }
            request = HttpRequest.newBuilder(next).GET();
        }
        throw new IllegalStateException("too many redirects");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri().getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void store(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private record Page(int status, URI uri, String body, URI redirect) {

        Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        boolean hasForm(String id) {
            return document().getElementById(id) != null;
        }

        Map<String, String> form(String id) {
            Element form = element(id);
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                fields.put(input.attr("name"), input.val());
            }
            return fields;
        }

        URI action(String id) {
            return URI.create(element(id).absUrl("action"));
        }

        /** The page's error or info message, if it shows one (never an input's value). */
        String message() {
            if (body.isEmpty()) {
                return "";
            }
            Element message = document().selectFirst("[id^=input-error], .kc-feedback-text, .alert-error, .pf-m-danger, [role=alert]");
            return message == null ? "" : message.text();
        }

        String title() {
            return body.isEmpty() ? "" : document().title();
        }

        private Element element(String id) {
            Element form = document().getElementById(id);
            if (form == null) {
                throw new IllegalStateException("no form #" + id + " on " + uri.getPath() + " (status " + status + ", page '"
                        + title() + "')");
            }
            return form;
        }
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
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

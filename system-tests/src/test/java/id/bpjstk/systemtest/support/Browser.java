package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a member's browser does on the login pages, over plain HTTP: keeps cookies, follows redirects inside
 * Keycloak, and stops at a redirect that leaves it (to the client's redirect URI; the admin console under
 * {@code /admin/} is such a client, though Keycloak serves it). Like browsers, it sends cookies
 * marked Secure to {@code localhost}, which is a secure context; Keycloak marks its session cookies Secure.
 */
public final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();
    private final URI origin;

    public Browser(URI origin) {
        this.origin = origin;
    }

    /** A page the browser ended on, or the redirect that left the origin. */
    public record Page(int status, URI uri, String body, URI redirect) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public boolean leftOrigin() {
            return redirect != null;
        }

        /** The form with the given id, its inputs prefilled as a browser would. */
        public Form form(String id) {
            Element form = document().getElementById(id);
            if (form == null) {
                throw new AssertionError("no form #" + id + " on " + uri + " (status " + status + "):\n" + body);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                fields.put(input.attr("name"), input.val());
            }
            return new Form(URI.create(form.absUrl("action")), fields);
        }

        /**
         * The first form inside the element with the given id (Keycloak's consent page names its block, not its form),
         * its inputs prefilled as a browser would.
         */
        public Form formWithin(String id) {
            Element container = document().getElementById(id);
            Element form = container == null ? null : container.selectFirst("form");
            if (form == null) {
                throw new AssertionError("no form in #" + id + " on " + uri + " (status " + status + "):\n" + body);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                fields.put(input.attr("name"), input.val());
            }
            return new Form(URI.create(form.absUrl("action")), fields);
        }
    }

    public record Form(URI action, Map<String, String> fields) {
        public Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }
    }

    public Page get(URI uri) {
        return follow(HttpRequest.newBuilder(uri).GET(), uri);
    }

    public Page submit(Form form) {
        String body = form.fields().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return follow(request, form.action());
    }

    private Page follow(HttpRequest.Builder request, URI uri) {
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = send(request, uri);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(status, uri, response.body(), null);
            }
            URI next = uri.resolve(response.headers().firstValue("Location").orElseThrow());
            if (!sameOrigin(next) || next.getPath().startsWith("/admin/")) {
                return new Page(status, uri, response.body(), next);
            }
            uri = next;
            request = HttpRequest.newBuilder(next).GET();
        }
        throw new AssertionError("too many redirects at " + uri);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        request.timeout(Duration.ofSeconds(30));
        String cookieHeader = cookieHeaderFor(uri);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::store);
            return response;
        } catch (IOException e) {
            throw new AssertionError("request to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
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
        boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
        setCookieHeaders.put(name, setCookie);
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    /** The value of a cookie the browser holds, if it holds it. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The last {@code Set-Cookie} header the server sent for a cookie, with its attributes. */
    public Optional<String> setCookieHeader(String name) {
        return Optional.ofNullable(setCookieHeaders.get(name));
    }

    /**
     * Drops every cookie but the named ones, as a browser does when its Keycloak session ended (signed out, or expired)
     * and only its long-lived cookies are left.
     */
    public void keepOnlyCookies(String... names) {
        cookies.keySet().retainAll(Set.of(names));
    }

    private String cookieHeaderFor(URI uri) {
        if (!sameOrigin(uri)) {
            return "";
        }
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private boolean sameOrigin(URI uri) {
        return uri.getHost().equals(origin.getHost()) && uri.getPort() == origin.getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

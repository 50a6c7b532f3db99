package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.openqa.selenium.Cookie;

/**
 * A file a page links to, fetched as the browser would fetch it: with the browser's own cookies for that site (the
 * portal's session cookie is HttpOnly, so no script could read it; Selenium can), outside the browser so that the test
 * reads the bytes and headers instead of a file in a download folder.
 */
public final class BrowserDownload {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the server answered. */
    public record Download(int status, HttpResponse<byte[]> raw) {
        public byte[] bytes() {
            return raw.body();
        }

        public String text() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private BrowserDownload() {
    }

    /** GET {@code uri} with the cookies {@code browser} holds for the site it is on now. */
    public static Download get(RealBrowser browser, URI uri) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie cookie) -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError("could not fetch " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

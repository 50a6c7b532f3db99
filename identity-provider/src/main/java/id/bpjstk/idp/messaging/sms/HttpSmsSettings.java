package id.bpjstk.idp.messaging.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.jboss.logging.Logger;

/**
 * Server settings of the {@code http} SMS provider, read once at start by its factory from {@code --spi-otp-sender--http--<key>}
 * (environment {@code KC_SPI_OTP_SENDER__HTTP__<KEY>}).
 *
 * @param url             where messages are POSTed; {@code null} when unset or not an http(s) URL
 * @param authHeaderName  the header carrying the gateway credential
 * @param authHeaderValue the credential, e.g. {@code Bearer xyz}; {@code null} for none. A secret: never logged
 * @param template        the JSON body, with {@code ${to}}, {@code ${message}} and {@code ${purpose}} placeholders
 * @param connectTimeout  how long to wait for the connection
 * @param timeout         how long to wait for the gateway's answer
 */
public record HttpSmsSettings(URI url, String authHeaderName, String authHeaderValue, String template,
        Duration connectTimeout, Duration timeout) {

    public static final String URL = "url";
    public static final String AUTH_HEADER_NAME = "auth-header-name";
    public static final String AUTH_HEADER_VALUE = "auth-header-value";
    public static final String TEMPLATE = "template";
    public static final String CONNECT_TIMEOUT_MS = "connect-timeout-ms";
    public static final String TIMEOUT_MS = "timeout-ms";

    public static final String DEFAULT_AUTH_HEADER_NAME = "Authorization";
    public static final String DEFAULT_TEMPLATE = "{\"to\":\"${to}\",\"message\":\"${message}\",\"purpose\":\"${purpose}\"}";
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 2000;
    public static final int DEFAULT_TIMEOUT_MS = 5000;

    private static final Logger LOG = Logger.getLogger(HttpSmsSettings.class);

    public boolean configured() {
        return url != null;
    }

    /** The URL may carry a credential in its query: it is never logged. */
    static URI gatewayUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Reported below.
        }
        LOG.warnf("The SMS gateway setting '%s' is not an http(s) URL; the http SMS provider will not send", URL);
        return null;
    }

    static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value;
    }
}

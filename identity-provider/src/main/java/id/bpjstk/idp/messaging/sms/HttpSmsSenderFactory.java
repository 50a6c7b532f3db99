package id.bpjstk.idp.messaging.sms;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OtpSenderFactory;

/**
 * The {@code http} SMS provider: a generic SMS gateway client. Settings are in {@link HttpSmsSettings}; one HTTP
 * client serves the whole server and is closed with the factory.
 */
public class HttpSmsSenderFactory implements OtpSenderFactory {

    public static final String PROVIDER_ID = "http";

    private static final Logger LOG = Logger.getLogger(HttpSmsSenderFactory.class);

    private HttpClient client;
    private HttpSmsSender sender;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void init(Config.Scope config) {
        HttpSmsSettings settings = settings(config);
        start(settings);
        if (settings.configured()) {
            LOG.debugf("SMS gateway at host %s", settings.url().getHost());
        }
    }

    static HttpSmsSettings settings(Config.Scope config) {
        return new HttpSmsSettings(
                HttpSmsSettings.gatewayUrl(config.get(HttpSmsSettings.URL)),
                HttpSmsSettings.orDefault(config.get(HttpSmsSettings.AUTH_HEADER_NAME), HttpSmsSettings.DEFAULT_AUTH_HEADER_NAME),
                HttpSmsSettings.orDefault(config.get(HttpSmsSettings.AUTH_HEADER_VALUE), null),
                HttpSmsSettings.orDefault(config.get(HttpSmsSettings.TEMPLATE), HttpSmsSettings.DEFAULT_TEMPLATE),
                millis(config, HttpSmsSettings.CONNECT_TIMEOUT_MS, HttpSmsSettings.DEFAULT_CONNECT_TIMEOUT_MS),
                millis(config, HttpSmsSettings.TIMEOUT_MS, HttpSmsSettings.DEFAULT_TIMEOUT_MS));
    }

    private static Duration millis(Config.Scope config, String key, int defaultValue) {
        Integer value = config.getInt(key, defaultValue);
        if (value == null || value <= 0) {
            LOG.warnf("The SMS gateway setting '%s' must be a positive number of milliseconds; using %d", key,
                    defaultValue);
            return Duration.ofMillis(defaultValue);
        }
        return Duration.ofMillis(value);
    }

    private void start(HttpSmsSettings settings) {
        client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        sender = new HttpSmsSender(client, settings);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public OtpSender create(KeycloakSession session) {
        return sender;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(HttpSmsSettings.URL).type(ProviderConfigProperty.STRING_TYPE).required(true)
                .helpText("URL of the SMS gateway; each message is POSTed to it as JSON. Without it the http "
                        + "provider refuses to send.")
                .add()
                .property().name(HttpSmsSettings.AUTH_HEADER_NAME).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(HttpSmsSettings.DEFAULT_AUTH_HEADER_NAME)
                .helpText("Name of the request header carrying the gateway credential.")
                .add()
                .property().name(HttpSmsSettings.AUTH_HEADER_VALUE).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Value of the credential header, e.g. 'Bearer <token>'. Optional; never logged.")
                .add()
                .property().name(HttpSmsSettings.TEMPLATE).type(ProviderConfigProperty.TEXT_TYPE)
                .defaultValue(HttpSmsSettings.DEFAULT_TEMPLATE)
                .helpText("JSON request body. ${to} (E.164 number), ${message} and ${purpose} are replaced by the "
                        + "JSON-escaped values; put them inside quotes.")
                .add()
                .property().name(HttpSmsSettings.CONNECT_TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(HttpSmsSettings.DEFAULT_CONNECT_TIMEOUT_MS)
                .helpText("Milliseconds to wait for a connection to the gateway.")
                .add()
                .property().name(HttpSmsSettings.TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(HttpSmsSettings.DEFAULT_TIMEOUT_MS)
                .helpText("Milliseconds to wait for the gateway's answer; after that the SMS counts as not sent.")
                .add()
                .build();
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable from Java 21 on; on Java 17 its threads end once it is unreachable.
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the SMS gateway client failed", e);
            }
        }
        client = null;
        sender = null;
    }
}

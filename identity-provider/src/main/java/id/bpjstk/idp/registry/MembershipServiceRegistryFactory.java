package id.bpjstk.idp.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The {@code membership-service} provider of the member registry. Its settings are read once, here, from the server
 * configuration ({@code --spi-member-registry--membership-service--<key>}, environment
 * {@code KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__<KEY>}): no realm setting can point it elsewhere. One HTTP client
 * and one token cache serve the whole server and are closed with the factory.
 */
public class MembershipServiceRegistryFactory implements MemberRegistryFactory {

    public static final String PROVIDER_ID = "membership-service";

    private static final Logger LOG = Logger.getLogger(MembershipServiceRegistryFactory.class);

    private RegistrySettings settings;
    private HttpClient http;
    private ServiceAccountTokens tokens;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void init(Config.Scope config) {
        settings = settings(config);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
        tokens = new ServiceAccountTokens(http, settings, Clock.systemUTC());
        if (settings.nikHashKey() == null) {
            LOG.warnf("no NIK hash key configured (spi-member-registry--%s--%s): registrations will fail", PROVIDER_ID,
                    RegistrySettings.NIK_HASH_KEY);
        }
        LOG.debugf("member registry at host %s", settings.url().getHost());
    }

    static RegistrySettings settings(Config.Scope config) {
        String url = config.get(RegistrySettings.URL, RegistrySettings.DEFAULT_URL).trim();
        String tokenUrl = config.get(RegistrySettings.TOKEN_URL);
        String key = config.get(RegistrySettings.NIK_HASH_KEY);
        return new RegistrySettings(
                URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
                tokenUrl == null || tokenUrl.isBlank() ? null : URI.create(tokenUrl.trim()),
                config.get(RegistrySettings.CLIENT_ID, RegistrySettings.DEFAULT_CLIENT_ID),
                config.get(RegistrySettings.CLIENT_SECRET),
                key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8),
                Duration.ofMillis(config.getInt(RegistrySettings.TIMEOUT_MS, RegistrySettings.DEFAULT_TIMEOUT_MS)));
    }

    @Override
    public MemberRegistry create(KeycloakSession session) {
        return new MembershipServiceRegistry(http, settings, tokens, () -> tokenEndpoint(session));
    }

    /**
     * The configured endpoint; else the one at this server's own base address for the session's realm (its configured
     * hostname in production; in development that follows the request, so configure it there).
     */
    private URI tokenEndpoint(KeycloakSession session) {
        if (settings.tokenUrl() != null) {
            return settings.tokenUrl();
        }
        RealmModel realm = session.getContext().getRealm();
        return session.getContext().getUri().getBaseUriBuilder()
                .path("realms").path(realm.getName()).path("protocol/openid-connect/token").build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(RegistrySettings.URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Base URL of membership-service").defaultValue(RegistrySettings.DEFAULT_URL).add()
                .property().name(RegistrySettings.TOKEN_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("This Keycloak's token endpoint as the server reaches it; default: its own base address").add()
                .property().name(RegistrySettings.CLIENT_ID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Service-account client of the extension").defaultValue(RegistrySettings.DEFAULT_CLIENT_ID).add()
                .property().name(RegistrySettings.CLIENT_SECRET).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Its secret (environment only)").add()
                .property().name(RegistrySettings.NIK_HASH_KEY).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Key of the NIK's keyed hash (environment only; keep it stable: a new key makes the stored hashes useless)").add()
                .property().name(RegistrySettings.TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Timeout of registry calls in milliseconds").defaultValue(RegistrySettings.DEFAULT_TIMEOUT_MS).add()
                .build();
    }

    @Override
    public void close() {
        // HttpClient is closeable from Java 21 on (the server's runtime); on 17 it is simply dropped
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("closing the registry HTTP client failed", e);
            }
        }
    }
}

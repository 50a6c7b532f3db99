package id.bpjstk.idp.registration;

import java.net.URI;
import java.time.Duration;

import org.keycloak.Config;

/**
 * How the extension reaches the member registry (membership-service): server configuration of the form action
 * {@code bpjstk-member-registration}, e.g. {@code KC_SPI_FORM_ACTION__BPJSTK_MEMBER_REGISTRATION__REGISTRY_URL}.
 * The client secret and the NIK hash key are secrets: from the environment only, never logged.
 */
record RegistrySettings(URI registryUrl, URI tokenUrl, String clientId, String clientSecret, byte[] nikHashKey, Duration timeout) {

    static final String REGISTRY_URL = "registry-url";
    static final String CLIENT_ID = "registry-client-id";
    static final String CLIENT_SECRET = "registry-client-secret";
    static final String NIK_HASH_KEY = "nik-hash-key";
    static final String TIMEOUT_MS = "registry-timeout-ms";
    /** Where the extension gets its service-account token: this Keycloak's token endpoint, as reached from itself. */
    static final String TOKEN_URL = "registry-token-url";

    static RegistrySettings from(Config.Scope config) {
        String url = config.get(REGISTRY_URL, "http://localhost:8081");
        String key = config.get(NIK_HASH_KEY);
        String tokenUrl = config.get(TOKEN_URL);
        return new RegistrySettings(
                URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
                tokenUrl == null || tokenUrl.isBlank() ? null : URI.create(tokenUrl.trim()),
                config.get(CLIENT_ID, "identity-provider-registry"),
                config.get(CLIENT_SECRET),
                key == null || key.isBlank() ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Duration.ofMillis(config.getInt(TIMEOUT_MS, 3000)));
    }

    RegistrySettings withRegistryUrl(URI url) {
        return new RegistrySettings(url, tokenUrl, clientId, clientSecret, nikHashKey, timeout);
    }

    @Override
    public String toString() {
        // no secrets
        return "RegistrySettings[registryUrl=" + registryUrl + ", clientId=" + clientId + ", timeout=" + timeout + "]";
    }
}

package id.bpjstk.idp.registry;

import java.net.URI;
import java.time.Duration;

/**
 * How the extension reaches the member registry (membership-service), and the key of the NIK's keyed hash: server
 * configuration of the {@code membership-service} provider of the {@code member-registry} SPI, read once at start
 * ({@link MembershipServiceRegistryFactory#init}), e.g. {@code KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__URL}. The
 * client secret and the NIK key are secrets: from the environment only, never logged.
 *
 * @param url          base URL of membership-service
 * @param tokenUrl     this Keycloak's token endpoint as the server reaches it; {@code null}: its own base address
 * @param clientId     the extension's service-account client
 * @param clientSecret its secret
 * @param nikHashKey   the NIK key; {@code null} when unset (then no registration can keep a NIK)
 * @param timeout      of each registry call
 */
record RegistrySettings(URI url, URI tokenUrl, String clientId, String clientSecret, byte[] nikHashKey, Duration timeout) {

    static final String URL = "url";
    static final String TOKEN_URL = "token-url";
    static final String CLIENT_ID = "client-id";
    static final String CLIENT_SECRET = "client-secret";
    static final String NIK_HASH_KEY = "nik-hash-key";
    static final String TIMEOUT_MS = "timeout-ms";

    static final String DEFAULT_URL = "http://localhost:8081";
    static final String DEFAULT_CLIENT_ID = "identity-provider-registry";
    static final int DEFAULT_TIMEOUT_MS = 3000;

    @Override
    public String toString() {
        // no secrets
        return "RegistrySettings[url=" + url + ", clientId=" + clientId + ", timeout=" + timeout + "]";
    }
}

package id.bpjstk.idp.registration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import id.bpjstk.idp.registry.MemberRegistrySpi;
import id.bpjstk.idp.registry.MembershipServiceRegistryFactory;

/**
 * Server settings the registration form action once had and the member registry provider now owns. A server still
 * configured with one of them does not start: quietly ignoring them would lose the NIK key (no registration could
 * keep a NIK, no recovery could check one) or send NIKs to another registry than the operator meant.
 */
final class RetiredSettings {

    /** Old key of the form action's scope → new key of the registry provider's scope. */
    static final Map<String, String> MOVED = movedKeys();

    private RetiredSettings() {
    }

    /** @param setting the form action's own server settings, by key */
    static void refuse(UnaryOperator<String> setting) {
        List<String> found = MOVED.keySet().stream().filter(key -> setting.apply(key) != null).toList();
        if (found.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Server settings of the member registry have moved; Keycloak does not start with the old ones:");
        for (String key : found) {
            message.append("\n  ").append(option(MemberRegistration.SPI, MemberRegistration.PROVIDER_ID, key))
                    .append(" (").append(env(MemberRegistration.SPI, MemberRegistration.PROVIDER_ID, key)).append(")")
                    .append(" is now ").append(option(MemberRegistrySpi.NAME, MembershipServiceRegistryFactory.PROVIDER_ID, MOVED.get(key)))
                    .append(" (").append(env(MemberRegistrySpi.NAME, MembershipServiceRegistryFactory.PROVIDER_ID, MOVED.get(key))).append(")");
        }
        throw new IllegalStateException(message.toString());
    }

    static String option(String spi, String provider, String key) {
        return "--spi-" + spi + "--" + provider + "--" + key;
    }

    static String env(String spi, String provider, String key) {
        return ("KC_SPI_" + spi + "__" + provider + "__" + key).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> movedKeys() {
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("registry-url", "url");
        moved.put("registry-token-url", "token-url");
        moved.put("registry-client-id", "client-id");
        moved.put("registry-client-secret", "client-secret");
        moved.put("registry-timeout-ms", "timeout-ms");
        moved.put("nik-hash-key", "nik-hash-key");
        return Collections.unmodifiableMap(moved);
    }
}

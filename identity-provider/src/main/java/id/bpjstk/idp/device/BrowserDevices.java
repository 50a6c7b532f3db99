package id.bpjstk.idp.device;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;

import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyStatus;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;

/**
 * Whether the browser of this request is one the member signed in from before, by its device cookie and the hashes the
 * account keeps ({@link KnownDevices}); and remembering it. The hashes are keyed with the realm's HMAC key (HS512, the
 * one the codes use); a browser known under a key that has since been rotated to passive is still known, and its hash
 * moves to the active key.
 */
final class BrowserDevices {

    /** What recognising the browser found. {@code hash} is the browser's hash for this account, under the active key. */
    record Recognition(boolean isNew, String hash) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;

    BrowserDevices(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Recognises this request's browser for the member and remembers it (its cookie is set again, its last use noted): a
     * browser without a cookie the account knows is new, and is known from now on.
     */
    Recognition recognise(UserModel user) {
        long now = Time.currentTime();
        String cookie = requestCookie().filter(DeviceCookie::isWellFormed).orElse(null);
        KnownDevices known = KnownDevices.parse(user.getAttributeStream(KnownDevices.ATTRIBUTE).toList());
        byte[] activeKey = activeKey();
        if (cookie != null) {
            List<String> hashes = session.keys().getKeysStream(realm, KeyUse.SIG, Algorithm.HS512)
                    .filter(key -> key.getStatus() != KeyStatus.DISABLED && key.getSecretKey() != null)
                    .map(key -> DeviceCookie.hash(key.getSecretKey().getEncoded(), user.getId(), cookie))
                    .toList();
            Optional<KnownDevices.Device> device = known.find(hashes);
            if (device.isPresent()) {
                String hash = DeviceCookie.hash(activeKey, user.getId(), cookie);
                if (known.touch(device.get(), hash, now)) {
                    save(user, known);
                }
                setCookie(cookie);
                return new Recognition(false, hash);
            }
        }
        // a browser another member made known keeps its cookie: only this account's hash of it is new
        String value = cookie != null ? cookie : DeviceCookie.newValue(RANDOM);
        String hash = DeviceCookie.hash(activeKey, user.getId(), value);
        known.add(hash, now);
        save(user, known);
        setCookie(value);
        return new Recognition(true, hash);
    }

    /** Forgets a browser of the member (the one a "this wasn't me" link was about). */
    static void forget(UserModel user, String hash) {
        if (hash == null) {
            return;
        }
        KnownDevices known = KnownDevices.parse(user.getAttributeStream(KnownDevices.ATTRIBUTE).toList());
        if (known.remove(hash)) {
            save(user, known);
        }
    }

    private static void save(UserModel user, KnownDevices known) {
        if (known.devices().isEmpty()) {
            user.removeAttribute(KnownDevices.ATTRIBUTE);
        } else {
            user.setSingleAttribute(KnownDevices.ATTRIBUTE, known.value());
        }
    }

    private Optional<String> requestCookie() {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(DeviceCookie.NAME);
        return Optional.ofNullable(cookie).map(Cookie::getValue);
    }

    private void setCookie(String value) {
        KeycloakContext context = session.getContext();
        String realmPath = RealmsResource.realmBaseUrl(context.getUri()).path("/").build(realm.getName()).getRawPath();
        context.getHttpResponse().setCookieIfAbsent(DeviceCookie.cookie(value, realmPath, SecureContextResolver.isSecureContext(session)));
    }

    private byte[] activeKey() {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        return key.getSecretKey().getEncoded();
    }
}

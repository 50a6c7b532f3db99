package id.bpjstk.idp.device;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.models.SingleUseObjectProvider;

import id.bpjstk.member.ConstantTime;

/**
 * The keys of "this wasn't me" links and of the confirmation page's form, in Keycloak's cluster-wide single-use store.
 * A link's key is 128 random bits, 22 characters: short enough for an SMS, where a signed token would not be. The store
 * holds it only as its SHA-256, for 7 days, with the sign-in it is about. Taking a key removes it atomically, so a link
 * locks at most once however many times it is posted. The form token is what the page's button posts with the key:
 * made by showing the page (a GET, which changes nothing), for that key only, for 30 minutes, once.
 */
final class NotMeLinks {

    static final long LIFESPAN_SECONDS = 7 * 24 * 3600;
    static final long FORM_LIFESPAN_SECONDS = 30 * 60;

    private static final String PREFIX = "bpjstk-not-me:";
    private static final String FORM_PREFIX = "bpjstk-not-me-form:";
    private static final int KEY_BYTES = 16;
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    /** The sign-in a link is about. */
    record SignIn(String realmId, String userId, String deviceHash, long time, String browser, String os) {

        private Map<String, String> notes() {
            Map<String, String> notes = new HashMap<>();
            notes.put("realm", realmId);
            notes.put("user", userId);
            notes.put("device", deviceHash);
            notes.put("time", Long.toString(time));
            notes.put("browser", browser == null ? "" : browser);
            notes.put("os", os == null ? "" : os);
            return notes;
        }

        private static Optional<SignIn> of(Map<String, String> notes) {
            if (notes == null || notes.get("realm") == null || notes.get("user") == null) {
                return Optional.empty();
            }
            long time;
            try {
                time = Long.parseLong(notes.getOrDefault("time", "0"));
            } catch (NumberFormatException e) {
                time = 0;
            }
            return Optional.of(new SignIn(notes.get("realm"), notes.get("user"), notes.get("device"), time,
                    blankToNull(notes.get("browser")), blankToNull(notes.get("os"))));
        }

        DeviceLabel label() {
            return new DeviceLabel(browser, os);
        }
    }

    private final SingleUseObjectProvider store;
    private final SecureRandom random;

    NotMeLinks(SingleUseObjectProvider store, SecureRandom random) {
        this.store = store;
        this.random = random;
    }

    /** A new link's key for the sign-in. */
    String issue(SignIn signIn) {
        String key = randomKey();
        store.put(PREFIX + Hashes.sha256(key), LIFESPAN_SECONDS, signIn.notes());
        return key;
    }

    /** The sign-in of a live key of this realm, without using the key up. */
    Optional<SignIn> peek(String realmId, String key) {
        return isWellFormed(key) ? SignIn.of(store.get(PREFIX + Hashes.sha256(key))).filter(signIn -> signIn.realmId().equals(realmId))
                : Optional.empty();
    }

    /** Uses the key up and gives its sign-in; empty when it was used already, has expired or belongs to another realm. */
    Optional<SignIn> take(String realmId, String key) {
        if (peek(realmId, key).isEmpty()) {
            return Optional.empty(); // another realm's key stays as it is
        }
        return SignIn.of(store.remove(PREFIX + Hashes.sha256(key))).filter(signIn -> signIn.realmId().equals(realmId));
    }

    /** A token for one post of the confirmation form of this key. */
    String issueFormToken(String key) {
        String token = randomKey();
        store.put(FORM_PREFIX + Hashes.sha256(token), FORM_LIFESPAN_SECONDS, Map.of("link", Hashes.sha256(key)));
        return token;
    }

    /** Uses the form token up; true only when the page of this very key made it and it is still live. */
    boolean takeFormToken(String key, String token) {
        if (!isWellFormed(key) || !isWellFormed(token)) {
            return false;
        }
        Map<String, String> notes = store.remove(FORM_PREFIX + Hashes.sha256(token));
        return notes != null && ConstantTime.same(Hashes.sha256(key), notes.get("link"));
    }

    static boolean isWellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }

    private String randomKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Hashes.encode(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

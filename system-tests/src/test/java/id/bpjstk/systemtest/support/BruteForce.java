package id.bpjstk.systemtest.support;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The realm's brute-force settings, changed for one test and put back afterwards: tests cannot wait out a 15-minute
 * lockout, so they shorten the wait while keeping the rules (failure factor, permanent lockout after repeated
 * temporary ones) as the realm has them.
 */
public final class BruteForce implements AutoCloseable {

    private static final String[] KEYS = {"waitIncrementSeconds", "maxFailureWaitSeconds", "maxTemporaryLockouts",
            "quickLoginCheckMilliSeconds", "minimumQuickLoginWaitSeconds"};

    private final Admin admin;
    private final Map<String, Object> original = new HashMap<>();

    private BruteForce(Admin admin) {
        this.admin = admin;
        JsonNode realm = admin.get("").json();
        for (String key : KEYS) {
            original.put(key, realm.get(key).asLong());
        }
    }

    /** Lockouts of {@code seconds}, growing by as much each time, as the realm's strategy has them. */
    public static BruteForce withWaitIncrement(Stack stack, int seconds) {
        BruteForce settings = new BruteForce(new Admin(stack));
        settings.set(Map.of("waitIncrementSeconds", seconds, "maxFailureWaitSeconds", seconds * 10));
        return settings;
    }

    /** No quick-login check, so that only the failure count decides when an account locks. */
    public static BruteForce withoutQuickLoginCheck(Stack stack) {
        BruteForce settings = new BruteForce(new Admin(stack));
        settings.set(Map.of("quickLoginCheckMilliSeconds", 0));
        return settings;
    }

    private void set(Map<String, Object> values) {
        Api.Response updated = admin.put("", values);
        if (updated.status() != 204) {
            throw new AssertionError("could not change the realm's brute-force settings: " + updated.status());
        }
    }

    @Override
    public void close() {
        set(original);
    }
}

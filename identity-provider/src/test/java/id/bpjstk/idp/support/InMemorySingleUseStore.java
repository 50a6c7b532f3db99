package id.bpjstk.idp.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Keycloak's single-use store as one node sees it: atomic put-if-absent, entries that expire. Expiry follows a
 * clock the test moves.
 */
public final class InMemorySingleUseStore implements SingleUseObjectProvider {

    private record Entry(Map<String, String> notes, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long now;

    public void advanceSeconds(long seconds) {
        now += seconds;
    }

    private boolean live(Entry entry) {
        return entry != null && entry.expiresAt() > now;
    }

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
        entries.put(key, new Entry(notes, now + lifespanSeconds));
    }

    @Override
    public Map<String, String> get(String key) {
        Entry entry = entries.get(key);
        return live(entry) ? entry.notes() : null;
    }

    @Override
    public Map<String, String> remove(String key) {
        Entry entry = entries.remove(key);
        return live(entry) ? entry.notes() : null;
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
        Entry entry = entries.get(key);
        if (!live(entry)) {
            return false;
        }
        entries.put(key, new Entry(notes, entry.expiresAt()));
        return true;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanSeconds) {
        Entry fresh = new Entry(Map.of(), now + lifespanSeconds);
        boolean[] taken = {false};
        entries.compute(key, (k, existing) -> {
            if (live(existing)) {
                return existing;
            }
            taken[0] = true;
            return fresh;
        });
        return taken[0];
    }

    @Override
    public boolean contains(String key) {
        return live(entries.get(key));
    }

    @Override
    public void close() {
    }
}

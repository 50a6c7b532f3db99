package id.bpjstk.partner.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Keycloak sessions that Keycloak ended by back-channel logout, each by its mark (see {@link SingleLogout}), kept as
 * long as such a session could still be open here, and at most {@code limit} of them (the oldest go first). In memory:
 * one instance of this app; several would share it through their store.
 */
final class EndedSessions {

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Duration keep;
    private final int limit;
    private final Clock clock;

    EndedSessions(Duration keep, int limit, Clock clock) {
        this.keep = keep;
        this.limit = limit;
        this.clock = clock;
    }

    void add(String mark) {
        Instant now = clock.instant();
        ended.values().removeIf(at -> at.isBefore(now.minus(keep)));
        while (ended.size() >= limit) {
            ended.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .ifPresent(oldest -> ended.remove(oldest.getKey(), oldest.getValue()));
        }
        ended.put(mark, now);
    }

    boolean contains(String mark) {
        Instant at = ended.get(mark);
        return at != null && !at.isBefore(clock.instant().minus(keep));
    }
}

package id.bpjstk.idp.activity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.events.Event;

import id.bpjstk.idp.activity.ActivityEntry.Kind;

/**
 * A member's recent activity from her stored events, newest first: at most {@link #LIMIT} lines, each event that is
 * hers to read made into an {@link ActivityEntry}, and the same change written twice in a moment (Keycloak writes some
 * required actions' events twice, the recovery a step and its end) shown once.
 */
final class MemberActivity {

    /** How many lines the page shows. */
    static final int LIMIT = 20;
    /** How far back it looks. */
    static final long WINDOW_MILLIS = 30L * 24 * 3600 * 1000;
    /** How many stored events are read at most to find them (some make no line). */
    static final int SCAN = 200;
    /**
     * The kinds Keycloak may write twice for one change; sign-ins and failures are never merged, each attempt counts.
     */
    private static final Set<Kind> CHANGES = EnumSet.of(Kind.PASSWORD_CHANGED, Kind.METHOD_ADDED, Kind.METHOD_REMOVED,
            Kind.EMAIL_CHANGED, Kind.TWO_STEP_ON, Kind.PHONE_VERIFIED, Kind.PASSWORD_RESET);
    /** Two equal change lines closer than this are one. */
    static final long SAME_MOMENT_MILLIS = 10_000;

    private MemberActivity() {
    }

    /** The lines made from {@code newestFirst}, which must be one member's events, newest first. */
    static List<ActivityEntry> recent(Stream<Event> newestFirst) {
        List<ActivityEntry> lines = new ArrayList<>();
        Iterator<Event> events = newestFirst.iterator();
        while (events.hasNext() && lines.size() < LIMIT) {
            Optional<ActivityEntry> line = ActivityEntry.of(events.next());
            if (line.isPresent() && (lines.isEmpty() || !sameThing(lines.get(lines.size() - 1), line.get()))) {
                lines.add(line.get());
            }
        }
        return lines;
    }

    private static boolean sameThing(ActivityEntry newer, ActivityEntry older) {
        return CHANGES.contains(newer.kind()) && newer.kind() == older.kind() && Objects.equals(newer.method(), older.method())
                && Objects.equals(newer.clientId(), older.clientId()) && Objects.equals(newer.ipAddress(), older.ipAddress())
                && newer.time() - older.time() < SAME_MOMENT_MILLIS;
    }
}

package id.bpjstk.idp.otp;

import java.time.Instant;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;

/**
 * How many wrong one-time codes an account has had in the last 24 hours, whatever the login they were typed in, and
 * whether that has reached the cap. Counted in Keycloak's cluster-wide single-use store, apart from the realm's
 * brute-force record, so that a right password (which clears that record's failures) does not clear it: each wrong
 * code takes one of N slots that expires 24 hours after it was taken (an atomic put-if-absent, so parallel requests
 * can neither lose a wrong code nor both take the last slot), and the one that takes the last slot blocks code entry
 * for 24 hours. Two counts exist: {@link #codes} for every code of the account (sign-in, step-up, phone, recovery),
 * which a right code clears, and {@link #recovery} for the codes of "Lupa kata sandi" alone, which a right code of
 * another kind does not clear.
 */
public final class WrongCodeLimit {

    /** What counting one wrong code did. */
    public enum Count {
        /** Counted, the cap not reached. */
        COUNTED,
        /** This wrong code reached the cap: code entry is blocked from now on (told once). */
        REACHED,
        /** The cap had been reached already. */
        BLOCKED
    }

    static final long WINDOW_SECONDS = 24 * 3600;
    private static final String PREFIX = "bpjstk-wrong-codes:";
    /** Slots beyond the configured cap are still cleared, so that lowering and raising the cap leaves nothing behind. */
    private static final int CLEAR_AT_LEAST = 20;

    static final String ALL = "all";
    static final String RESET = "reset";

    private final SingleUseObjectProvider store;
    private final String kind;
    private final String owner;
    private final int cap;

    WrongCodeLimit(SingleUseObjectProvider store, String realmId, String kind, String userId, int cap) {
        this.store = store;
        this.kind = kind;
        this.owner = PREFIX + realmId + ":" + kind + ":" + userId;
        this.cap = cap;
    }

    /** Every wrong code of the account. */
    public static WrongCodeLimit codes(KeycloakSession session, RealmModel realm, UserModel user, OtpSettings settings) {
        return new WrongCodeLimit(session.singleUseObjects(), realm.getId(), ALL, user.getId(), settings.maxWrongCodesPerDay());
    }

    /** The wrong codes of the account's recoveries. */
    public static WrongCodeLimit recovery(KeycloakSession session, RealmModel realm, UserModel user, OtpSettings settings) {
        return new WrongCodeLimit(session.singleUseObjects(), realm.getId(), RESET, user.getId(),
                settings.maxWrongResetCodesPerDay());
    }

    /** Both counts of an account, to clear them (a completed recovery, an operator's unlock). */
    public static void clearAll(KeycloakSession session, RealmModel realm, String userId) {
        for (String kind : new String[] {ALL, RESET}) {
            new WrongCodeLimit(session.singleUseObjects(), realm.getId(), kind, userId, CLEAR_AT_LEAST).clear();
        }
    }

    public int cap() {
        return cap;
    }

    /** Whether code entry is blocked now: no code is to be sent or checked. */
    public boolean reached() {
        return store.contains(blockedKey());
    }

    /** Counts one wrong code. */
    public Count count() {
        if (reached()) {
            return Count.BLOCKED;
        }
        boolean taken = false;
        for (int slot = 0; slot < cap && !taken; slot++) {
            taken = store.putIfAbsent(slotKey(slot), WINDOW_SECONDS);
        }
        if (taken) {
            // says that there is something to clear, for as long as any slot can live
            store.put(dirtyKey(), WINDOW_SECONDS, Map.of());
        }
        if (taken && taken() < cap) {
            return Count.COUNTED;
        }
        // the last slot, or none left (parallel wrong codes): the first to block tells
        return store.putIfAbsent(blockedKey(), WINDOW_SECONDS) ? Count.REACHED : Count.BLOCKED;
    }

    /**
     * Tells the member, by SMS to the account's phone and by email, that code entry (or recovery) is blocked and
     * until when.
     */
    public void tell(KeycloakSession session, RealmModel realm, UserModel user) {
        MemberNotices notices = new MemberNotices(session, realm);
        String key = RESET.equals(kind) ? "bpjstkResetLimitNotice" : "bpjstkCodeLimitNotice";
        String until = MemberNotices.wib(Instant.ofEpochSecond(Time.currentTime() + WINDOW_SECONDS));
        notices.sms(user, user.getFirstAttribute(MemberAttributes.PHONE_NUMBER), OutgoingMessage.Purpose.CODE_LIMIT, key, until);
        notices.email(user, OutgoingMessage.Purpose.CODE_LIMIT, key, until);
    }

    /** What the count is of, for events: {@code all} or {@code reset}. */
    public String kind() {
        return kind;
    }

    /** Forgets the wrong codes and lifts the block. */
    public void clear() {
        if (!store.contains(dirtyKey()) && !store.contains(blockedKey())) {
            return; // the usual case of a right code: one look, nothing to remove
        }
        for (int slot = 0; slot < Math.max(cap, CLEAR_AT_LEAST); slot++) {
            store.remove(slotKey(slot));
        }
        store.remove(blockedKey());
        store.remove(dirtyKey());
    }

    private int taken() {
        int count = 0;
        for (int slot = 0; slot < cap; slot++) {
            if (store.contains(slotKey(slot))) {
                count++;
            }
        }
        return count;
    }

    private String slotKey(int slot) {
        return owner + ":" + slot;
    }

    private String dirtyKey() {
        return owner + ":counted";
    }

    private String blockedKey() {
        return owner + ":blocked";
    }
}

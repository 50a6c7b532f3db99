package id.bpjstk.idp.otp;

import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.member.ConstantTime;

/**
 * The code of one login (one authentication session tab), kept in its auth notes: only the HMAC of the code, when
 * it expires, and how many wrong entries this login has made. The failure count belongs to the login, not to the
 * code, so asking for a new code never resets it.
 */
public final class OtpChallenge {

    public enum Verdict {
        /** The code matched; it is now used up. */
        ACCEPTED,
        /** Not six digits: refused without counting as a guess. */
        MALFORMED,
        /** A wrong code; the login still has attempts left. */
        WRONG,
        /** The wrong entry that used up the last attempt: the code is dead. */
        KILLED,
        /** The code was dead already (too many wrong entries). */
        DEAD,
        /** Past its validity. */
        EXPIRED,
        /** Already used, or never sent in this login. */
        NONE
    }

    private static final String PREFIX = "bpjstk.otp.";

    private final AuthenticationSessionModel authSession;
    private final String use;
    private final int maxFailures;

    /**
     * @param use what the code is for in this login ({@code sign-in}, {@code phone-verification}, ...); part of the
     *            binding, so a code sent for one use does not serve another
     */
    private final String mac;
    private final String expiresAtNote;
    private final String failuresNote;

    OtpChallenge(AuthenticationSessionModel authSession, String use, int maxFailures) {
        this.authSession = authSession;
        this.use = use;
        this.maxFailures = maxFailures;
        // each use keeps its own code, expiry and count in the login, so that one never stands in for another
        String prefix = PREFIX + use + ".";
        this.mac = prefix + "mac";
        this.expiresAtNote = prefix + "expires-at";
        this.failuresNote = prefix + "failures";
    }

    /** What binds a code to this login and purpose. */
    String binding() {
        return authSession.getParentSession().getId() + "/" + authSession.getTabId() + "/" + use;
    }

    public boolean hasLiveCode(long now) {
        return authSession.getAuthNote(mac) != null && !isDead() && now < expiresAt();
    }

    public boolean isDead() {
        return failures() >= maxFailures;
    }

    void issue(String codeMac, long expiresAt) {
        authSession.setAuthNote(mac, codeMac);
        authSession.setAuthNote(expiresAtNote, Long.toString(expiresAt));
    }

    Verdict check(String input, byte[] key, long now) {
        if (isDead()) {
            return Verdict.DEAD;
        }
        String expected = authSession.getAuthNote(mac);
        if (expected == null) {
            return Verdict.NONE;
        }
        if (!OtpCodes.isWellFormed(input)) {
            return Verdict.MALFORMED;
        }
        if (now >= expiresAt()) {
            return Verdict.EXPIRED;
        }
        if (ConstantTime.same(expected, OtpCodes.mac(key, binding(), input))) {
            authSession.removeAuthNote(mac);
            authSession.removeAuthNote(expiresAtNote);
            return Verdict.ACCEPTED;
        }
        int failures = failures() + 1;
        authSession.setAuthNote(failuresNote, Integer.toString(failures));
        if (failures >= maxFailures) {
            authSession.removeAuthNote(mac);
            return Verdict.KILLED;
        }
        return Verdict.WRONG;
    }

    public int attemptsLeft() {
        return Math.max(0, maxFailures - failures());
    }

    private int failures() {
        String value = authSession.getAuthNote(failuresNote);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private long expiresAt() {
        String value = authSession.getAuthNote(expiresAtNote);
        return value == null ? 0L : Long.parseLong(value);
    }
}

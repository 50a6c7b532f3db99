package id.bpjstk.idp.otp;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code of one login (one authentication session tab), kept in its auth notes: only the HMAC of the code, when
 * it expires, and how many wrong entries this login has made. The failure count belongs to the login, not to the
 * code, so asking for a new code never resets it.
 */
final class OtpChallenge {

    enum Verdict {
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
    private static final String MAC = PREFIX + "mac";
    private static final String EXPIRES_AT = PREFIX + "expires-at";
    private static final String FAILURES = PREFIX + "failures";
    private static final String USED = PREFIX + "used";

    private final AuthenticationSessionModel authSession;
    private final String use;
    private final int maxFailures;

    /**
     * @param use what the code is for in this login ({@code sign-in}, {@code phone-verification}, ...); part of the
     *            binding, so a code sent for one use does not serve another
     */
    OtpChallenge(AuthenticationSessionModel authSession, String use, int maxFailures) {
        this.authSession = authSession;
        this.use = use;
        this.maxFailures = maxFailures;
    }

    /** What binds a code to this login and purpose. */
    String binding() {
        return authSession.getParentSession().getId() + "/" + authSession.getTabId() + "/" + use;
    }

    boolean hasLiveCode(long now) {
        return authSession.getAuthNote(MAC) != null && !isDead() && now < expiresAt();
    }

    boolean isDead() {
        return failures() >= maxFailures;
    }

    void issue(String mac, long expiresAt) {
        authSession.setAuthNote(MAC, mac);
        authSession.setAuthNote(EXPIRES_AT, Long.toString(expiresAt));
        authSession.removeAuthNote(USED);
    }

    Verdict check(String input, byte[] key, long now) {
        if (isDead()) {
            return Verdict.DEAD;
        }
        String expected = authSession.getAuthNote(MAC);
        if (expected == null) {
            return Verdict.NONE;
        }
        if (!OtpCodes.isWellFormed(input)) {
            return Verdict.MALFORMED;
        }
        if (now >= expiresAt()) {
            return Verdict.EXPIRED;
        }
        if (OtpCodes.sameMac(expected, OtpCodes.mac(key, binding(), input))) {
            authSession.removeAuthNote(MAC);
            authSession.removeAuthNote(EXPIRES_AT);
            authSession.setAuthNote(USED, "true");
            return Verdict.ACCEPTED;
        }
        int failures = failures() + 1;
        authSession.setAuthNote(FAILURES, Integer.toString(failures));
        if (failures >= maxFailures) {
            authSession.removeAuthNote(MAC);
            return Verdict.KILLED;
        }
        return Verdict.WRONG;
    }

    boolean wasUsed() {
        return "true".equals(authSession.getAuthNote(USED));
    }

    int attemptsLeft() {
        return Math.max(0, maxFailures - failures());
    }

    private int failures() {
        String value = authSession.getAuthNote(FAILURES);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private long expiresAt() {
        String value = authSession.getAuthNote(EXPIRES_AT);
        return value == null ? 0L : Long.parseLong(value);
    }
}

package id.bpjstk.systemtest.support;

/** Waiting in tests, for limits that are about time. */
public final class Pause {

    private Pause() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Longer than the realm's quick-login check: it takes two failures less than a second apart for a robot and locks
     * the account for a minute; a person typing takes longer than that.
     */
    public static void likeAPerson() {
        millis(1_100);
    }
}

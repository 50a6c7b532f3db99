package id.bpjstk.claims.support;

/**
 * The members the stubbed registry knows ({@link MembershipServiceStub}): the demo members as
 * membership-service seeds them, and fixtures for the cases the demo data lacks. The tests' calendar
 * is pinned to 21 November 2026.
 */
public final class Members {

    /** Siti Rahmawati, 36, wage earner, employed. */
    public static final String SITI = "11000000017";
    /** Budi Santoso, 41, wage earner, employed. */
    public static final String BUDI = "11000000025";
    /** Dewi Lestari, 34, non-wage worker (BPU). */
    public static final String DEWI = "11000000033";
    /** Made Wirawan, born 3 March 1970: 56, wage earner, 46 JP months. */
    public static final String MADE = "11000000041";
    /** A wage earner like Siti who resigned on 30 September 2026 (more than a month ago), 33 months paid. */
    public static final String RESIGNED = "11000000116";
    /** A wage earner whose employment ended on 10 November 2026, less than a month ago. */
    public static final String RECENTLY_RESIGNED = "11000000124";
    /** A pensioner-to-be born 10 January 1966 (60) with 200 JP months. */
    public static final String PENSIONER = "11000000108";
    /** Not an active member of the registry (404 there). */
    public static final String NOT_IN_REGISTRY = "11000000074";
    /** The registry answers 500 for this one. */
    public static final String REGISTRY_FAILS = "11000000082";
    /** The registry takes longer than the read timeout (1 s in tests) for this one. */
    public static final String REGISTRY_TOO_SLOW = "11000000090";

    private Members() {
    }
}

package id.bpjstk.membership.persistence;

/** The social-security programmes a contribution can be paid into, in statement order. */
public enum Programme {
    /** Jaminan Hari Tua: old-age savings. */
    JHT,
    /** Jaminan Kecelakaan Kerja: work-accident cover. */
    JKK,
    /** Jaminan Kematian: death benefit. */
    JKM,
    /** Jaminan Pensiun: pension (wage earners only). */
    JP
}

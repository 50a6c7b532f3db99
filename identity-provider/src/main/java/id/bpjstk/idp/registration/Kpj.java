package id.bpjstk.idp.registration;

import id.bpjstk.member.Masking;

/** Log- and event-safe references to a membership number. */
final class Kpj {

    private Kpj() {
    }

    /** Keeps the first 4 and last 2 digits: {@code 1100*****17}. */
    static String mask(String kpj) {
        return kpj == null ? "" : Masking.kpj(kpj);
    }
}

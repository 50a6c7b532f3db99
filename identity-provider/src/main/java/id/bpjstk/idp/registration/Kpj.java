package id.bpjstk.idp.registration;

/** Log- and event-safe references to a membership number. */
final class Kpj {

    private Kpj() {
    }

    /** Keeps the first 4 and last 2 digits: {@code 1100*****17}. */
    static String mask(String kpj) {
        if (kpj == null) {
            return "";
        }
        if (kpj.length() != 11) {
            return "*".repeat(kpj.length());
        }
        return kpj.substring(0, 4) + "*****" + kpj.substring(9);
    }
}

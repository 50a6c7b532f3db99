package id.bpjstk.claims.service;

/** What may appear of personal data in a log line. */
public final class Masks {

    private Masks() {
    }

    /** A bank account number with all but its last four digits hidden: {@code ******6789}. */
    public static String bankAccount(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}

package id.bpjstk.claims.service;

/**
 * What a member asks for when creating a claim, already checked for form (digits, lengths).
 * {@link #fingerprint()} tells a retry of the same request from a different one under the same
 * Idempotency-Key.
 */
public record NewClaim(String type, String reason, String bankName, String bankAccountNumber) {

    public NewClaim {
        bankName = bankName == null ? null : bankName.strip();
    }

    /** SHA-256 over the fields, each length-prefixed so that no two requests share one. */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] { type, reason, bankName, bankAccountNumber }) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append(';');
        }
        return Hashes.sha256(canonical.toString());
    }

    @Override
    public String toString() {
        // never the bank account number in full
        return "NewClaim[type=" + type + ", reason=" + reason + ", bankAccountNumber="
                + Masks.bankAccount(bankAccountNumber) + "]";
    }
}

package id.bpjstk.portal.client;

/** The body of {@code POST /api/claims}. */
public record NewClaim(String type, String reason, String bankName, String bankAccountNumber) {

    @Override
    public String toString() {
        return "NewClaim[" + type + ", " + reason + "]";
    }
}

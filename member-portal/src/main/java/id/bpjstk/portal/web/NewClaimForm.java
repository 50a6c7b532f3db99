package id.bpjstk.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import id.bpjstk.portal.client.ClaimTypes;
import id.bpjstk.portal.client.NewClaim;

/**
 * The new-claim form as the member posted it, and what the portal checks before claims-service sees it: the same
 * constraints as the service's {@code CreateClaimRequest} (type and reason of the catalog, bank name of at most 100
 * letters, digits, spaces and {@code . , & ( ) ' / -}, an account number of 6 to 20 digits), so that a form the portal
 * lets through is refused by the service only for what the portal cannot know (eligibility, an open claim).
 * {@code idempotencyKey} is the random key the form was rendered with: posting the same form twice files one claim.
 */
public record NewClaimForm(String type, String reason, String bankName, String bankAccountNumber, String idempotencyKey) {

    public static final int BANK_NAME_MAX = 100;
    private static final Pattern BANK_NAME = Pattern.compile("^[\\p{L}\\p{N} .,&()'/-]*$");
    private static final Pattern ACCOUNT = Pattern.compile("^[0-9]{6,20}$");
    /** Separators members type between groups of digits; the bank's number is the digits alone. */
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[\\s.-]");

    /** What is wrong with one field. */
    public enum Problem {
        TYPE_UNKNOWN, REASON_REQUIRED, REASON_UNKNOWN, BANK_NAME_REQUIRED, BANK_NAME_TOO_LONG, BANK_NAME_CHARACTERS,
        ACCOUNT_REQUIRED, ACCOUNT_FORMAT
    }

    /** A blank form for {@code type}, with a fresh idempotency key. */
    public static NewClaimForm blank(String type) {
        return new NewClaimForm(type, "", "", "", newKey());
    }

    /** The form as kept across a step-up ({@link #fields()}). */
    public static NewClaimForm of(Map<String, String> fields) {
        return new NewClaimForm(fields.get("type"), fields.get("reason"), fields.get("bankName"),
                fields.get("bankAccountNumber"), fields.get("idempotencyKey"));
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Trimmed, the account number without spaces, dots or dashes, a malformed or missing key replaced. */
    public NewClaimForm normalized() {
        String account = bankAccountNumber == null ? "" : ACCOUNT_SEPARATORS.matcher(bankAccountNumber).replaceAll("");
        return new NewClaimForm(strip(type), strip(reason), strip(bankName), account,
                validKey(idempotencyKey) ? idempotencyKey : newKey());
    }

    /** The problems of each field for a claim of {@code type} (empty when the type is not in the catalog). */
    public Map<String, Problem> problems(Optional<ClaimTypes.Type> type) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (type.isEmpty()) {
            problems.put("type", Problem.TYPE_UNKNOWN);
        } else if (reason == null || reason.isBlank()) {
            problems.put("reason", Problem.REASON_REQUIRED);
        } else if (type.get().reason(reason).isEmpty()) {
            problems.put("reason", Problem.REASON_UNKNOWN);
        }
        if (bankName == null || bankName.isBlank()) {
            problems.put("bankName", Problem.BANK_NAME_REQUIRED);
        } else if (bankName.length() > BANK_NAME_MAX) {
            problems.put("bankName", Problem.BANK_NAME_TOO_LONG);
        } else if (!BANK_NAME.matcher(bankName).matches()) {
            problems.put("bankName", Problem.BANK_NAME_CHARACTERS);
        }
        if (bankAccountNumber == null || bankAccountNumber.isBlank()) {
            problems.put("bankAccountNumber", Problem.ACCOUNT_REQUIRED);
        } else if (!ACCOUNT.matcher(bankAccountNumber).matches()) {
            problems.put("bankAccountNumber", Problem.ACCOUNT_FORMAT);
        }
        return problems;
    }

    public NewClaim toNewClaim() {
        return new NewClaim(type, reason, bankName, bankAccountNumber);
    }

    /** The fields to keep while Keycloak asks for the SMS code, the key among them so a retry files no second claim. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", nullToEmpty(type));
        fields.put("reason", nullToEmpty(reason));
        fields.put("bankName", nullToEmpty(bankName));
        fields.put("bankAccountNumber", nullToEmpty(bankAccountNumber));
        fields.put("idempotencyKey", nullToEmpty(idempotencyKey));
        return fields;
    }

    /** The same form under a new key: for a key the service says was used for another claim. */
    public NewClaimForm withNewKey() {
        return new NewClaimForm(type, reason, bankName, bankAccountNumber, newKey());
    }

    static boolean validKey(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equals(key.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "NewClaimForm[" + type + ", " + reason + "]";
    }
}

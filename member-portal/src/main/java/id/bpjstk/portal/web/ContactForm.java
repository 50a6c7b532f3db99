package id.bpjstk.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The profile's contact form as posted, spaces around each field removed (membership-service stores them so), and
 * checked as membership-service checks {@code PUT /api/members/me/contact}: an address of at most 500 characters and
 * a well-formed correspondence email of at most 254, both required. The service has the last word: what it refuses
 * beyond this comes back as violations and is shown at the field too.
 */
public record ContactForm(String address, String correspondenceEmail) {

    public static final String ADDRESS = "address";
    public static final String CORRESPONDENCE_EMAIL = "correspondenceEmail";
    public static final int ADDRESS_MAX = 500;
    public static final int EMAIL_MAX = 254;

    // membership-service's own pattern for the correspondence email
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What is wrong with a field. */
    public enum Problem {
        REQUIRED, TOO_LONG, INVALID, REFUSED
    }

    public static ContactForm of(String address, String correspondenceEmail) {
        return new ContactForm(address == null ? "" : address.strip(),
                correspondenceEmail == null ? "" : correspondenceEmail.strip());
    }

    /** The form kept across a step-up ({@link id.bpjstk.portal.session.StepUp}), by field name. */
    public static ContactForm of(Map<String, String> fields) {
        return of(fields.get(ADDRESS), fields.get(CORRESPONDENCE_EMAIL));
    }

    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ADDRESS, address);
        fields.put(CORRESPONDENCE_EMAIL, correspondenceEmail);
        return fields;
    }

    /** The address's problem, or null. */
    public Problem addressProblem() {
        if (address.isEmpty()) {
            return Problem.REQUIRED;
        }
        return address.length() > ADDRESS_MAX ? Problem.TOO_LONG : null;
    }

    /** The correspondence email's problem, or null. */
    public Problem emailProblem() {
        if (correspondenceEmail.isEmpty()) {
            return Problem.REQUIRED;
        }
        if (correspondenceEmail.length() > EMAIL_MAX) {
            return Problem.TOO_LONG;
        }
        return EMAIL.matcher(correspondenceEmail).matches() ? null : Problem.INVALID;
    }

    public boolean valid() {
        return addressProblem() == null && emailProblem() == null;
    }
}

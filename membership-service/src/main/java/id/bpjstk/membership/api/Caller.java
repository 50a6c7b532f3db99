package id.bpjstk.membership.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in caller, as told by the verified access token. */
@RequestScoped
public class Caller {

    public static final String MEMBERSHIP_NUMBER_CLAIM = "membership_number";
    public static final String ACR_CLAIM = "acr";

    private static final Pattern MEMBERSHIP_NUMBER = Pattern.compile("^[0-9]{11}$");

    @Inject
    JsonWebToken token;

    /** The caller's KPJ from the {@code membership_number} claim; 403 when there is none. */
    public String membershipNumber() {
        String value = claimAsString(token, MEMBERSHIP_NUMBER_CLAIM);
        if (value == null || !MEMBERSHIP_NUMBER.matcher(value).matches()) {
            throw new NotAMemberException();
        }
        return value;
    }

    public String subject() {
        return token.getSubject();
    }

    static String claimAsString(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigIntegerValue().toString();
        }
        if (value instanceof String || value instanceof Number) {
            return value.toString();
        }
        return null;
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.service.Actor;
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
    public static final String USERNAME_CLAIM = "preferred_username";

    private static final Pattern MEMBERSHIP_NUMBER = Pattern.compile("^[0-9]{11}$");

    @Inject
    JsonWebToken token;

    /** The caller as a member: the KPJ from {@code membership_number} (403 when there is none). */
    public Actor member() {
        String membershipNumber = claimAsString(token, MEMBERSHIP_NUMBER_CLAIM);
        if (membershipNumber == null || !MEMBERSHIP_NUMBER.matcher(membershipNumber).matches()) {
            throw new NotAMemberException();
        }
        return Actor.member(membershipNumber, username());
    }

    /** The caller as a claims officer. */
    public Actor officer() {
        return Actor.officer(username());
    }

    /** What the status history shows: {@code preferred_username}, else the subject. */
    String username() {
        String username = claimAsString(token, USERNAME_CLAIM);
        return username != null && !username.isBlank() ? username : token.getSubject();
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

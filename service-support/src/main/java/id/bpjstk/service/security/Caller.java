package id.bpjstk.service.security;

import id.bpjstk.member.Kpj;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in caller, as told by the verified access token of the realm. */
@RequestScoped
public class Caller {

    public static final String MEMBERSHIP_NUMBER_CLAIM = "membership_number";
    public static final String ACR_CLAIM = "acr";
    public static final String USERNAME_CLAIM = "preferred_username";
    /** When the sign-in took place (seconds since the epoch); a refreshed token keeps its sign-in's. */
    public static final String AUTH_TIME_CLAIM = "auth_time";

    @Inject
    JsonWebToken token;

    /** The token's subject: the account's id in the realm. */
    public String subject() {
        return token.getSubject();
    }

    /** The caller's KPJ from the {@code membership_number} claim; 403 when there is none or it is no KPJ. */
    public String membershipNumber() {
        String value = claimAsString(token, MEMBERSHIP_NUMBER_CLAIM);
        if (!Kpj.isValid(value)) {
            throw new NotAMemberException();
        }
        return value;
    }

    /**
     * The KPJ in {@code membership_number} when the token carries a valid one: a member's, or that of staff who are
     * members of the programme too. Empty otherwise, never a 403.
     */
    public Optional<String> membershipNumberIfAny() {
        return Optional.ofNullable(claimAsString(token, MEMBERSHIP_NUMBER_CLAIM)).filter(Kpj::isValid);
    }

    /** What a history shows as the actor: {@code preferred_username} (a member's is the KPJ), else the subject. */
    public String username() {
        String username = claimAsString(token, USERNAME_CLAIM);
        return username != null && !username.isBlank() ? username : token.getSubject();
    }

    /** The realm roles ({@code realm_access.roles}, as {@code smallrye.jwt.path.groups} points to them). */
    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
    }

    /** The scopes the token was granted (its space-separated {@code scope} claim); none when it has no such claim. */
    public Set<String> scopes() {
        return ScopeFilter.scopes(token.getClaim(ScopeFilter.SCOPE_CLAIM));
    }

    /** The authentication level ({@code acr}): "1" password, "2" password and one-time code. */
    public Optional<String> acr() {
        return Optional.ofNullable(claimAsString(token, ACR_CLAIM));
    }

    /** When the caller signed in ({@code auth_time}); empty when the token does not say. */
    public Optional<Instant> authTime() {
        return Optional.ofNullable(authTime(token));
    }

    /** The token's {@code auth_time} as an instant; {@code null} when absent or not a number of seconds. */
    static Instant authTime(JsonWebToken token) {
        String seconds = claimAsString(token, AUTH_TIME_CLAIM);
        if (seconds == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A string or number claim as text; {@code null} when absent or of another type. */
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

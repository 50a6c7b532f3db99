package id.bpjstk.service.security;

import java.time.Duration;
import java.util.Optional;

/**
 * The token's sign-in does not do for the operation (RFC 9470 step-up): its {@code acr} is below the level needed,
 * or, where the level comes with a {@code max_age}, the sign-in is older than that or the token does not say when
 * it was.
 */
public class InsufficientAuthenticationLevelException extends RuntimeException {

    private final String requiredAcr;
    private final Duration maxAge;

    private InsufficientAuthenticationLevelException(String requiredAcr, Duration maxAge, String message) {
        super(message);
        this.requiredAcr = requiredAcr;
        this.maxAge = maxAge;
    }

    /** The level is too low; {@code maxAge} is how recent the sign-in must be too, or {@code null} for any age. */
    public static InsufficientAuthenticationLevelException levelTooLow(String requiredAcr, Duration maxAge) {
        return new InsufficientAuthenticationLevelException(requiredAcr, maxAge,
                "This operation needs a stronger sign-in (acr " + requiredAcr + ": password and one-time code"
                        + (maxAge == null ? "" : ", at most " + describe(maxAge) + " ago") + ")");
    }

    /** The level is met, but the sign-in is older than {@code maxAge}. */
    public static InsufficientAuthenticationLevelException signInTooOld(String requiredAcr, Duration maxAge) {
        return new InsufficientAuthenticationLevelException(requiredAcr, maxAge,
                "This operation needs a recent sign-in with password and one-time code: the last one was more than "
                        + describe(maxAge) + " ago");
    }

    /** The level is met, but the token does not say when the sign-in took place. */
    public static InsufficientAuthenticationLevelException signInTimeUnknown(String requiredAcr, Duration maxAge) {
        return new InsufficientAuthenticationLevelException(requiredAcr, maxAge,
                "This operation needs a recent sign-in with password and one-time code: the token does not say "
                        + "when the sign-in took place");
    }

    public String requiredAcr() {
        return requiredAcr;
    }

    /** How recent the sign-in must be, when the operation says. */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /** "30 minutes", "90 seconds": a maximum age as a person reads it. */
    public static String describe(Duration age) {
        long seconds = age.toSeconds();
        if (seconds % 3600 == 0 && seconds >= 3600) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0 && seconds >= 60) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

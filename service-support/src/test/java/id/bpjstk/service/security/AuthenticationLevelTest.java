package id.bpjstk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticationLevelTest {

    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
    private static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");

    @Test
    void passwordAndOtpMeetsLevelTwo() {
        assertTrue(AuthenticationLevelFilter.meets("2", "2"));
        assertTrue(AuthenticationLevelFilter.meets(" 3 ", "2"));
    }

    @Test
    void higherLevelMeetsLevelTwo() {
        assertTrue(AuthenticationLevelFilter.meets("3", "2"));
    }

    @Test
    void passwordOnlyDoesNotMeetLevelTwo() {
        assertFalse(AuthenticationLevelFilter.meets("1", "2"));
    }

    @Test
    void missingOrUnreadableAcrDoesNotMeetAnyLevel() {
        assertFalse(AuthenticationLevelFilter.meets(null, "1"));
        assertFalse(AuthenticationLevelFilter.meets("gold", "1"));
        assertFalse(AuthenticationLevelFilter.meets("", "1"));
    }

    @Test
    void levelTwoAndUpHaveTheMaxAgeLevelOneHasNone() {
        assertEquals(THIRTY_MINUTES, AuthenticationLevelFilter.maxAgeFor("2", THIRTY_MINUTES));
        assertEquals(THIRTY_MINUTES, AuthenticationLevelFilter.maxAgeFor("3", THIRTY_MINUTES));
        assertNull(AuthenticationLevelFilter.maxAgeFor("1", THIRTY_MINUTES));
    }

    @Test
    void aSignInUpToTheMaxAgeAgoIsRecent() {
        assertTrue(AuthenticationLevelFilter.recent(NOW, NOW, THIRTY_MINUTES));
        assertTrue(AuthenticationLevelFilter.recent(NOW.minus(Duration.ofMinutes(29)), NOW, THIRTY_MINUTES));
        assertTrue(AuthenticationLevelFilter.recent(NOW.minus(THIRTY_MINUTES), NOW, THIRTY_MINUTES));
    }

    @Test
    void aSignInASecondOverTheMaxAgeIsNotRecent() {
        assertFalse(AuthenticationLevelFilter.recent(NOW.minus(THIRTY_MINUTES).minusSeconds(1), NOW, THIRTY_MINUTES));
        assertFalse(AuthenticationLevelFilter.recent(NOW.minus(Duration.ofMinutes(31)), NOW, THIRTY_MINUTES));
    }

    @Test
    void aSignInStampedALittleInTheFutureByAnotherClockIsRecent() {
        assertTrue(AuthenticationLevelFilter.recent(NOW.plusSeconds(5), NOW, THIRTY_MINUTES));
    }

    @Test
    void maxAgesReadAsAPersonSaysThem() {
        assertEquals("30 minutes", InsufficientAuthenticationLevelException.describe(THIRTY_MINUTES));
        assertEquals("1 hour", InsufficientAuthenticationLevelException.describe(Duration.ofHours(1)));
        assertEquals("90 seconds", InsufficientAuthenticationLevelException.describe(Duration.ofSeconds(90)));
        assertEquals("1 minute", InsufficientAuthenticationLevelException.describe(Duration.ofMinutes(1)));
    }
}

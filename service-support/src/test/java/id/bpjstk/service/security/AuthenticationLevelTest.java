package id.bpjstk.service.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthenticationLevelTest {

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
}

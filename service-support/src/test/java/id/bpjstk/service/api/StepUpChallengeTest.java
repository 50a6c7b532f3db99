package id.bpjstk.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.service.security.InsufficientAuthenticationLevelException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepUpChallengeTest {

    @Test
    void aLevelWithAMaxAgeAsksForBothWithTheAgeInSeconds() {
        assertEquals("Bearer error=\"insufficient_user_authentication\", error_description=\"A sign-in with password "
                + "and one-time code in the last 30 minutes is required\", acr_values=\"2\", max_age=1800",
                ApiExceptionMappers.stepUpChallenge(
                        InsufficientAuthenticationLevelException.signInTooOld("2", Duration.ofMinutes(30))));
    }

    @Test
    void aLevelTooLowAsksForTheMaxAgeToo() {
        assertEquals("Bearer error=\"insufficient_user_authentication\", error_description=\"A sign-in with password "
                + "and one-time code in the last 30 minutes is required\", acr_values=\"2\", max_age=1800",
                ApiExceptionMappers.stepUpChallenge(
                        InsufficientAuthenticationLevelException.levelTooLow("2", Duration.ofMinutes(30))));
    }
}

package id.bpjstk.claims.service.rules;

import static id.bpjstk.claims.service.rules.Facts.day;
import static id.bpjstk.claims.service.rules.Facts.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JHT: at 56 (PP 46/2015 Pasal 26 as amended by PP 60/2015), or one month after employment ends. */
class JhtRulesTest {

    private static final LocalDate TODAY = day(2026, 11, 21);

    @Test
    void madeAtFiftySixIsEligibleForRetirement() {
        Eligibility result = member().born(1970, 3, 3).evaluate("JHT", "JHT_RETIREMENT", TODAY);

        assertEquals(Outcome.ELIGIBLE, result.outcome());
        assertTrue(result.eligible());
        assertTrue(result.reason().en().contains("You are 56 (born 3 March 1970)"), result.reason().en());
        assertTrue(result.reason().id().contains("Usia Anda 56 tahun (lahir 3 Maret 1970)"), result.reason().id());
        assertTrue(result.source().contains("PP 46/2015") && result.source().contains("PP 60/2015"), result.source());
    }

    @Test
    void theDayBeforeTheFiftySixthBirthdayIsNotEligibleAndSaysWhen() {
        Eligibility result = member().born(1970, 11, 22).evaluate("JHT", "JHT_RETIREMENT", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertFalse(result.canFile());
        assertTrue(result.reason().en().contains("You are 55"), result.reason().en());
        assertTrue(result.reason().en().contains("22 November 2026"), result.reason().en());
    }

    @Test
    void theFiftySixthBirthdayItselfIsEligible() {
        assertTrue(member().born(1970, 11, 21).evaluate("JHT", "JHT_RETIREMENT", TODAY).eligible());
    }

    @Test
    void sitiAtThirtySixCannotClaimForRetirementAndLearnsTheDateInBothLanguages() {
        Eligibility result = member().born(1990, 5, 15).evaluate("JHT", "JHT_RETIREMENT", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("You are 36"), result.reason().en());
        assertTrue(result.reason().en().contains("15 May 2046"), result.reason().en());
        assertTrue(result.reason().id().contains("15 Mei 2046"), result.reason().id());
    }

    @Test
    void leapDayBabyTurnsFiftySixOnTheTwentyNinthOfFebruary() {
        Facts leapDay = member().born(1968, 2, 29);

        assertFalse(leapDay.evaluate("JHT", "JHT_RETIREMENT", day(2024, 2, 28)).eligible());
        assertTrue(leapDay.evaluate("JHT", "JHT_RETIREMENT", day(2024, 2, 29)).eligible());
    }

    @Test
    void stillEmployedMemberCannotClaimForResignation() {
        Eligibility result = member().evaluate("JHT", "JHT_RESIGNATION", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("still employed"), result.reason().en());
        assertTrue(result.source().contains("Permenaker 19/2015"), result.source());
    }

    @Test
    void employmentEndedMoreThanAMonthAgoIsEligibleForResignation() {
        Eligibility result = member().employmentEnded(2026, 9, 30).evaluate("JHT", "JHT_RESIGNATION", TODAY);

        assertEquals(Outcome.ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("30 September 2026"), result.reason().en());
    }

    @Test
    void employmentEndedExactlyOneMonthAgoIsEligible() {
        assertTrue(member().employmentEnded(2026, 10, 21).evaluate("JHT", "JHT_RESIGNATION", TODAY).eligible());
    }

    @Test
    void employmentEndedOneDayShortOfAMonthIsNotEligibleAndSaysFromWhen() {
        Eligibility result = member().employmentEnded(2026, 10, 22).evaluate("JHT", "JHT_RESIGNATION", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("from 22 November 2026"), result.reason().en());
        assertTrue(result.reason().id().contains("mulai 22 November 2026"), result.reason().id());
    }

    @Test
    void employmentEndingInTheFutureIsNotEligible() {
        assertFalse(member().employmentEnded(2026, 12, 31).evaluate("JHT", "JHT_RESIGNATION", TODAY).eligible());
    }

    @Test
    void oneMonthAfterTheThirtyFirstOfJanuaryIsTheLastDayOfFebruary() {
        Facts ended = member().employmentEnded(2026, 1, 31);

        assertFalse(ended.evaluate("JHT", "JHT_RESIGNATION", day(2026, 2, 27)).eligible());
        assertTrue(ended.evaluate("JHT", "JHT_RESIGNATION", day(2026, 2, 28)).eligible());
    }

    @Test
    void memberTheRegistryDoesNotKnowIsNotEligibleForAnything() {
        Eligibility result = Facts.reason("JHT", "JHT_RETIREMENT").evaluate(Optional.empty(), TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("no active membership"), result.reason().en());
    }
}

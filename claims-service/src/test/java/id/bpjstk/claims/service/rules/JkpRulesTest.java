package id.bpjstk.claims.service.rules;

import static id.bpjstk.claims.service.rules.Facts.day;
import static id.bpjstk.claims.service.rules.Facts.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * JKP (PP 37/2021): a wage earner who lost the job, with at least 12 contribution months in the 24
 * up to the job loss and the last 6 paid without a gap.
 */
class JkpRulesTest {

    private static final LocalDate TODAY = day(2026, 11, 21);
    private static final YearMonth LOSS = YearMonth.of(2026, 9);

    @Test
    void wageEarnerDismissedWithTwoYearsPaidIsEligible() {
        Eligibility result = member().employmentEnded(2026, 9, 30).paid(YearMonth.of(2024, 1), LOSS, 33)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY);

        assertEquals(Outcome.ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("24 contribution months in the 24 months"), result.reason().en());
        assertTrue(result.source().contains("PP 37/2021"), result.source());
    }

    @Test
    void stillEmployedMemberIsNotEligible() {
        Eligibility result = member().evaluate("JKP", "JKP_JOB_LOSS", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("still employed"), result.reason().en());
    }

    @Test
    void employmentEndingNextMonthIsNotYetAJobLoss() {
        assertFalse(member().employmentEnded(2026, 12, 15).evaluate("JKP", "JKP_JOB_LOSS", TODAY).eligible());
    }

    @Test
    void nonWageEarnerIsNotCovered() {
        Eligibility result = member().nonWageEarner().employmentEnded(2026, 9, 30)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("wage earners (PU) only"), result.reason().en());
    }

    @Test
    void exactlyTwelveMonthsUpToTheJobLossIsEnough() {
        assertTrue(member().employmentEnded(2026, 9, 30).paid(LOSS.minusMonths(11), LOSS, 12)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY).eligible());
    }

    @Test
    void elevenMonthsIsNotAndTheReasonCountsThem() {
        Eligibility result = member().employmentEnded(2026, 9, 30).paid(LOSS.minusMonths(10), LOSS, 11)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("at least 12 contribution months in the 24 months"), result.reason().en());
        assertTrue(result.reason().en().contains("the registry shows 11"), result.reason().en());
    }

    @Test
    void monthsBeforeTheTwentyFourMonthWindowDoNotCount() {
        // paid 2020-01 .. 2024-10: only 2024-10 falls in October 2024 - September 2026
        assertFalse(member().employmentEnded(2026, 9, 30).paid(YearMonth.of(2020, 1), YearMonth.of(2024, 10), 58)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY).eligible());
    }

    @Test
    void twelveMonthsButNoneInTheLastTwoBeforeTheJobLossFailsTheSixConsecutive() {
        Eligibility result = member().employmentEnded(2026, 9, 30).paid(LOSS.minusMonths(13), LOSS.minusMonths(2), 12)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("6 consecutive months"), result.reason().en());
    }

    @Test
    void sixConsecutiveMonthsUpToTheJobLossWithTwelveInTheWindowIsEnough() {
        assertTrue(member().employmentEnded(2026, 9, 30).paid(LOSS.minusMonths(23), LOSS, 24)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY).eligible());
    }

    @Test
    void aGapTheRegistryCannotPlaceCountsAgainstTheLastSixMonths() {
        // 23 of the 24 months paid: the one gap may be in the last six, so they are not proven
        assertFalse(member().employmentEnded(2026, 9, 30).paid(LOSS.minusMonths(23), LOSS, 23)
                .evaluate("JKP", "JKP_JOB_LOSS", TODAY).eligible());
    }
}

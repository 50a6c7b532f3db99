package id.bpjstk.claims.service.rules;

import static id.bpjstk.claims.service.rules.Facts.day;
import static id.bpjstk.claims.service.rules.Facts.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JP old-age pension (PP 45/2015): the pension age of the year (Pasal 15: 56, 57 from 2019, one
 * more every three years up to 65), a monthly pension from 180 JP months, a lump sum below that.
 */
class JpRulesTest {

    private static final LocalDate TODAY = day(2026, 11, 21);

    /** The schedule as the regulation states it, year by year; not computed. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2015, 56", "2016, 56", "2017, 56", "2018, 56",
        "2019, 57", "2020, 57", "2021, 57",
        "2022, 58", "2023, 58", "2024, 58",
        "2025, 59", "2026, 59", "2027, 59",
        "2028, 60", "2029, 60", "2030, 60",
        "2031, 61", "2032, 61", "2033, 61",
        "2034, 62", "2035, 62", "2036, 62",
        "2037, 63", "2038, 63", "2039, 63",
        "2040, 64", "2041, 64", "2042, 64",
        "2043, 65", "2044, 65", "2045, 65" })
    void pensionAgeOfEachYearFollowsPasal15(int year, int pensionAge) {
        assertEquals(pensionAge, schedule().ageIn(year));
        LocalDate midYear = day(year, 7, 1);
        // someone exactly that old on the day is eligible; a day younger is not
        assertTrue(member().born(year - pensionAge, 7, 1).evaluate("JP", "JP_OLD_AGE", midYear).eligible(),
                "age " + pensionAge + " in " + year);
        assertFalse(member().born(year - pensionAge, 7, 2).evaluate("JP", "JP_OLD_AGE", midYear).eligible(),
                "a day short of " + pensionAge + " in " + year);
    }

    @Test
    void pensionAgeStaysSixtyFiveAfter2045() {
        assertEquals(65, schedule().ageIn(2060));
        assertEquals(65, schedule().ageIn(2100));
    }

    @Test
    void madeIsToldPlainlyThatThePensionAgeIn2026IsFiftyNineWithTheLegalSource() {
        Eligibility result = member().born(1970, 3, 3).evaluate("JP", "JP_OLD_AGE", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("The JP pension age in 2026 is 59 (PP 45/2015 Pasal 15); you are 56."),
                result.reason().en());
        assertTrue(result.reason().id().contains("Usia pensiun JP pada tahun 2026 adalah 59 tahun"), result.reason().id());
        assertTrue(result.source().contains("PP 45/2015 Pasal 15"), result.source());
    }

    @Test
    void madeLearnsHeReachesThePensionAgeInMarch2030WhenItIsSixty() {
        Eligibility result = member().born(1970, 3, 3).evaluate("JP", "JP_OLD_AGE", TODAY);

        // 59 in March 2029, but the age is 60 from 2028: first met on his 60th birthday in 2030
        assertTrue(result.reason().en().contains("You reach the pension age on 3 March 2030, when it is 60."),
                result.reason().en());
        assertTrue(result.reason().id().contains("3 Maret 2030"), result.reason().id());
    }

    @Test
    void fiftyNineOnTheDayIn2026IsEligible() {
        assertTrue(member().born(1967, 11, 21).evaluate("JP", "JP_OLD_AGE", TODAY).eligible());
        assertFalse(member().born(1967, 11, 22).evaluate("JP", "JP_OLD_AGE", TODAY).eligible());
    }

    @Test
    void fiftyNineIsEnoughIn2027ButNotIn2028() {
        Facts born1968 = member().born(1968, 6, 1);

        assertTrue(born1968.evaluate("JP", "JP_OLD_AGE", day(2027, 6, 1)).eligible());
        // 59 again on 1 January 2028 (not yet 60): the age went up with the year
        assertFalse(member().born(1968, 12, 31).evaluate("JP", "JP_OLD_AGE", day(2028, 1, 1)).eligible());
    }

    @Test
    void oneHundredEightyJpMonthsGiveAMonthlyPension() {
        Eligibility result = member().born(1960, 1, 1).jpMonths(180).evaluate("JP", "JP_OLD_AGE", TODAY);

        assertEquals(Outcome.ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("monthly old-age pension"), result.reason().en());
    }

    @Test
    void oneHundredSeventyNineJpMonthsGiveALumpSumAndSaySo() {
        Eligibility result = member().born(1960, 1, 1).jpMonths(179).evaluate("JP", "JP_OLD_AGE", TODAY);

        assertEquals(Outcome.ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("lump sum"), result.reason().en());
        assertTrue(result.reason().en().contains("fewer than the 180"), result.reason().en());
        assertTrue(result.reason().id().contains("sekaligus"), result.reason().id());
    }

    @Test
    void nonWageEarnerHasNoJpWhateverTheAge() {
        Eligibility result = member().born(1950, 1, 1).nonWageEarner().evaluate("JP", "JP_OLD_AGE", TODAY);

        assertEquals(Outcome.NOT_ELIGIBLE, result.outcome());
        assertTrue(result.reason().en().contains("wage earners (PU) only"), result.reason().en());
    }

    private static PensionAgeSchedule schedule() {
        return new PensionAgeSchedule(56, 2018, 2019, 57, 3, 65);
    }
}

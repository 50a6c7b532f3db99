package id.bpjstk.claims.service.rules;

import static id.bpjstk.claims.service.rules.Facts.day;
import static id.bpjstk.claims.service.rules.Facts.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JKK and JKM (PP 44/2015): the registry cannot tell; the incident report decides. */
class JkkJkmRulesTest {

    private static final LocalDate TODAY = day(2026, 11, 21);

    @ParameterizedTest
    @CsvSource({ "JKK, JKK_WORK_ACCIDENT, 1990", "JKK, JKK_WORK_ACCIDENT, 1950", "JKM, JKM_DEATH, 1990",
        "JKM, JKM_DEATH, 2004" })
    void anyWageEarnerMayFileButNeedsAnIncidentReport(String type, String reason, int bornIn) {
        Eligibility result = member().born(bornIn, 6, 1).evaluate(type, reason, TODAY);

        assertEquals(Outcome.NEEDS_INCIDENT_REPORT, result.outcome());
        assertFalse(result.eligible());
        assertTrue(result.canFile());
        assertTrue(result.reason().en().startsWith("Needs an incident report"), result.reason().en());
        assertTrue(result.reason().id().startsWith("Memerlukan laporan kejadian"), result.reason().id());
        assertTrue(result.source().contains("PP 44/2015"), result.source());
    }

    @ParameterizedTest
    @CsvSource({ "JKK, JKK_WORK_ACCIDENT", "JKM, JKM_DEATH" })
    void nonWageEarnersAreCoveredToo(String type, String reason) {
        assertEquals(Outcome.NEEDS_INCIDENT_REPORT, member().nonWageEarner().evaluate(type, reason, TODAY).outcome());
    }

    @ParameterizedTest
    @CsvSource({ "JKK, JKK_WORK_ACCIDENT", "JKM, JKM_DEATH" })
    void memberTheRegistryDoesNotKnowCannotFile(String type, String reason) {
        assertFalse(Facts.reason(type, reason).evaluate(Optional.empty(), TODAY).canFile());
    }
}

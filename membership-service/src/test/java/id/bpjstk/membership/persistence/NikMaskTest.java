package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NikMaskTest {

    @Test
    void maskKeepsRegionCodeAndSerialAndHidesDistrictAndBirthDate() {
        assertEquals("3171********0001", NikMask.mask("3171015505900001"));
    }

    @Test
    void somethingThatIsNotASixteenDigitNikIsHiddenCompletely() {
        assertEquals("****************", NikMask.mask("317101550590"));
        assertEquals("****************", NikMask.mask(null));
    }

    @Test
    void constantTimeEqualsComparesWholeValuesAndRejectsNull() {
        assertTrue(NikMask.constantTimeEquals("3171015505900001", "3171015505900001"));
        assertFalse(NikMask.constantTimeEquals("3171015505900001", "3171015505900002"));
        assertFalse(NikMask.constantTimeEquals("3171015505900001", "317101550590000"));
        assertFalse(NikMask.constantTimeEquals("3171015505900001", null));
    }
}

package id.bpjstk.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NewClaimTest {

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertEquals(new NewClaim("JHT", "JHT_RETIREMENT", "BRI", "0123456789").fingerprint(),
                new NewClaim("JHT", "JHT_RETIREMENT", " BRI ", "0123456789").fingerprint());
    }

    @Test
    void anyDifferentFieldChangesTheFingerprint() {
        String base = new NewClaim("JHT", "JHT_RETIREMENT", "BRI", "0123456789").fingerprint();
        assertNotEquals(base, new NewClaim("JP", "JHT_RETIREMENT", "BRI", "0123456789").fingerprint());
        assertNotEquals(base, new NewClaim("JHT", "JHT_RESIGNATION", "BRI", "0123456789").fingerprint());
        assertNotEquals(base, new NewClaim("JHT", "JHT_RETIREMENT", "BNI", "0123456789").fingerprint());
        assertNotEquals(base, new NewClaim("JHT", "JHT_RETIREMENT", "BRI", "0123456780").fingerprint());
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertNotEquals(new NewClaim("JHT", "A", "BC", "123456").fingerprint(),
                new NewClaim("JHT", "AB", "C", "123456").fingerprint());
    }

    @Test
    void theAccountNumberIsMaskedWhenPrinted() {
        String printed = new NewClaim("JHT", "JHT_RETIREMENT", "BRI", "0123456789").toString();
        assertFalse(printed.contains("0123456789"), printed);
        assertEquals("******6789", Masks.bankAccount("0123456789"));
        assertEquals("****", Masks.bankAccount("12"));
    }
}

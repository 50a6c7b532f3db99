package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What of a member's NIK can leave the entity: a match or not, and the masked form. */
class MemberNikTest {

    @Test
    void maskKeepsRegionCodeAndSerialAndHidesDistrictAndBirthDate() {
        assertEquals("3171********0001", withNik("3171015505900001").maskedNik());
    }

    @Test
    void somethingThatIsNotASixteenDigitNikIsHiddenCompletely() {
        assertFalse(withNik("317101550590").maskedNik().chars().anyMatch(Character::isDigit));
        assertFalse(withNik(null).maskedNik().chars().anyMatch(Character::isDigit));
    }

    @Test
    void nikMatchesComparesWholeValuesAndRejectsNull() {
        Member member = withNik("3171015505900001");
        assertTrue(member.nikMatches("3171015505900001"));
        assertFalse(member.nikMatches("3171015505900002"));
        assertFalse(member.nikMatches("317101550590000"));
        assertFalse(member.nikMatches(null));
    }

    @Test
    void anUnknownMemberMatchesNoNik() {
        assertFalse(Member.nikMatchesNobody("3171015505900001"));
        assertFalse(Member.nikMatchesNobody("0000000000000000"));
        assertFalse(Member.nikMatchesNobody(null));
    }

    private static Member withNik(String nik) {
        return new Member("11000000017", nik, "Siti Rahmawati", LocalDate.of(1990, 5, 15), Sex.FEMALE,
                ParticipantCategory.PU, MemberStatus.ACTIVE, LocalDate.of(2015, 1, 1));
    }
}

package id.bpjstk.idp.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberAttributesTest {

    @Test
    void elevenDigitsIsAMembershipNumber() {
        assertThat(MemberAttributes.isMembershipNumber("11000000017")).isTrue();
    }

    @Test
    void tenOrTwelveDigitsIsNotAMembershipNumber() {
        assertThat(MemberAttributes.isMembershipNumber("1100000001")).isFalse();
        assertThat(MemberAttributes.isMembershipNumber("110000000170")).isFalse();
    }

    @Test
    void lettersWhitespaceAndNullAreNotAMembershipNumber() {
        assertThat(MemberAttributes.isMembershipNumber("1100000001A")).isFalse();
        assertThat(MemberAttributes.isMembershipNumber(" 11000000017")).isFalse();
        assertThat(MemberAttributes.isMembershipNumber("11000000017\n")).isFalse();
        assertThat(MemberAttributes.isMembershipNumber("")).isFalse();
        assertThat(MemberAttributes.isMembershipNumber(null)).isFalse();
    }

    @Test
    void nonAsciiDigitsAreNotAMembershipNumber() {
        // Arabic-Indic digits match \d only with UNICODE_CHARACTER_CLASS; they must not pass as a KPJ.
        assertThat(MemberAttributes.isMembershipNumber("١١٠٠٠٠٠٠٠١٧")).isFalse();
    }

    @Test
    void onlyPuAndBpuAreParticipantCategories() {
        assertThat(MemberAttributes.isParticipantCategory("PU")).isTrue();
        assertThat(MemberAttributes.isParticipantCategory("BPU")).isTrue();
        assertThat(MemberAttributes.isParticipantCategory("pu")).isFalse();
        assertThat(MemberAttributes.isParticipantCategory("JK")).isFalse();
        assertThat(MemberAttributes.isParticipantCategory(null)).isFalse();
    }
}

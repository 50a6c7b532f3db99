package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTest {

    @Test
    void equalTextsAreTheSame() {
        assertThat(ConstantTime.same("v1:abc", "v1:abc")).isTrue();
    }

    @Test
    void textsDifferingAnywhereOrInLengthAreNot() {
        assertThat(ConstantTime.same("abc", "abd")).isFalse();
        assertThat(ConstantTime.same("abc", "abcd")).isFalse();
    }

    @Test
    void aMissingTextIsNeverTheSameEvenAsAnotherMissingOne() {
        assertThat(ConstantTime.same(null, "x")).isFalse();
        assertThat(ConstantTime.same("x", null)).isFalse();
        assertThat(ConstantTime.same(null, null)).isFalse();
    }
}

package id.bpjstk.idp.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberAttributesTest {

    @Test
    void onlyPuAndBpuAreParticipantCategories() {
        assertThat(MemberAttributes.isParticipantCategory("PU")).isTrue();
        assertThat(MemberAttributes.isParticipantCategory("BPU")).isTrue();
        assertThat(MemberAttributes.isParticipantCategory("pu")).isFalse();
        assertThat(MemberAttributes.isParticipantCategory("JK")).isFalse();
        assertThat(MemberAttributes.isParticipantCategory(null)).isFalse();
    }
}

package id.bpjstk.idp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NikHashTest {

    private final NikHash hash = new NikHash("one key".getBytes(StandardCharsets.UTF_8));

    @Test
    void theHashIsVersionedAndHoldsNoDigitOfTheNik() {
        String kept = hash.of("3171015505900001");
        assertThat(kept).startsWith("v1:").doesNotContain("3171015505900001").doesNotContain("0001");
        assertThat(hash.of("3171015505900001")).isEqualTo(kept);
    }

    @Test
    void aStoredHashMatchesItsNikOnly() {
        String kept = hash.of("3171015505900001");
        assertThat(hash.matches(kept, "3171015505900001")).isTrue();
        assertThat(hash.matches(kept, "3171015505900002")).isFalse();
        assertThat(hash.matches(null, "3171015505900001")).isFalse();
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        NikHash other = new NikHash("another key".getBytes(StandardCharsets.UTF_8));
        assertThat(other.of("3171015505900001")).isNotEqualTo(hash.of("3171015505900001"));
        assertThat(hash.toString()).doesNotContain("one key");
    }
}

package id.bpjstk.idp.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeviceCookieTest {

    private static final byte[] KEY = "a realm key of sixty-four bytes, as HS512 keys are, for the test".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aNewValueHas256RandomBitsInUrlSafeCharacters() {
        SecureRandom random = new SecureRandom();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String value = DeviceCookie.newValue(random);
            assertThat(value).matches("[A-Za-z0-9_-]{43}");
            values.add(value);
        }
        assertThat(values).hasSize(100);
    }

    @Test
    void onlyAValueOfTheServersShapeIsACookieAtAll() {
        assertThat(DeviceCookie.isWellFormed("A".repeat(43))).isTrue();
        assertThat(DeviceCookie.isWellFormed("A".repeat(42))).isFalse();
        assertThat(DeviceCookie.isWellFormed("A".repeat(44))).isFalse();
        assertThat(DeviceCookie.isWellFormed("A".repeat(42) + "=")).isFalse();
        assertThat(DeviceCookie.isWellFormed("")).isFalse();
        assertThat(DeviceCookie.isWellFormed(null)).isFalse();
    }

    @Test
    void theHashIsKeyedAndBoundToTheAccountSoAccountsSharingABrowserHaveDifferentHashes() {
        String value = "B".repeat(43);
        String siti = DeviceCookie.hash(KEY, "user-siti", value);

        assertThat(siti).matches("[A-Za-z0-9_-]{43}").doesNotContain(value);
        assertThat(DeviceCookie.hash(KEY, "user-siti", value)).isEqualTo(siti);
        assertThat(DeviceCookie.hash(KEY, "user-made", value)).isNotEqualTo(siti);
        assertThat(DeviceCookie.hash("another key of sixty-four bytes for the very same test, not this".getBytes(StandardCharsets.US_ASCII),
                "user-siti", value)).isNotEqualTo(siti);
        assertThat(DeviceCookie.hash(KEY, "user-sit", "i" + value.substring(1))).as("parts never run together").isNotEqualTo(siti);
    }
}

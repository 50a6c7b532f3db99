package id.bpjstk.idp.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnownDevicesTest {

    private static String hash(int n) {
        return String.format("%043d", n).replace('0', 'A');
    }

    @Test
    void aValueIsTheHashAndTheLastUseAndMalformedOrRepeatedValuesAreDropped() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":100", "not a device", hash(2) + ":abc", hash(1) + ":50",
                "x".repeat(43) + ":1"));

        assertThat(known.entries()).containsExactly(hash(1) + ":100", "x".repeat(43) + ":1");
    }

    @Test
    void theAttributeIsOneValueWithTheBrowsersNewestFirstAndIsReadBackAsWritten() {
        KnownDevices known = KnownDevices.parse(List.of());
        known.add(hash(1), 100);
        known.add(hash(2), 200);

        assertThat(known.value()).isEqualTo(hash(2) + ":200," + hash(1) + ":100");
        assertThat(KnownDevices.parse(List.of(known.value())).entries()).isEqualTo(known.entries());
        assertThat(KnownDevices.parse(List.of()).value()).isEmpty();
    }

    @Test
    void noAttributeIsNoKnownBrowser() {
        assertThat(KnownDevices.parse(null).devices()).isEmpty();
        assertThat(KnownDevices.parse(List.of()).find(List.of(hash(1)))).isEmpty();
    }

    @Test
    void aBrowserIsFoundUnderAnyOfTheHashesOfItsCookie() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":100", hash(2) + ":200"));

        assertThat(known.find(List.of(hash(9), hash(2)))).hasValueSatisfying(device -> assertThat(device.hash()).isEqualTo(hash(2)));
        assertThat(known.find(List.of(hash(9)))).isEmpty();
    }

    @Test
    void theListKeepsTheTenUsedMostRecentlyAndANewBrowserPushesOutTheOneUsedLongestAgo() {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            values.add(hash(i) + ":" + (1000 + i));
        }
        KnownDevices known = KnownDevices.parse(values);

        known.add(hash(11), 5000);

        assertThat(known.devices()).hasSize(KnownDevices.MAX);
        assertThat(known.entries().get(0)).isEqualTo(hash(11) + ":5000");
        assertThat(known.find(List.of(hash(1)))).as("used longest ago").isEmpty();
        assertThat(known.find(List.of(hash(2)))).isPresent();
    }

    @Test
    void moreThanTenStoredValuesAreCutToTheTenNewest() {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            values.add(hash(i) + ":" + i);
        }

        assertThat(KnownDevices.parse(values).entries()).hasSize(10).first().isEqualTo(hash(12) + ":12");
    }

    @Test
    void aKnownBrowsersLastUseIsWrittenAgainOnlyAfterADay() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":1000"));
        KnownDevices.Device device = known.find(List.of(hash(1))).orElseThrow();

        assertThat(known.touch(device, hash(1), 1000 + KnownDevices.TOUCH_AFTER_SECONDS - 1)).isFalse();
        assertThat(known.entries()).containsExactly(hash(1) + ":1000");

        assertThat(known.touch(device, hash(1), 1000 + KnownDevices.TOUCH_AFTER_SECONDS)).isTrue();
        assertThat(known.entries()).containsExactly(hash(1) + ":" + (1000 + KnownDevices.TOUCH_AFTER_SECONDS));
    }

    @Test
    void aBrowserKnownUnderARotatedKeyMovesToTheActiveKeysHashAtOnce() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":1000", hash(2) + ":900"));
        KnownDevices.Device device = known.find(List.of(hash(1))).orElseThrow();

        assertThat(known.touch(device, hash(3), 1001)).isTrue();

        assertThat(known.entries()).containsExactly(hash(3) + ":1001", hash(2) + ":900");
    }

    @Test
    void aReportedBrowserIsForgotten() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":1000", hash(2) + ":900"));

        assertThat(known.remove(hash(2))).isTrue();
        assertThat(known.remove(hash(2))).isFalse();
        assertThat(known.entries()).containsExactly(hash(1) + ":1000");
    }

    @Test
    void addingAKnownBrowserAgainKeepsOneEntry() {
        KnownDevices known = KnownDevices.parse(List.of(hash(1) + ":1000"));

        known.add(hash(1), 2000);

        assertThat(known.entries()).containsExactly(hash(1) + ":2000");
    }
}

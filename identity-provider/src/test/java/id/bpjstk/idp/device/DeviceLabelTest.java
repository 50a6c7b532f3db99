package id.bpjstk.idp.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceLabelTest {

    @Test
    void aKnownBrowserAndSystemAreNamedWithoutVersions() {
        DeviceLabel label = DeviceLabel.of("Chrome Mobile/120.0.6099", "Android");

        assertThat(label).isEqualTo(new DeviceLabel("Chrome", "Android"));
        assertThat(label.messageKey()).isEqualTo(DeviceLabel.BROWSER_ON_OS);
        assertThat(label.parameters()).containsExactly("Chrome", "Android");
    }

    @Test
    void macOsAndWindowsVersionsGetTheNamesMembersKnow() {
        assertThat(DeviceLabel.of("Mobile Safari/17.1", "iOS")).isEqualTo(new DeviceLabel("Safari", "iOS"));
        assertThat(DeviceLabel.of("Firefox/121.0", "Mac OS X")).isEqualTo(new DeviceLabel("Firefox", "macOS"));
        assertThat(DeviceLabel.of("Edge/120.0", "Windows 10")).isEqualTo(new DeviceLabel("Edge", "Windows"));
        assertThat(DeviceLabel.of("HeadlessChrome/131.0", "Linux")).isEqualTo(new DeviceLabel("Chrome", "Linux"));
    }

    @Test
    void whatTheHeaderMadeUpNeverReachesAMessage() {
        DeviceLabel label = DeviceLabel.of("Hubungi 0800 untuk hadiah/1.0", "Telepon kami sekarang");

        assertThat(label).isEqualTo(new DeviceLabel(null, null));
        assertThat(label.messageKey()).isEqualTo(DeviceLabel.UNKNOWN);
        assertThat(label.parameters()).containsExactly("", "");
    }

    @Test
    void anUnknownBrowserOnAKnownSystemAndTheOtherWayRound() {
        assertThat(DeviceLabel.of("Other", "Windows").messageKey()).isEqualTo(DeviceLabel.OS);
        assertThat(DeviceLabel.of("Firefox/1", "Other").messageKey()).isEqualTo(DeviceLabel.BROWSER);
        assertThat(DeviceLabel.of(null, null).messageKey()).isEqualTo(DeviceLabel.UNKNOWN);
    }
}

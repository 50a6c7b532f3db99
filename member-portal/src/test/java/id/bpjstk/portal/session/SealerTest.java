package id.bpjstk.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SealerTest {

    private final Sealer sealer = new Sealer("a-session-secret-of-at-least-32-characters");

    @Test
    void whatIsSealedOpensUnderTheSameContextAndShowsNothingOfItself() {
        byte[] box = sealer.seal("refresh-token-value".getBytes(StandardCharsets.UTF_8), "portal-session");

        assertThat(new String(box, StandardCharsets.ISO_8859_1)).doesNotContain("refresh");
        assertThat(new String(sealer.open(box, "portal-session"), StandardCharsets.UTF_8)).isEqualTo("refresh-token-value");
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        byte[] plain = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(sealer.seal(plain, "c")).isNotEqualTo(sealer.seal(plain, "c"));
    }

    @Test
    void anAlteredBoxAnotherContextOrAnotherSecretIsRefused() {
        byte[] box = sealer.seal("form".getBytes(StandardCharsets.UTF_8), "portal-pending-form\0id\0sub");
        byte[] altered = box.clone();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.open(altered, "portal-pending-form\0id\0sub")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sealer.open(box, "portal-pending-form\0id\0someone-else")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sealer("another-session-secret-of-32-characters!").open(box, "portal-pending-form\0id\0sub"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sealer.open(new byte[5], "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingOrShortSecretStopsThePortalFromStarting() {
        assertThatThrownBy(() -> new Sealer("")).isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAL_SESSION_SECRET");
        assertThatThrownBy(() -> new Sealer(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Sealer("short-secret")).isInstanceOf(IllegalStateException.class);
    }
}

package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class OtpSettingsTest {

    @Test
    void defaultsAreTheSpecsLimits() {
        assertThat(OtpSettings.DEFAULTS).isEqualTo(new OtpSettings(300, 60, 5, 3));
    }

    @Test
    void aMissingConfigGivesTheDefaults() {
        assertThat(OtpSettings.from((AuthenticatorConfigModel) null)).isEqualTo(OtpSettings.DEFAULTS);
        assertThat(OtpSettings.from((Map<String, String>) null)).isEqualTo(OtpSettings.DEFAULTS);
    }

    @Test
    void configuredValuesOverrideAndMalformedOrNonPositiveOnesFallBack() {
        OtpSettings settings = OtpSettings.from(Map.of("code-ttl-seconds", "2", "resend-cooldown-seconds", "abc",
                "max-sends-per-hour", "0", "max-failures", " 4 "));

        assertThat(settings).isEqualTo(new OtpSettings(2, 60, 5, 4));
    }
}

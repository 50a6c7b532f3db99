package id.bpjstk.idp.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;

import id.bpjstk.idp.identity.IdentityCheckThrottle;
import id.bpjstk.idp.otp.OtpSettings;

class FlowSettingsTest {

    private static final List<ProviderConfigProperty> CODES = OtpSettings.CONFIG_PROPERTIES;
    private static final List<ProviderConfigProperty> CHECKS = IdentityCheckThrottle.Limits.CONFIG_PROPERTIES;

    @Test
    void theRealmsOwnValuesAndTheTestsShortenedOnesAreAccepted() {
        assertThat(FlowSettings.problem(CODES, Map.of("code-ttl-seconds", "300", "resend-cooldown-seconds", "60",
                "max-sends-per-hour", "5", "max-failures", "3"))).isEmpty();
        assertThat(FlowSettings.problem(CODES, Map.of("code-ttl-seconds", "1", "resend-cooldown-seconds", "1"))).isEmpty();
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-max-failures", "5", "kpj-block-hours", "24",
                "address-slow-after", "10", "address-max-failures-per-hour", "20"))).isEmpty();
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-max-failures", "2", "address-slow-after", "100",
                "address-max-failures-per-hour", "9"))).isEmpty();
    }

    @Test
    void zeroIsRefusedNotReplacedByTheDefault() {
        assertThat(FlowSettings.problem(CODES, Map.of("resend-cooldown-seconds", "0")))
                .contains(new FlowSettings.Problem("resend-cooldown-seconds", "resend-cooldown-seconds must be a whole number from 1 to 3600"));
    }

    @Test
    void negativeNumbersAndWordsAndFractionsAreRefusedWithTheSettingsName() {
        assertThat(FlowSettings.problem(CODES, Map.of("max-failures", "-1"))).get().extracting(FlowSettings.Problem::setting).isEqualTo("max-failures");
        assertThat(FlowSettings.problem(CODES, Map.of("max-sends-per-hour", "lima"))).get().extracting(FlowSettings.Problem::setting).isEqualTo("max-sends-per-hour");
        assertThat(FlowSettings.problem(CODES, Map.of("code-ttl-seconds", "1.5"))).get().extracting(FlowSettings.Problem::setting).isEqualTo("code-ttl-seconds");
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-block-hours", "x"))).get().extracting(FlowSettings.Problem::setting).isEqualTo("kpj-block-hours");
        assertThat(FlowSettings.problem(CHECKS, Map.of("address-slow-after", "-5"))).get().extracting(FlowSettings.Problem::setting).isEqualTo("address-slow-after");
    }

    @Test
    void valuesAboveTheRangeAreRefused() {
        assertThat(FlowSettings.problem(CODES, Map.of("code-ttl-seconds", "601"))).isPresent();
        assertThat(FlowSettings.problem(CODES, Map.of("resend-cooldown-seconds", "3601"))).isPresent();
        assertThat(FlowSettings.problem(CODES, Map.of("max-sends-per-hour", "21"))).isPresent();
        assertThat(FlowSettings.problem(CODES, Map.of("max-failures", "11"))).isPresent();
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-max-failures", "21"))).isPresent();
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-block-hours", "169"))).isPresent();
        assertThat(FlowSettings.problem(CHECKS, Map.of("address-max-failures-per-hour", "1001"))).isPresent();
        assertThat(FlowSettings.problem(CHECKS, Map.of("address-max-failures-per-hour", "99999999999999999999"))).isPresent();
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThat(FlowSettings.problem(CODES, Map.of("code-ttl-seconds", "600", "resend-cooldown-seconds", "3600",
                "max-sends-per-hour", "20", "max-failures", "10"))).isEmpty();
        assertThat(FlowSettings.problem(CHECKS, Map.of("kpj-max-failures", "20", "kpj-block-hours", "168",
                "address-slow-after", "1000", "address-max-failures-per-hour", "1"))).isEmpty();
    }

    @Test
    void aMissingOrEmptySettingTakesItsDefault() {
        assertThat(FlowSettings.problem(CODES, Map.of("resend-cooldown-seconds", ""))).isEmpty();
        assertThat(FlowSettings.problem(CODES, Map.of())).isEmpty();
        assertThat(OtpSettings.from(Map.of())).isEqualTo(OtpSettings.DEFAULTS);
    }

    @Test
    void aRequiredActionsConfigOutOfRangeIsAValidationErrorNamingTheSetting() {
        RequiredActionConfigModel config = new RequiredActionConfigModel();
        config.setConfig(Map.of("max-failures", "0"));

        assertThatThrownBy(() -> FlowSettings.refuseOutOfRange(null, null, config, CODES))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getErrors().get(0).getAttribute()).isEqualTo("max-failures"));
    }

    @Test
    void everyDefaultLiesInItsRange() {
        for (ProviderConfigProperty property : List.of(CODES, CHECKS).stream().flatMap(List::stream).toList()) {
            NumberSetting setting = (NumberSetting) property;
            assertThat(setting.defaultNumber()).as(setting.getName()).isBetween(setting.min(), setting.max());
            assertThat(setting.getHelpText()).as(setting.getName()).contains("from " + setting.min() + " to " + setting.max());
        }
    }
}

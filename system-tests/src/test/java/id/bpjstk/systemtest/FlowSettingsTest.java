package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;

/** Flow settings out of their range are refused by the admin API when saved, naming the setting; the old values stay. */
@ExtendWith(StackExtension.class)
class FlowSettingsTest {

    @Test
    void aZeroCooldownIsRefusedNamingTheSettingAndTheSavedValuesStay(Stack stack) {
        FlowConfig settings = FlowConfig.smsCode(stack);
        Map<String, String> before = settings.current();

        Api.Response refused = settings.put(settings.with(Map.of("resend-cooldown-seconds", "0")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("resend-cooldown-seconds");
        assertThat(refused.json().path("errorMessage").asText()).contains("resend-cooldown-seconds", "1 to 3600");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void negativeNumbersAndWordsAreRefusedToo(Stack stack) {
        FlowConfig settings = FlowConfig.smsCode(stack);
        Map<String, String> before = settings.current();

        Api.Response negative = settings.put(settings.with(Map.of("max-failures", "-1")));
        Api.Response word = settings.put(settings.with(Map.of("code-ttl-seconds", "lima menit")));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("field").asText()).isEqualTo("max-failures");
        assertThat(word.status()).isEqualTo(400);
        assertThat(word.json().path("field").asText()).isEqualTo("code-ttl-seconds");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void theIdentityCheckThrottleRefusesAZeroLimitOfFailures(Stack stack) {
        FlowConfig checks = FlowConfig.registrationChecks(stack);
        Map<String, String> before = checks.current();

        Api.Response refused = checks.put(checks.with(Map.of("kpj-max-failures", "0")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("kpj-max-failures");
        assertThat(checks.current()).isEqualTo(before);
    }

    @Test
    void aValueInRangeIsSavedAsBefore(Stack stack) {
        FlowConfig settings = FlowConfig.smsCode(stack);
        Map<String, String> before = settings.current();
        try {
            Api.Response saved = settings.put(settings.with(Map.of("max-sends-per-hour", "6")));

            assertThat(saved.status()).isEqualTo(204);
            assertThat(settings.current()).containsEntry("max-sends-per-hour", "6");
        } finally {
            settings.set(before);
        }
    }
}

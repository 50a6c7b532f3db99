package id.bpjstk.idp.otp;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Limits of the one-time codes, with their defaults: valid 5 minutes, resent after 60 s at the earliest, 5 codes an
 * hour, 3 wrong entries per login; per account, 10 wrong codes of any kind and 10 wrong recovery codes in 24 hours
 * before code entry (or recovery) is refused for 24 hours. An authenticator execution may override them in its
 * configuration (tests shorten the validity and the cooldown, and lower the daily caps); missing or malformed values
 * fall back to the defaults.
 */
public record OtpSettings(int codeTtlSeconds, int resendCooldownSeconds, int maxSendsPerHour, int maxFailures,
        int maxWrongCodesPerDay, int maxWrongResetCodesPerDay) {

    public static final String CODE_TTL_SECONDS = "code-ttl-seconds";
    public static final String RESEND_COOLDOWN_SECONDS = "resend-cooldown-seconds";
    public static final String MAX_SENDS_PER_HOUR = "max-sends-per-hour";
    public static final String MAX_FAILURES = "max-failures";
    public static final String MAX_WRONG_CODES_PER_DAY = "max-wrong-codes-per-day";
    public static final String MAX_WRONG_RESET_CODES_PER_DAY = "max-wrong-reset-codes-per-day";

    static final int DEFAULT_WRONG_CODES_PER_DAY = 10;
    static final int DEFAULT_WRONG_RESET_CODES_PER_DAY = 10;

    public static final OtpSettings DEFAULTS = new OtpSettings(300, 60, 5, 3);

    /** The per-login limits, with the daily caps per account at their defaults. */
    public OtpSettings(int codeTtlSeconds, int resendCooldownSeconds, int maxSendsPerHour, int maxFailures) {
        this(codeTtlSeconds, resendCooldownSeconds, maxSendsPerHour, maxFailures, DEFAULT_WRONG_CODES_PER_DAY,
                DEFAULT_WRONG_RESET_CODES_PER_DAY);
    }

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(CODE_TTL_SECONDS).label("Code validity (seconds)")
            .helpText("How long a code may be used after it is sent.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULTS.codeTtlSeconds())).add()
            .property().name(RESEND_COOLDOWN_SECONDS).label("Resend cooldown (seconds)")
            .helpText("How long a member waits before another code may be sent.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULTS.resendCooldownSeconds())).add()
            .property().name(MAX_SENDS_PER_HOUR).label("Codes per hour")
            .helpText("Most codes sent in any hour, per account and per phone number, across the cluster.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULTS.maxSendsPerHour())).add()
            .property().name(MAX_FAILURES).label("Wrong entries per login")
            .helpText("Wrong entries after which the code is dead and the member signs in again.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULTS.maxFailures())).add()
            .property().name(MAX_WRONG_CODES_PER_DAY).label("Wrong codes per account in 24 hours")
            .helpText("Wrong codes of any kind (sign-in, step-up, phone, recovery) in 24 hours after which the account's "
                    + "code entry is refused for 24 hours. A password sign-in does not reset the count; a right code, a "
                    + "completed recovery or an operator's unlock does.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT_WRONG_CODES_PER_DAY)).add()
            .property().name(MAX_WRONG_RESET_CODES_PER_DAY).label("Wrong recovery codes per account in 24 hours")
            .helpText("Wrong codes of \"Lupa kata sandi\" in 24 hours after which recovery of the account is refused for "
                    + "24 hours. Time, a completed recovery or an operator's unlock resets it.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT_WRONG_RESET_CODES_PER_DAY)).add()
            .build();

    public static OtpSettings from(AuthenticatorConfigModel config) {
        return from(config == null ? null : config.getConfig());
    }

    public static OtpSettings from(Map<String, String> values) {
        if (values == null) {
            return DEFAULTS;
        }
        return new OtpSettings(
                positive(values.get(CODE_TTL_SECONDS), DEFAULTS.codeTtlSeconds()),
                positive(values.get(RESEND_COOLDOWN_SECONDS), DEFAULTS.resendCooldownSeconds()),
                positive(values.get(MAX_SENDS_PER_HOUR), DEFAULTS.maxSendsPerHour()),
                positive(values.get(MAX_FAILURES), DEFAULTS.maxFailures()),
                positive(values.get(MAX_WRONG_CODES_PER_DAY), DEFAULTS.maxWrongCodesPerDay()),
                positive(values.get(MAX_WRONG_RESET_CODES_PER_DAY), DEFAULTS.maxWrongResetCodesPerDay()));
    }

    private static int positive(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

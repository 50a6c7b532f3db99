package id.bpjstk.idp.otp;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.settings.NumberSetting;

/**
 * Limits of the one-time codes, with their defaults: valid 5 minutes, resent after 60 s at the earliest, 5 codes an
 * hour, 3 wrong entries per login; per account, 10 wrong codes of any kind and 10 wrong recovery codes in 24 hours
 * before code entry (or recovery) is refused for 24 hours. An authenticator execution may override them in its
 * configuration (tests shorten the validity and the cooldown, and lower the daily caps). Values out of range are
 * refused when saved ({@link NumberSetting}); a missing one, or an out-of-range one that got in another way (an old
 * realm import), is read as the default.
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

    /**
     * The settings with their ranges. Codes live at most 10 minutes (NIST SP 800-63B rev 4 §3.1.3.1 asks no more for
     * out-of-band codes); a cooldown of up to an hour; at most 20 codes an hour; 1 to 10 wrong entries a code, so the
     * realm's lockout (5 failures) stays the real limit; at most 100 wrong codes a day per account. Tests shorten
     * validity and cooldown to 1 s and lower the daily caps.
     */
    public static final NumberSetting CODE_TTL = new NumberSetting(CODE_TTL_SECONDS, "Code validity (seconds)",
            "How long a code may be used after it is sent.", DEFAULTS.codeTtlSeconds(), 1, 600);
    public static final NumberSetting RESEND_COOLDOWN = new NumberSetting(RESEND_COOLDOWN_SECONDS, "Resend cooldown (seconds)",
            "How long a member waits before another code may be sent.", DEFAULTS.resendCooldownSeconds(), 1, 3600);
    public static final NumberSetting SENDS_PER_HOUR = new NumberSetting(MAX_SENDS_PER_HOUR, "Codes per hour",
            "Most codes sent in any hour, per account and per phone number, across the cluster.", DEFAULTS.maxSendsPerHour(), 1, 20);
    public static final NumberSetting FAILURES = new NumberSetting(MAX_FAILURES, "Wrong entries per login",
            "Wrong entries after which the code is dead and the member signs in again.", DEFAULTS.maxFailures(), 1, 10);
    public static final NumberSetting WRONG_CODES_PER_DAY = new NumberSetting(MAX_WRONG_CODES_PER_DAY,
            "Wrong codes per account in 24 hours",
            "Wrong codes of any kind (sign-in, step-up, phone, recovery) in 24 hours after which the account's code entry "
                    + "is refused for 24 hours. A password sign-in does not reset the count; a right code, a completed "
                    + "recovery or an operator's unlock does.", DEFAULT_WRONG_CODES_PER_DAY, 1, 100);
    public static final NumberSetting WRONG_RESET_CODES_PER_DAY = new NumberSetting(MAX_WRONG_RESET_CODES_PER_DAY,
            "Wrong recovery codes per account in 24 hours",
            "Wrong codes of \"Lupa kata sandi\" in 24 hours after which recovery of the account is refused for 24 hours. "
                    + "Time, a completed recovery or an operator's unlock resets it.", DEFAULT_WRONG_RESET_CODES_PER_DAY, 1, 100);

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = List.of(CODE_TTL, RESEND_COOLDOWN, SENDS_PER_HOUR,
            FAILURES, WRONG_CODES_PER_DAY, WRONG_RESET_CODES_PER_DAY);

    public static OtpSettings from(AuthenticatorConfigModel config) {
        return from(config == null ? null : config.getConfig());
    }

    public static OtpSettings from(Map<String, String> values) {
        if (values == null) {
            return DEFAULTS;
        }
        return new OtpSettings(CODE_TTL.read(values), RESEND_COOLDOWN.read(values), SENDS_PER_HOUR.read(values),
                FAILURES.read(values), WRONG_CODES_PER_DAY.read(values), WRONG_RESET_CODES_PER_DAY.read(values));
    }
}

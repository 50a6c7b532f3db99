package id.bpjstk.idp.settings;

import java.util.Map;
import java.util.Optional;

import org.keycloak.provider.ProviderConfigProperty;

/**
 * A flow setting that is a whole number within a range: its entry in a provider's configuration list (what the admin
 * console shows) and the one place its range is known. A value outside the range is refused when it is saved
 * ({@link FlowSettings#problem}); one that still reaches a login (an old realm import) is read as the default.
 */
public final class NumberSetting extends ProviderConfigProperty {

    private final int min;
    private final int max;
    private final int defaultNumber;

    public NumberSetting(String name, String label, String helpText, int defaultValue, int min, int max) {
        super(name, label, helpText + " A whole number from " + min + " to " + max + ".", STRING_TYPE, String.valueOf(defaultValue));
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        this.defaultNumber = defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int defaultNumber() {
        return defaultNumber;
    }

    /** What is wrong with a value typed for this setting; empty when it is fine or absent (the default then applies). */
    public Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number >= min && number <= max) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // told below
        }
        return Optional.of(getName() + " must be a whole number from " + min + " to " + max);
    }

    /** The setting's value in a configuration: the default when it is absent or not a valid value. */
    public int read(Map<String, String> values) {
        String value = values == null ? null : values.get(getName());
        if (value == null || value.isBlank() || problem(value).isPresent()) {
            return defaultNumber;
        }
        return Integer.parseInt(value.trim());
    }
}

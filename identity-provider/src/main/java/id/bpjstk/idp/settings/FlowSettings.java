package id.bpjstk.idp.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/** Checks a configuration against the ranges of a provider's {@link NumberSetting}s. */
public final class FlowSettings {

    /** A refused setting: its name and what is wrong. */
    public record Problem(String setting, String message) {
    }

    private FlowSettings() {
    }

    /** The first setting of the list whose value in {@code values} is out of its range. */
    public static Optional<Problem> problem(List<ProviderConfigProperty> properties, Map<String, String> values) {
        if (properties == null || values == null) {
            return Optional.empty();
        }
        for (ProviderConfigProperty property : properties) {
            if (property instanceof NumberSetting setting) {
                Optional<String> message = setting.problem(values.get(setting.getName()));
                if (message.isPresent()) {
                    return Optional.of(new Problem(setting.getName(), message.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a required action's {@code validateConfig}: Keycloak's admin API answers the exception with 400 and the
     * setting's name.
     */
    public static void refuseOutOfRange(KeycloakSession session, RealmModel realm, RequiredActionConfigModel config,
            List<ProviderConfigProperty> properties) {
        problem(properties, config == null ? null : config.getConfig()).ifPresent(problem -> {
            throw new ValidationException(new ValidationError("bpjstk-flow-settings", problem.setting(), problem.message()));
        });
    }
}

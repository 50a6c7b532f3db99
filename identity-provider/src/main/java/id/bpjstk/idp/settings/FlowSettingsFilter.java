package id.bpjstk.idp.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.ConfigurableAuthenticatorFactory;
import org.keycloak.authentication.FormAction;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.utils.KeycloakSessionUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses an authenticator or form-action configuration with a setting out of its range before Keycloak's admin API
 * saves it: {@code PUT /admin/realms/{realm}/authentication/config/{id}} and
 * {@code POST /admin/realms/{realm}/authentication/executions/{id}/config} answer 400 with
 * {@code {"field": <setting>, "errorMessage": ...}}, and the stored configuration stays as it was. Keycloak 26.7 asks
 * required actions to validate their configuration ({@code RequiredActionFactory.validateConfig}) but has no such
 * hook for authenticators and form actions, hence this filter. It judges only the providers whose configuration list
 * holds {@link NumberSetting}s; everything else passes untouched, and the admin API still checks the caller's rights.
 */
@Provider
public class FlowSettingsFilter implements ContainerRequestFilter {

    private static final Pattern SAVED_CONFIG = Pattern.compile("^/?admin/realms/([^/]+)/authentication/config/([^/]+)/?$");
    private static final Pattern NEW_CONFIG = Pattern.compile("^/?admin/realms/([^/]+)/authentication/executions/([^/]+)/config/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        Matcher saved = SAVED_CONFIG.matcher(path);
        Matcher created = NEW_CONFIG.matcher(path);
        boolean isSave = "PUT".equals(request.getMethod()) && saved.matches();
        boolean isCreate = "POST".equals(request.getMethod()) && created.matches();
        if (!isSave && !isCreate) {
            return;
        }
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        if (session == null) {
            return;
        }
        Matcher match = isSave ? saved : created;
        RealmModel realm = session.realms().getRealmByName(match.group(1));
        if (realm == null) {
            return;
        }
        Optional<ConfigurableAuthenticatorFactory> factory = (isSave ? executionUsingConfig(realm, match.group(2))
                : Optional.ofNullable(realm.getAuthenticationExecutionById(match.group(2))))
                .flatMap(execution -> factoryOf(session, execution.getAuthenticator()));
        if (factory.isEmpty()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Map<String, String> values = configOf(body);
        FlowSettings.problem(factory.get().getConfigProperties(), values).ifPresent(problem -> request.abortWith(
                Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("field", problem.setting(), "errorMessage", problem.message())).build()));
    }

    private static Optional<AuthenticationExecutionModel> executionUsingConfig(RealmModel realm, String configId) {
        return realm.getAuthenticationFlowsStream()
                .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
                .filter(execution -> configId.equals(execution.getAuthenticatorConfig()))
                .findFirst();
    }

    private static Optional<ConfigurableAuthenticatorFactory> factoryOf(KeycloakSession session, String providerId) {
        if (providerId == null) {
            return Optional.empty();
        }
        ProviderFactory<?> factory = session.getKeycloakSessionFactory().getProviderFactory(Authenticator.class, providerId);
        if (factory == null) {
            factory = session.getKeycloakSessionFactory().getProviderFactory(FormAction.class, providerId);
        }
        return factory instanceof ConfigurableAuthenticatorFactory configurable ? Optional.of(configurable) : Optional.empty();
    }

    /** The {@code config} map of an authenticator configuration's JSON; empty when it has none or is no JSON. */
    static Map<String, String> configOf(byte[] body) {
        Map<String, String> values = new HashMap<>();
        try {
            JsonNode config = JSON.readTree(body).path("config");
            config.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
        } catch (IOException | RuntimeException e) {
            // not ours to judge: the admin API answers malformed bodies itself
        }
        return values;
    }
}

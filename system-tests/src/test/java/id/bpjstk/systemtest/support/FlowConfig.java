package id.bpjstk.systemtest.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration of one step of one of the realm's flows (admin console → Authentication), read, changed for a
 * test (a one-second cooldown, tighter throttle limits) and put back.
 */
public final class FlowConfig {

    /** The SMS code step's limits ("bpjstk sms code"). */
    public static FlowConfig smsCode(Stack stack) {
        return new FlowConfig(stack, "bpjstk second factor", "bpjstk-sms-otp");
    }

    /** The SSO-cookie step's settings ("bpjstk sign-in changes"): how recent level 2 must be for a sign-in change. */
    public static FlowConfig signInChanges(Stack stack) {
        return new FlowConfig(stack, "bpjstk browser", "bpjstk-two-step-cookie");
    }

    /** The registration check's settings ("bpjstk registration checks"). */
    public static FlowConfig registrationChecks(Stack stack) {
        return new FlowConfig(stack, "bpjstk registration form", "bpjstk-member-registration");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Admin admin;
    private final String flow;
    private final String provider;

    private FlowConfig(Stack stack, String flow, String provider) {
        this.admin = new Admin(stack);
        this.flow = flow;
        this.provider = provider;
    }

    public Map<String, String> current() {
        Map<String, String> values = new HashMap<>();
        admin.get("/authentication/config/" + configId()).json().path("config").fields()
                .forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    public void set(Map<String, String> values) {
        Api.Response response = put(values);
        if (response.status() != 204) {
            throw new AssertionError("could not change the configuration of " + provider + ": " + response.status());
        }
    }

    /** Saves the values through the admin API ({@code PUT /authentication/config/{id}}) and returns its answer. */
    public Api.Response put(Map<String, String> values) {
        String id = configId();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = JSON.convertValue(admin.get("/authentication/config/" + id).json(), Map.class);
        config.put("config", values);
        return admin.put("/authentication/config/" + id, config);
    }

    /** The current values with some changed: to pass to {@link #set}. */
    public Map<String, String> with(Map<String, String> changes) {
        Map<String, String> values = current();
        values.putAll(changes);
        return values;
    }

    /** The id of the configuration, as the admin API names it ({@code /authentication/config/{id}}). */
    public String id() {
        return configId();
    }

    private String configId() {
        String path = URLEncoder.encode(flow, StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : admin.get("/authentication/flows/" + path + "/executions").json()) {
            if (provider.equals(execution.path("providerId").asText())) {
                return execution.path("authenticationConfig").asText();
            }
        }
        throw new AssertionError("no " + provider + " step in the flow '" + flow + "'");
    }
}

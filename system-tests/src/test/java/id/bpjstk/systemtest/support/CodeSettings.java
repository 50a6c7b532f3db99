package id.bpjstk.systemtest.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SMS code authenticator's limits as configured in the realm's flow ("bpjstk sms code"): read, changed for a test
 * (a one-second validity instead of five minutes) and put back.
 */
public final class CodeSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Admin admin;

    public CodeSettings(Stack stack) {
        this.admin = new Admin(stack);
    }

    public Map<String, String> current() {
        JsonNode config = admin.get("/authentication/config/" + configId()).json().path("config");
        Map<String, String> values = new HashMap<>();
        config.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    public void set(Map<String, String> values) {
        String id = configId();
        Map<String, Object> config = JSON.convertValue(admin.get("/authentication/config/" + id).json(), Map.class);
        config.put("config", values);
        Api.Response response = admin.put("/authentication/config/" + id, config);
        if (response.status() != 204) {
            throw new AssertionError("could not change the code settings: " + response.status());
        }
    }

    private String configId() {
        String flow = URLEncoder.encode("bpjstk second factor", StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : admin.get("/authentication/flows/" + flow + "/executions").json()) {
            if ("bpjstk-sms-otp".equals(execution.path("providerId").asText())) {
                return execution.path("authenticationConfig").asText();
            }
        }
        throw new AssertionError("no bpjstk-sms-otp execution in the flow 'bpjstk second factor'");
    }
}

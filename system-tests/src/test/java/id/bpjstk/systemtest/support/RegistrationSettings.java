package id.bpjstk.systemtest.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The registration check's configuration in the realm's flow ("bpjstk registration checks"), changed for a test. */
public final class RegistrationSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Admin admin;

    public RegistrationSettings(Stack stack) {
        this.admin = new Admin(stack);
    }

    public Map<String, String> current() {
        Map<String, String> values = new HashMap<>();
        admin.get("/authentication/config/" + configId()).json().path("config").fields()
                .forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    public void set(Map<String, String> values) {
        String id = configId();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = JSON.convertValue(admin.get("/authentication/config/" + id).json(), Map.class);
        config.put("config", values);
        Api.Response response = admin.put("/authentication/config/" + id, config);
        if (response.status() != 204) {
            throw new AssertionError("could not change the registration settings: " + response.status());
        }
    }

    private String configId() {
        String flow = URLEncoder.encode("bpjstk registration form", StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : admin.get("/authentication/flows/" + flow + "/executions").json()) {
            if ("bpjstk-member-registration".equals(execution.path("providerId").asText())) {
                return execution.path("authenticationConfig").asText();
            }
        }
        throw new AssertionError("no bpjstk-member-registration execution in 'bpjstk registration form'");
    }
}

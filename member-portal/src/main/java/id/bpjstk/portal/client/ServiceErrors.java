package id.bpjstk.portal.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an error answer of membership-service or claims-service into a {@link ServiceException}. */
final class ServiceErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceErrors() {
    }

    static ServiceException read(String service, Response response) {
        String challenge = response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        boolean stepUp = response.getStatus() == 403 && challenge != null
                && challenge.contains("error=\"insufficient_user_authentication\"");
        String code = "unknown";
        String message = null;
        List<ServiceException.Violation> violations = new ArrayList<>();
        try {
            if (response.hasEntity()) {
                JsonNode body = JSON.readTree(response.readEntity(String.class));
                code = body.path("code").asText("unknown");
                message = body.path("message").isTextual() ? body.get("message").asText() : null;
                for (JsonNode violation : body.path("violations")) {
                    violations.add(new ServiceException.Violation(violation.path("field").asText(""),
                            violation.path("message").asText("")));
                }
            }
        } catch (RuntimeException | java.io.IOException e) {
            // not our JSON error body (a proxy's page, say): the status alone tells
        }
        return new ServiceException(service, response.getStatus(), code, message, violations, stepUp);
    }
}

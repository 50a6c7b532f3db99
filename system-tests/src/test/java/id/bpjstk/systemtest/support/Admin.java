package id.bpjstk.systemtest.support;

import java.util.Map;

/** Keycloak's admin REST API, as the bootstrap administrator of the test run. */
public final class Admin {

    private final Stack stack;
    private final Api api;

    public Admin(Stack stack) {
        this.stack = stack;
        this.api = new Api(stack.keycloakUrl());
    }

    java.net.URI keycloakUrl() {
        return stack.keycloakUrl();
    }

    public String token() {
        Oidc.TokenResponse response = new Oidc(stack).tokenRequest(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", stack.adminPassword()));
        if (response.status() != 200) {
            throw new AssertionError("admin sign-in failed: " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    public Api.Response get(String path) {
        return api.get("/admin/realms/" + Stack.REALM + path, token());
    }

    public Api.Response post(String path, Object body) {
        return api.post("/admin/realms/" + Stack.REALM + path, token(), body);
    }

    public Api.Response put(String path, Object body) {
        return api.put("/admin/realms/" + Stack.REALM + path, token(), body);
    }

    public Api.Response delete(String path) {
        return api.delete("/admin/realms/" + Stack.REALM + path, token());
    }

    public Api.Response delete(String path, Object body) {
        return api.delete("/admin/realms/" + Stack.REALM + path, token(), body);
    }
}

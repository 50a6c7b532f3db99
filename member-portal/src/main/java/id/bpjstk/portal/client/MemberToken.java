package id.bpjstk.portal.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;

/**
 * The signed-in member's access token as the {@code Authorization} header the services take. It stays on the server:
 * the portal hands it to membership-service and claims-service and to Keycloak's account API, never to the browser.
 */
@RequestScoped
public class MemberToken {

    @Inject
    AccessTokenCredential accessToken;

    public String bearer() {
        return "Bearer " + accessToken.getToken();
    }
}

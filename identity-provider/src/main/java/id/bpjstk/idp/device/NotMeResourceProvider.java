package id.bpjstk.idp.device;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

final class NotMeResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    NotMeResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new NotMeResource(session);
    }

    @Override
    public void close() {
    }
}

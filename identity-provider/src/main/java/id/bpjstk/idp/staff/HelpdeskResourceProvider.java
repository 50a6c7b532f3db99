package id.bpjstk.idp.staff;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** The help desk's endpoints under {@code /realms/{realm}/helpdesk}. */
public class HelpdeskResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    HelpdeskResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new HelpdeskResource(session);
    }

    @Override
    public void close() {
    }
}

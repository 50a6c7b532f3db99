package id.bpjstk.idp.staff;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Realm resource {@code helpdesk}: {@code /realms/{realm}/helpdesk/users/{id}/unlock}. */
public class HelpdeskResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "helpdesk";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new HelpdeskResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}

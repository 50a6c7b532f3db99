package id.bpjstk.idp.device;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** The "this wasn't me" endpoint, {@code /realms/{realm}/bpjstk-not-me/{key}} ({@link NotMeResource}). */
public class NotMeResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "bpjstk-not-me";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new NotMeResourceProvider(session);
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

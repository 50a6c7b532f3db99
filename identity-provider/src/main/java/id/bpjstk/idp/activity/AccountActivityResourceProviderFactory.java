package id.bpjstk.idp.activity;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Realm resource {@code bpjstk-account}: {@code /realms/{realm}/bpjstk-account/activity} ({@link AccountActivityResource}). */
public class AccountActivityResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "bpjstk-account";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new AccountActivityResourceProvider(session);
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

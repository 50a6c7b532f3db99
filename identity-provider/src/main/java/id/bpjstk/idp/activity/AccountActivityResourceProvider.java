package id.bpjstk.idp.activity;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** The member's own endpoints under {@code /realms/{realm}/bpjstk-account}. */
public class AccountActivityResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    AccountActivityResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new AccountActivityResource(session);
    }

    @Override
    public void close() {
    }
}

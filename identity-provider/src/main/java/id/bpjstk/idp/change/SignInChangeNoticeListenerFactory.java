package id.bpjstk.idp.change;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import id.bpjstk.idp.messaging.AfterCommit;

/**
 * Event listener {@code bpjstk-sign-in-change-notices}: add it to the realm's event listeners to tell members of
 * every change of how they sign in or are reached.
 */
public class SignInChangeNoticeListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "bpjstk-sign-in-change-notices";

    private KeycloakSessionFactory factory;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SignInChangeNoticeListener(session,
                () -> session.getProvider(ExecutorsProvider.class).getExecutor(AfterCommit.EXECUTOR), factory);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}

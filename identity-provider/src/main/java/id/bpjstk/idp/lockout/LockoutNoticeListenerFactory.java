package id.bpjstk.idp.lockout;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import id.bpjstk.idp.messaging.AfterCommit;

/** Event listener {@code bpjstk-lockout-notices}: add it to the realm's event listeners to tell members of lockouts. */
public class LockoutNoticeListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "bpjstk-lockout-notices";

    private LockoutNotices notices;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LockoutNoticeListener(session, () -> session.getProvider(ExecutorsProvider.class).getExecutor(AfterCommit.EXECUTOR), notices);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        notices = new LockoutNotices(factory);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}

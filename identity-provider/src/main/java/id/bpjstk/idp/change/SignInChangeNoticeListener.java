package id.bpjstk.idp.change;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import id.bpjstk.idp.messaging.AfterCommit;

/**
 * Tells a member of every change of how she signs in or is reached ({@link SignInChangeNotice}), by SMS and email,
 * once the change has committed and on a thread of its own.
 */
final class SignInChangeNoticeListener implements EventListenerProvider {

    private final KeycloakSession session;
    private final Supplier<Executor> executor;
    private final KeycloakSessionFactory factory;

    SignInChangeNoticeListener(KeycloakSession session, Supplier<Executor> executor, KeycloakSessionFactory factory) {
        this.session = session;
        this.executor = executor;
        this.factory = factory;
    }

    @Override
    public void onEvent(Event event) {
        SignInChangeNotice.of(event).ifPresent(notice -> {
            String what = "sign-in change notice for user " + notice.userId();
            AfterCommit.send(session, executor, what, AfterCommit.inNewSession(factory, what, notice::send));
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}

package id.bpjstk.idp.messaging;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Sends notices once the request's transaction has committed, on a thread of the server's executor
 * {@value #EXECUTOR}: a slow SMS gateway never holds the request that caused the notice, and a change that was rolled
 * back is never told. A job that needs the database runs in a Keycloak session of its own ({@link #inNewSession}).
 */
public final class AfterCommit {

    /** The server executor notices are sent from. */
    public static final String EXECUTOR = "bpjstk-notices";

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /** Queues {@code job} for when the session's transaction commits; {@code what} names it in a log line (no secrets). */
    public static void send(KeycloakSession session, Supplier<Executor> executor, String what, Runnable job) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    executor.get().execute(job);
                } catch (RuntimeException e) {
                    LOG.warnf("%s not queued: %s", what, e.getMessage());
                }
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    /** A job run in a Keycloak session and transaction of its own; a failure is logged, never thrown. */
    public static Runnable inNewSession(KeycloakSessionFactory factory, String what, Consumer<KeycloakSession> job) {
        return () -> {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, job::accept);
            } catch (RuntimeException e) {
                LOG.warnf("%s failed: %s", what, e.getMessage());
            }
        };
    }
}

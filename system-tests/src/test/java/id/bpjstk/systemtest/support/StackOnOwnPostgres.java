package id.bpjstk.systemtest.support;

import java.time.Duration;

import id.bpjstk.process.PostgresServer;

/**
 * A second stack, for the test that restarts PostgreSQL under it: every server of {@link Stack#start()} (Keycloak,
 * both services, the portal, the partner app) on a {@link PostgresServer} of its own, so that the restart touches
 * nothing else of the run. Its test class starts it and closes it; it is not shared.
 */
public final class StackOnOwnPostgres implements AutoCloseable {

    private final PostgresServer postgres;
    private final Stack stack;

    private StackOnOwnPostgres(PostgresServer postgres, Stack stack) {
        this.postgres = postgres;
        this.stack = stack;
    }

    public static StackOnOwnPostgres start() throws Exception {
        PostgresServer postgres = PostgresServer.start(Stack.baseDir().resolve("own-postgres/pg"));
        try {
            return new StackOnOwnPostgres(postgres, Stack.startOn(postgres.databases(), Stack.baseDir().resolve("own-postgres")));
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    public Stack stack() {
        return stack;
    }

    /** Restarts the stack's PostgreSQL (fast shutdown, down for {@code down}, started again on the same port). */
    public void restartPostgres(Duration down) throws Exception {
        postgres.restart(down);
    }

    @Override
    public void close() {
        stack.close();
        postgres.close();
    }
}

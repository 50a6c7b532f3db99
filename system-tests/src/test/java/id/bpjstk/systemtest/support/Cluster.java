package id.bpjstk.systemtest.support;

import java.net.URI;
import java.util.List;

/**
 * The cluster of one test run, for the tests of what must hold across nodes and instances: two Keycloak nodes
 * (clustered caches, one database) behind a round-robin {@link RoundRobinProxy} without sticky sessions, and two
 * instances each of membership-service and claims-service. {@link #stack()} is the cluster seen through the proxy,
 * for the same helpers the single-node tests use ({@link CodeLogin}, {@link TestMembers}, {@link Admin}, ...).
 */
public final class Cluster implements AutoCloseable {

    private final Stack stack;

    private Cluster(Stack stack) {
        this.stack = stack;
    }

    static Cluster start() {
        return new Cluster(Stack.startCluster());
    }

    /** The cluster through its proxy: {@link Stack#keycloakUrl()} is the proxy's address and the realm's hostname. */
    public Stack stack() {
        return stack;
    }

    /** How many requests each Keycloak node served so far (index 0 is node 1). */
    public long[] served() {
        return stack.proxy().served();
    }

    /** Node {@code n} (1 or 2) itself, past the proxy. */
    public URI node(int n) {
        return stack.nodeUrl(n);
    }

    /** Runs {@code whileDown} with node {@code n} stopped, then starts it again and waits until it is ready. */
    public void withNodeDown(int n, Runnable whileDown) {
        stack.withNodeDown(n, whileDown);
    }

    /** The two instances of membership-service. */
    public List<URI> membershipUrls() {
        return stack.membershipUrls();
    }

    /** The two instances of claims-service. */
    public List<URI> claimsUrls() {
        return stack.claimsUrls();
    }

    @Override
    public void close() {
        stack.close();
    }
}

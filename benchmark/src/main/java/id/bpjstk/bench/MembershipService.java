package id.bpjstk.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.bpjstk.process.ManagedProcess;
import id.bpjstk.process.TestDatabases;

/** The built membership-service ({@code quarkus-run.jar}) on a registry database, taking our Keycloak's tokens. */
final class MembershipService implements AutoCloseable {

    private final URI url;
    private final ManagedProcess process;

    private MembershipService(URI url, ManagedProcess process) {
        this.url = url;
        this.process = process;
    }

    /** Starts it (Flyway migrates the database on start) and waits until it is ready. */
    static MembershipService start(Path jar, int port, String jdbcUrl, TestDatabases databases, URI issuer, Path log) throws Exception {
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", databases.user(),
                "QUARKUS_DATASOURCE_PASSWORD", databases.password(),
                "KEYCLOAK_ISSUER", issuer.toString());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        ManagedProcess process = ManagedProcess.start("membership-service", command, jar.getParent(), env, log);
        URI url = URI.create("http://127.0.0.1:" + port);
        try {
            process.awaitReady(url.resolve("/q/health/ready"), Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new MembershipService(url, process);
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.jvm().pid();
    }

    @Override
    public void close() {
        process.close();
    }
}

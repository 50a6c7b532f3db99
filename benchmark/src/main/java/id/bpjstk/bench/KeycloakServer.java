package id.bpjstk.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.bpjstk.process.DirectoryTrees;
import id.bpjstk.process.LoopbackPorts;
import id.bpjstk.process.ManagedProcess;
import id.bpjstk.process.TestDatabases;

/**
 * A Keycloak installation started for the benchmark in production mode ({@code kc.sh start}) on a free loopback port
 * and a PostgreSQL database of its own, from a copy of a prepared distribution whose {@code data/import} holds its
 * realm.
 */
final class KeycloakServer implements AutoCloseable {

    private final String realm;
    private final URI url;
    private final ManagedProcess process;

    private KeycloakServer(String realm, URI url, ManagedProcess process) {
        this.realm = realm;
        this.url = url;
        this.process = process;
    }

    /**
     * Copies {@code dist} to {@code home}, where import files may then be added before the server starts. A copy of
     * the same distribution (same files, sizes and times) from an earlier run is kept: Keycloak then finds its
     * optimized build for these options there and starts without building again.
     */
    static Path install(Path dist, Path home) throws IOException {
        Path stamp = home.resolve(".bench-source");
        String source = listing(dist);
        if (Files.exists(stamp) && Files.readString(stamp).equals(source)) {
            return home;
        }
        DirectoryTrees.copy(dist, home);
        Files.writeString(stamp, source);
        return home;
    }

    /** Every file of the distribution with its size and modification time. */
    private static String listing(Path dist) throws IOException {
        if (!Files.isDirectory(dist)) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + ": build first (bin/bench does)");
        }
        try (var files = Files.walk(dist)) {
            StringBuilder listing = new StringBuilder();
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    listing.append(dist.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return listing.toString();
        }
    }

    /** Starts the installation at {@code home}; call {@link #awaitReady} before using it. */
    static KeycloakServer start(String name, Path home, int port, String realm, TestDatabases databases, String adminPassword,
            List<String> extraOptions, Map<String, String> extraEnv, Path logs) throws Exception {
        String jdbcUrl = databases.create("bpjstk_bench_" + name.replace('-', '_'));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start",
                "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + LoopbackPorts.free(),
                "--hostname-strict=false",
                "--health-enabled=true",
                "--cache=local",
                "--db=postgres", "--db-url=" + jdbcUrl, "--db-username=" + databases.user()));
        if (!databases.password().isEmpty()) {
            command.add("--db-password=" + databases.password());
        }
        command.addAll(extraOptions);
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        ManagedProcess process = ManagedProcess.start(name, command, home, env, logs.resolve(name + ".log"));
        return new KeycloakServer(realm, URI.create("http://localhost:" + port), process);
    }

    void awaitReady() {
        process.awaitReady(URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration"), Duration.ofMinutes(20));
    }

    URI url() {
        return url;
    }

    /** The Keycloak JVM (kc.sh starts it as a child). */
    long pid() {
        return process.jvm().pid();
    }

    @Override
    public void close() {
        process.close();
    }
}

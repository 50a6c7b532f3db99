package id.bpjstk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.sun.net.httpserver.HttpServer;

/**
 * What must hold of the containerised deployment (docker-compose.yml and deploy/) before anyone runs it: every
 * service is built or pulled, published where the README says, health checked, started after what it needs is
 * healthy, given every secret it needs, pointed at addresses that exist; the two Keycloak nodes form one cluster
 * behind a round-robin load balancer. No container engine is needed: the file is read as data.
 */
class ComposeFileTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?([^}]*)}");
    private static final Pattern INTERNAL_URL = Pattern.compile("^(?:(?:http|jdbc:postgresql)://)?([a-z0-9-]+):(\\d+)(/.*)?$");
    private static final String ISSUER = "${KEYCLOAK_HOSTNAME:-http://localhost:8080}/realms/bpjstk";
    private static final List<String> KEYCLOAK_NODES = List.of("keycloak-1", "keycloak-2");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
            assertThat(directory).as("a parent directory holding docker-compose.yml").isNotNull();
        }
        root = directory;
        try (Reader in = Files.newBufferedReader(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            services = map(compose.get("services"));
        }
    }

    @Test
    void theDeploymentHasEveryComponent() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "mail", "keycloak-1", "keycloak-2",
                "keycloak", "membership-service", "claims-service", "member-portal", "partner-demo");
    }

    @Test
    void everyServiceIsPulledByVersionOrBuiltFromAFileThatExists() {
        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                Map<String, Object> build = map(service.get("build"));
                Path context = root.resolve((String) build.get("context")).normalize();
                assertThat(context.resolve((String) build.get("dockerfile"))).as(name + "'s Dockerfile").isRegularFile();
                assertThat(service).as(name).doesNotContainKey("image");
            } else {
                assertThat((String) service.get("image")).as(name + "'s image").matches("[a-z0-9./-]+:[0-9][0-9.]*");
            }
        });
    }

    @Test
    void thePublishedPortsAreTheOnesTheReadmeNames() {
        Map<String, List<String>> published = new LinkedHashMap<>();
        services.forEach((name, service) -> published.put(name, strings(service.get("ports"))));
        assertThat(published).containsExactlyInAnyOrderEntriesOf(Map.of(
                "postgres", List.of(),
                "mail", List.of("127.0.0.1:3025:3025", "127.0.0.1:8025:8025"),
                "keycloak-1", List.of(),
                "keycloak-2", List.of(),
                "keycloak", List.of("8080:8080"),
                "membership-service", List.of("8081:8081"),
                "claims-service", List.of("8082:8082"),
                "member-portal", List.of("8083:8083"),
                "partner-demo", List.of("8084:8084")));
    }

    @Test
    void everyServiceHasAHealthCheckOfWhatItServes() {
        Map<String, String> readinessPaths = Map.of(
                "keycloak-1", "9000 /health/ready",
                "keycloak-2", "9000 /health/ready",
                "keycloak", "8080 /realms/bpjstk/.well-known/openid-configuration",
                "membership-service", "8081 /q/health/ready",
                "claims-service", "8082 /q/health/ready",
                "member-portal", "8083 /q/health/ready",
                "partner-demo", "8084 /q/health/ready");
        services.forEach((name, service) -> {
            Map<String, Object> healthcheck = map(service.get("healthcheck"));
            List<String> test = strings(healthcheck.get("test"));
            assertThat(test).as(name + "'s health check").isNotEmpty();
            assertThat(test.get(0)).as(name).isIn("CMD", "CMD-SHELL");
            assertThat(healthcheck).as(name).containsKeys("interval", "timeout", "retries");
            if (readinessPaths.containsKey(name)) {
                assertThat(test).as(name).containsExactly("CMD", "bash", "/usr/local/bin/http-ready.sh",
                        readinessPaths.get(name).split(" ")[0], readinessPaths.get(name).split(" ")[1]);
                assertThat(strings(service.get("volumes"))).as(name + " mounts the check")
                        .contains("./deploy/http-ready.sh:/usr/local/bin/http-ready.sh:ro");
            }
        });
        assertThat(root.resolve("deploy/http-ready.sh")).isRegularFile();
    }

    @Test
    void theHealthCheckScriptPassesOnlyA200() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ready", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("UP".getBytes(StandardCharsets.US_ASCII));
            exchange.close();
        });
        server.createContext("/starting", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String port = String.valueOf(server.getAddress().getPort());
            assertThat(runHealthCheck(port, "/ready")).isZero();
            assertThat(runHealthCheck(port, "/starting")).isNotZero();
            server.stop(0);
            assertThat(runHealthCheck(port, "/ready")).as("nothing listening").isNotZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void everyServiceStartsAfterWhatItNeedsIsHealthy() {
        Map<String, Set<String>> needs = Map.of(
                "keycloak-1", Set.of("postgres", "mail"),
                "keycloak-2", Set.of("postgres", "mail", "keycloak-1"),
                "keycloak", Set.of("keycloak-1", "keycloak-2"),
                "membership-service", Set.of("postgres", "keycloak"),
                "claims-service", Set.of("postgres", "membership-service", "keycloak"),
                "member-portal", Set.of("postgres", "keycloak", "membership-service", "claims-service"),
                "partner-demo", Set.of("keycloak", "membership-service"));
        services.forEach((name, service) -> {
            Map<String, Object> dependsOn = service.containsKey("depends_on") ? map(service.get("depends_on")) : Map.of();
            assertThat(dependsOn.keySet()).as(name + " depends on").containsExactlyInAnyOrderElementsOf(
                    needs.getOrDefault(name, Set.of()));
            dependsOn.forEach((dependency, how) -> assertThat(map(how).get("condition"))
                    .as(name + " waits for " + dependency).isEqualTo("service_healthy"));
        });
    }

    @Test
    void secretsAreRequiredAndEveryVariableIsInTheExampleEnvironmentFile() throws IOException {
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        Set<String> used = new TreeSet<>();
        services.forEach((name, service) -> environment(service).forEach((key, value) -> {
            Matcher variable = VARIABLE.matcher(value);
            while (variable.find()) {
                used.add(variable.group(1));
                boolean secret = variable.group(1).matches(".*(PASSWORD|SECRET|KEY|AUTHORIZATION)$");
                if (secret) {
                    assertThat(variable.group(2)).as(name + ": " + key + " must be set, no default").isEqualTo(":?");
                }
            }
            if (key.matches(".*(PASSWORD|SECRET|NIK_HASH_KEY|AUTH_HEADER_VALUE)$")) {
                assertThat(value).as(name + ": " + key + " comes from the environment").startsWith("${");
            }
        }));
        assertThat(example).containsAll(used);
    }

    @Test
    void everyServiceKnowsTheIssuerBrowsersSee() {
        for (String name : List.of("membership-service", "claims-service", "member-portal", "partner-demo")) {
            assertThat(environment(services.get(name))).as(name).containsEntry("KEYCLOAK_ISSUER", ISSUER);
        }
        for (String node : KEYCLOAK_NODES) {
            assertThat(environment(services.get(node))).as(node)
                    .containsEntry("KC_HOSTNAME", "${KEYCLOAK_HOSTNAME:-http://localhost:8080}");
        }
        for (String name : List.of("member-portal", "partner-demo")) {
            assertThat(environment(services.get(name))).as(name).containsKeys(
                    name.equals("member-portal") ? "PORTAL_CLIENT_SECRET" : "PARTNER_CLIENT_SECRET",
                    name.equals("member-portal") ? "PORTAL_SESSION_SECRET" : "PARTNER_SESSION_SECRET");
        }
    }

    @Test
    void everyAddressInsideTheNetworkNamesAServiceAtAPortItServes() {
        Map<String, Set<String>> serves = Map.of(
                "postgres", Set.of("5432"), "mail", Set.of("3025", "8025"), "keycloak", Set.of("8080"),
                "keycloak-1", Set.of("8080"), "keycloak-2", Set.of("8080"), "membership-service", Set.of("8081"),
                "claims-service", Set.of("8082"), "member-portal", Set.of("8083"), "partner-demo", Set.of("8084"));
        List<String> checked = new ArrayList<>();
        services.forEach((name, service) -> environment(service).forEach((key, value) -> {
            Matcher url = INTERNAL_URL.matcher(value);
            if (url.matches()) {
                assertThat(serves).as(name + ": " + key + "=" + value).containsKey(url.group(1));
                assertThat(serves.get(url.group(1))).as(name + ": " + key + "=" + value).contains(url.group(2));
                checked.add(name + ":" + key);
            }
        }));
        assertThat(checked).contains("keycloak-1:KC_DB_URL", "membership-service:QUARKUS_DATASOURCE_JDBC_URL",
                "claims-service:CLAIMS_MEMBERSHIP_URL", "member-portal:PORTAL_CLAIMS_URL", "keycloak:KEYCLOAK_NODE_2");
    }

    @Test
    void eachComponentHasADatabaseAndOwnerOfItsOwnWithItsPasswordFromTheEnvironment() throws IOException {
        String init = Files.readString(root.resolve("deploy/postgres/init-databases.sql"));
        Map<String, String> postgres = environment(services.get("postgres"));
        Map<String, String> urls = Map.of(
                "keycloak-1", "KC_DB_URL", "membership-service", "QUARKUS_DATASOURCE_JDBC_URL",
                "claims-service", "QUARKUS_DATASOURCE_JDBC_URL", "member-portal", "QUARKUS_DATASOURCE_JDBC_URL");
        Set<String> databases = new HashSet<>();
        urls.forEach((name, key) -> {
            Map<String, String> environment = environment(services.get(name));
            String database = environment.get(key).substring(environment.get(key).lastIndexOf('/') + 1);
            String user = environment.getOrDefault("KC_DB_USERNAME", environment.get("QUARKUS_DATASOURCE_USERNAME"));
            String password = environment.getOrDefault("KC_DB_PASSWORD", environment.get("QUARKUS_DATASOURCE_PASSWORD"));
            assertThat(init).as(name).contains("CREATE ROLE " + user + " LOGIN;",
                    "CREATE DATABASE " + database + " OWNER " + user + ";");
            assertThat(postgres).as("postgres sets the password of " + user).containsValue(password);
            databases.add(database);
        });
        assertThat(databases).hasSize(urls.size());
    }

    @Test
    void theTwoKeycloakNodesFormOneClusterOnTheSharedDatabase() throws IOException {
        Map<String, Object> first = services.get("keycloak-1");
        Map<String, Object> second = services.get("keycloak-2");
        assertThat(second.get("build")).isEqualTo(first.get("build"));
        assertThat(environment(second)).isEqualTo(environment(first));
        assertThat(environment(first))
                .containsEntry("KC_CACHE", "ispn")
                .containsEntry("KC_CACHE_STACK", "jdbc-ping")
                .containsEntry("KC_DB_URL", "jdbc:postgresql://postgres:5432/keycloak")
                .containsEntry("KC_HTTP_ENABLED", "true")
                .containsEntry("KC_PROXY_HEADERS", "xforwarded");
        // one node imports the realm; the other starts once the first is ready and finds it in the database
        assertThat(strings(first.get("command"))).containsExactly("start", "--optimized", "--import-realm");
        assertThat(strings(second.get("command"))).containsExactly("start", "--optimized");

        String dockerfile = Files.readString(root.resolve("deploy/keycloak/Dockerfile"));
        assertThat(dockerfile).as("fixed when the image is built")
                .contains("KC_DB=postgres", "KC_HEALTH_ENABLED=true", "kc.sh build");
    }

    @Test
    void theLoadBalancerSpreadsRequestsOverBothNodesWithoutStickinessAndIsTheOnlyTrustedProxy() throws IOException {
        Map<String, Object> balancer = services.get("keycloak");
        assertThat(strings(balancer.get("volumes")))
                .contains("./deploy/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat(environment(balancer))
                .containsEntry("KEYCLOAK_NODE_1", "keycloak-1:8080").containsEntry("KEYCLOAK_NODE_1_MANAGEMENT_PORT", "9000")
                .containsEntry("KEYCLOAK_NODE_2", "keycloak-2:8080").containsEntry("KEYCLOAK_NODE_2_MANAGEMENT_PORT", "9000")
                .containsEntry("PROXY_BIND", "*:8080");

        List<String> config = Files.readAllLines(root.resolve("deploy/haproxy/haproxy.cfg")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(config).contains("balance roundrobin", "option httpchk GET /health/ready", "option forwardfor",
                "bind \"${PROXY_BIND}\"",
                "server node1 \"${KEYCLOAK_NODE_1}\" check port \"${KEYCLOAK_NODE_1_MANAGEMENT_PORT}\"",
                "server node2 \"${KEYCLOAK_NODE_2}\" check port \"${KEYCLOAK_NODE_2_MANAGEMENT_PORT}\"");
        assertThat(config).noneMatch(line -> line.startsWith("cookie") || line.startsWith("stick")
                || line.startsWith("balance source") || line.contains(" cookie "));

        String address = (String) map(map(balancer.get("networks")).get("default")).get("ipv4_address");
        for (String node : KEYCLOAK_NODES) {
            assertThat(environment(services.get(node))).as(node).containsEntry("KC_PROXY_TRUSTED_ADDRESSES", address);
        }
    }

    private static int runHealthCheck(String port, String path) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("bash", root.resolve("deploy/http-ready.sh").toString(), port, path)
                .redirectErrorStream(true).start();
        check.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(check.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return check.exitValue();
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (service.get("environment") != null) {
            map(service.get("environment")).forEach((key, value) -> environment.put(key, String.valueOf(value)));
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, V>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}

package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import id.bpjstk.process.DirectoryTrees;
import id.bpjstk.process.LoopbackPorts;
import id.bpjstk.process.ManagedProcess;
import id.bpjstk.process.TestDatabases;

/**
 * The real stack for one test run: Keycloak from the prepared distribution (extension deployed, realm and demo
 * accounts imported) on a fresh PostgreSQL database, and the built membership-service on another. Ports are free
 * ones on loopback, so a local run on the standard ports can go on beside the tests. {@link #startCluster()} starts
 * the cluster variant instead (for {@link Cluster}): two Keycloak nodes behind a proxy, two instances of each service.
 */
public final class Stack implements AutoCloseable {

    public static final String REALM = "bpjstk";

    private final TestDatabases databases;
    private final Path work;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final String adminPassword = secret();
    private final String partnerDemoSecret = secret();
    private final String registryClientSecret = secret();
    private final String smsGatewayAuthorization = "Bearer " + secret();
    private SmsGateway smsGateway;
    private Mailbox mailbox;
    private final String nikHashKey = secret();
    private final String claimsServiceSecret = secret();
    private final String memberWebSecret = secret();
    private final String portalSessionSecret = secret();
    private final String partnerSessionSecret = secret();
    private URI keycloakUrl;
    private List<String> keycloakCommand;
    private Map<String, String> keycloakEnv;
    private ManagedProcess keycloak;
    private URI membershipUrl;
    private String membershipJdbcUrl;
    private int membershipPort;
    private ManagedProcess membership;
    private RoundRobinProxy proxy;
    private final List<KeycloakNode> nodes = new ArrayList<>();
    private final Map<String, ManagedProcess> nodeProcesses = new HashMap<>();
    private final List<URI> membershipUrls = new ArrayList<>();
    private final List<URI> claimsUrls = new ArrayList<>();
    private boolean clustered;
    private URI claimsUrl;
    private URI portalUrl;
    private String portalJdbcUrl;
    private URI partnerUrl;
    private String keycloakJdbcUrl;
    private String claimsJdbcUrl;

    private Stack(TestDatabases databases, Path work) {
        this.databases = databases;
        this.work = work;
    }

    /** The stack on the machine's PostgreSQL. */
    static Stack start() {
        return startOn(new TestDatabases(), baseDir());
    }

    /**
     * The stack on fresh databases of {@code databases}' PostgreSQL, its Keycloak installation and logs under
     * {@code work} (one directory per stack of the run).
     */
    static Stack startOn(TestDatabases databases, Path work) {
        Stack stack = new Stack(databases, work);
        try {
            stack.smsGateway = new SmsGateway(stack.smsGatewayAuthorization);
            stack.mailbox = new Mailbox();
            stack.membershipPort = LoopbackPorts.free();
            stack.startKeycloak();
            stack.startMembershipService();
            stack.startClaimsService();
            stack.startPortal();
            stack.startPartnerDemo();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw new IllegalStateException("the stack did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The cluster for one test run: two clustered Keycloak nodes behind a round-robin proxy, two instances each of
     * membership-service and claims-service (one database per service), the SMS gateway and the mailbox. No portal
     * and no partner app. Its {@link #keycloakUrl()} is the proxy's.
     */
    static Stack startCluster() {
        Stack stack = new Stack(new TestDatabases(), baseDir().resolve("cluster"));
        stack.clustered = true;
        try {
            stack.smsGateway = new SmsGateway(stack.smsGatewayAuthorization);
            stack.mailbox = new Mailbox();
            stack.membershipPort = LoopbackPorts.free();
            stack.startKeycloakCluster(2);
            stack.startMembershipService();
            stack.startAnotherMembershipService(2);
            stack.startClaimsService();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw new IllegalStateException("the cluster did not start: " + e.getMessage(), e);
        }
    }

    private void startKeycloak() throws Exception {
        int port = LoopbackPorts.free();
        keycloakJdbcUrl = databases.create("bpjstk_e2e_keycloak");
        keycloakUrl = URI.create("http://localhost:" + port);
        List<String> command = keycloakCommand(keycloakHome(), port, LoopbackPorts.free(), keycloakJdbcUrl);
        command.addAll(List.of("--import-realm", "--hostname-strict=false", "--cache=local"));
        keycloakCommand = command;
        keycloakEnv = keycloakEnv();
        launchKeycloak("keycloak.log");
    }

    /**
     * Two Keycloak nodes on one fresh database, clustered as {@code bin/stack --nodes 2} runs them (cache stack
     * {@code jdbc-ping}, JGroups on loopback), behind a {@link RoundRobinProxy} whose address is the realm's hostname
     * and so its issuer. Node 1 imports the realm; node 2 starts when node 1 is ready and finds the realm in the
     * database.
     */
    private void startKeycloakCluster(int count) throws Exception {
        String jdbcUrl = databases.create("bpjstk_e2e_cluster_keycloak");
        List<Integer> ports = new ArrayList<>();
        List<URI> nodeUrls = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ports.add(LoopbackPorts.free());
            nodeUrls.add(URI.create("http://127.0.0.1:" + ports.get(n)));
        }
        proxy = new RoundRobinProxy(nodeUrls);
        keycloakUrl = proxy.url();
        for (int n = 1; n <= count; n++) {
            Path home = workDir().resolve("node" + n);
            List<String> command = keycloakCommand(home, ports.get(n - 1), LoopbackPorts.free(), jdbcUrl);
            command.addAll(List.of("--hostname=" + keycloakUrl, "--proxy-headers=xforwarded",
                    "--proxy-trusted-addresses=127.0.0.1", "--cache=ispn", "--cache-stack=jdbc-ping", "--db-pool-max-size=10"));
            if (n == 1) {
                command.add("--import-realm");
            }
            Map<String, String> env = new HashMap<>(keycloakEnv());
            env.put("JAVA_OPTS_APPEND", "-Djgroups.bind.address=127.0.0.1 -Djgroups.bind.port=" + LoopbackPorts.free());
            KeycloakNode node = new KeycloakNode("keycloak-node" + n, home, command, env, nodeUrls.get(n - 1));
            nodes.add(node);
            launchNode(node, node.name() + ".log");
        }
    }

    /**
     * The options of every Keycloak this run starts, single or a node of the cluster: a fresh copy of the prepared
     * distribution at {@code home}, its ports, the run's database, SMS gateway and member registry.
     */
    private List<String> keycloakCommand(Path home, int port, int managementPort, String jdbcUrl) throws IOException {
        Path dist = Path.of(required("stack.keycloak.dist"));
        if (!Files.isDirectory(dist)) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + ": build the keycloak-server module first");
        }
        // a fresh copy of the prepared distribution, so that the run's database options never touch the original
        DirectoryTrees.copy(dist, home);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--db=postgres", "--db-url=" + jdbcUrl, "--db-username=" + databases.user(),
                "--spi-otp-sender--provider-default=http",
                "--spi-otp-sender--http--url=" + smsGateway.url(),
                "--spi-member-registry--membership-service--url=http://127.0.0.1:" + membershipPort,
                "--spi-member-registry--membership-service--token-url=" + keycloakUrl
                        + "/realms/" + REALM + "/protocol/openid-connect/token"));
        if (!databases.password().isEmpty()) {
            command.add("--db-password=" + databases.password());
        }
        return command;
    }

    /** The environment of every Keycloak this run starts: its secrets, the mailbox. */
    private Map<String, String> keycloakEnv() {
        return Map.ofEntries(
                Map.entry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                Map.entry("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword),
                Map.entry("BPJSTK_PARTNER_DEMO_SECRET", partnerDemoSecret),
                Map.entry("BPJSTK_REGISTRY_CLIENT_SECRET", registryClientSecret),
                Map.entry("BPJSTK_CLAIMS_SERVICE_SECRET", claimsServiceSecret),
                Map.entry("BPJSTK_MEMBER_WEB_SECRET", memberWebSecret),
                Map.entry("BPJSTK_SMTP_HOST", "127.0.0.1"),
                Map.entry("BPJSTK_SMTP_PORT", Integer.toString(mailbox.port())),
                // secrets: on the environment, not the command line
                Map.entry("KC_SPI_OTP_SENDER__HTTP__AUTH_HEADER_VALUE", smsGatewayAuthorization),
                Map.entry("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__CLIENT_SECRET", registryClientSecret),
                Map.entry("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__NIK_HASH_KEY", nikHashKey));
    }

    /** Starts Keycloak on its port and database (the same ones when it is started again; the realm is imported once). */
    private void launchKeycloak(String logName) throws Exception {
        keycloak = ManagedProcess.start("Keycloak", keycloakCommand, keycloakHome(), keycloakEnv,
                workDir().resolve("logs").resolve(logName));
        processes.add(keycloak);
        keycloak.awaitReady(keycloakUrl.resolve("/realms/" + REALM + "/.well-known/openid-configuration"), Duration.ofMinutes(5));
    }

    /** Starts a node of the cluster on its ports (the same ones when it is started again) and waits until it is ready. */
    private void launchNode(KeycloakNode node, String logName) throws Exception {
        ManagedProcess process = ManagedProcess.start(node.name(), node.command(), node.home(), node.env(),
                workDir().resolve("logs").resolve(logName));
        processes.add(process);
        nodeProcesses.put(node.name(), process);
        process.awaitReady(node.url().resolve("/realms/" + REALM + "/.well-known/openid-configuration"), Duration.ofMinutes(5));
    }

    /**
     * Runs {@code whileDown} with node {@code n} of the cluster stopped ({@link ManagedProcess#close()}: the way an
     * operator stops it), then starts it again on the same ports and waits until it is ready.
     */
    void withNodeDown(int n, Runnable whileDown) {
        KeycloakNode node = nodes.get(n - 1);
        ManagedProcess process = nodeProcesses.remove(node.name());
        process.close();
        processes.remove(process);
        try {
            whileDown.run();
        } finally {
            try {
                launchNode(node, node.name() + "-restarted.log");
            } catch (Exception e) {
                throw new IllegalStateException(node.name() + " did not come back: " + e.getMessage(), e);
            }
        }
    }

    /** The cluster's proxy ({@code null} for the single-node stack). */
    RoundRobinProxy proxy() {
        return proxy;
    }

    /** The base URL of node {@code n} of the cluster itself, past the proxy. */
    URI nodeUrl(int n) {
        return nodes.get(n - 1).url();
    }

    /** One Keycloak node of the cluster: how it is started, and where it listens. */
    private record KeycloakNode(String name, Path home, List<String> command, Map<String, String> env, URI url) {
    }

    private void startMembershipService() throws Exception {
        membershipJdbcUrl = databases.create("bpjstk_e2e_membership");
        launchMembershipService("membership-service.log");
    }

    /** Starts membership-service on its port and database (the same ones when it is started again). */
    private void launchMembershipService(String logName) throws Exception {
        Map<String, String> env = serviceEnv(membershipPort, membershipJdbcUrl);
        env.put("MEMBERSHIP_DEMO_DATA_ENABLED", "true");
        membership = launchService("membership-service", "stack.membership.jar", env, logName);
        membershipUrl = URI.create("http://localhost:" + membershipPort);
        membership.awaitReady(membershipUrl.resolve("/q/health/ready"), Duration.ofMinutes(2));
        if (membershipUrls.isEmpty()) {
            membershipUrls.add(membershipUrl);
        }
    }

    /** Another instance of membership-service on the same database, started after the first (which seeds it). */
    private void startAnotherMembershipService(int instance) throws Exception {
        int port = LoopbackPorts.free();
        ManagedProcess another = launchService("membership-service", "stack.membership.jar", serviceEnv(port, membershipJdbcUrl),
                "membership-service-" + instance + ".log");
        URI url = URI.create("http://localhost:" + port);
        another.awaitReady(url.resolve("/q/health/ready"), Duration.ofMinutes(2));
        membershipUrls.add(url);
    }

    private void startClaimsService() throws Exception {
        claimsJdbcUrl = databases.create("bpjstk_e2e_claims");
        for (int instance = 1; instance <= (clustered ? 2 : 1); instance++) {
            int port = LoopbackPorts.free();
            Map<String, String> env = serviceEnv(port, claimsJdbcUrl);
            env.put("CLAIMS_MEMBERSHIP_URL", membershipUrl.toString());
            env.put("CLAIMS_SERVICE_CLIENT_SECRET", claimsServiceSecret);
            ManagedProcess claims = launchService("claims-service", "stack.claims.jar", env,
                    instance == 1 ? "claims-service.log" : "claims-service-" + instance + ".log");
            URI url = URI.create("http://localhost:" + port);
            claims.awaitReady(url.resolve("/q/health/ready"), Duration.ofMinutes(2));
            claimsUrls.add(url);
        }
        claimsUrl = claimsUrls.get(0);
    }

    /**
     * What every instance of a service of this run is started with: its port on loopback, its database, this run's
     * issuer; in the cluster, small connection pools (several instances share the machine's PostgreSQL).
     */
    private Map<String, String> serviceEnv(int port, String jdbcUrl) {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", databases.user(),
                "QUARKUS_DATASOURCE_PASSWORD", databases.password(),
                "KEYCLOAK_ISSUER", realmUrl().toString()));
        if (clustered) {
            env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "4");
        }
        return env;
    }

    /** Starts the built service whose runnable jar the system property {@code jarProperty} names. */
    private ManagedProcess launchService(String name, String jarProperty, Map<String, String> env, String logName) throws IOException {
        Path jar = Path.of(required(jarProperty));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        ManagedProcess service = ManagedProcess.start(name, command, jar.getParent(), env, workDir().resolve("logs").resolve(logName));
        processes.add(service);
        return service;
    }

    /**
     * The member portal on a free port, signing in through client {@code member-web}: the realm knows the portal at
     * http://localhost:8083, so the client's redirect, post-logout and back-channel logout addresses are moved to this
     * run's port first.
     */
    private void startPortal() throws Exception {
        Path jar = Path.of(required("stack.portal.jar"));
        int port = LoopbackPorts.free();
        portalUrl = URI.create("http://localhost:" + port);
        portalJdbcUrl = databases.create("bpjstk_e2e_portal");
        pointClientAt("member-web", portalUrl);
        Map<String, String> env = Map.ofEntries(
                Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_HTTP_PORT", Integer.toString(port)),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", portalJdbcUrl),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", databases.user()),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", databases.password()),
                Map.entry("KEYCLOAK_ISSUER", realmUrl().toString()),
                Map.entry("PORTAL_CLIENT_SECRET", memberWebSecret),
                Map.entry("PORTAL_SESSION_SECRET", portalSessionSecret),
                Map.entry("PORTAL_MEMBERSHIP_URL", membershipUrl.toString()),
                Map.entry("PORTAL_CLAIMS_URL", claimsUrl.toString()),
                // a test machine shared by the servers is slow at times: the home page waits longer than in production
                Map.entry("PORTAL_DASHBOARD_TIMEOUT", "PT20S"),
                Map.entry("PORTAL_SECURITY_TIMEOUT", "PT20S"),
                Map.entry("QUARKUS_REST_CLIENT_KEYCLOAK_ACCOUNT_READ_TIMEOUT", "30000"),
                Map.entry("QUARKUS_REST_CLIENT_MEMBERSHIP_READ_TIMEOUT", "30000"),
                Map.entry("QUARKUS_REST_CLIENT_CLAIMS_READ_TIMEOUT", "30000"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        ManagedProcess portal = ManagedProcess.start("member-portal", command, jar.getParent(), env,
                workDir().resolve("logs/member-portal.log"));
        processes.add(portal);
        portal.awaitReady(portalUrl.resolve("/q/health/ready"), Duration.ofMinutes(2));
    }

    /**
     * The demo partner app on a free port, signing in through client {@code partner-demo}: like the portal's client, its
     * redirect, post-logout and back-channel logout addresses are moved to this run's port first.
     */
    private void startPartnerDemo() throws Exception {
        Path jar = Path.of(required("stack.partner.jar"));
        int port = LoopbackPorts.free();
        partnerUrl = URI.create("http://localhost:" + port);
        pointClientAt("partner-demo", partnerUrl);
        Map<String, String> env = Map.ofEntries(
                Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_HTTP_PORT", Integer.toString(port)),
                Map.entry("KEYCLOAK_ISSUER", realmUrl().toString()),
                Map.entry("PARTNER_CLIENT_SECRET", partnerDemoSecret),
                Map.entry("PARTNER_SESSION_SECRET", partnerSessionSecret),
                Map.entry("PARTNER_MEMBERSHIP_URL", membershipUrl.toString()),
                // the shared test machine is slow at times
                Map.entry("QUARKUS_REST_CLIENT_MEMBERSHIP_READ_TIMEOUT", "30000"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        ManagedProcess partner = ManagedProcess.start("partner-demo", command, jar.getParent(), env,
                workDir().resolve("logs/partner-demo.log"));
        processes.add(partner);
        partner.awaitReady(partnerUrl.resolve("/q/health/ready"), Duration.ofMinutes(2));
    }

    /**
     * The realm knows its web apps at their standard ports (8083, 8084): the client's redirect, post-logout and
     * back-channel logout addresses are moved to this run's {@code app}.
     */
    private void pointClientAt(String clientId, URI app) {
        Admin admin = new Admin(this);
        com.fasterxml.jackson.databind.JsonNode found = admin.get("/clients?clientId=" + clientId).json();
        if (found.size() != 1) {
            throw new IllegalStateException("the realm has no client " + clientId);
        }
        com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode) found.get(0);
        client.putArray("redirectUris").add(app + "/*");
        client.putArray("webOrigins").add(app.toString());
        client.put("rootUrl", app.toString());
        com.fasterxml.jackson.databind.node.ObjectNode attributes = (com.fasterxml.jackson.databind.node.ObjectNode) client.get("attributes");
        attributes.put("post.logout.redirect.uris", app + "/*");
        attributes.put("backchannel.logout.url", "http://127.0.0.1:" + app.getPort() + "/back-channel-logout");
        Api.Response updated = admin.put("/clients/" + client.get("id").asText(), client);
        if (updated.status() != 204) {
            throw new IllegalStateException(clientId + " could not be pointed at its app: " + updated.status());
        }
    }

    /** This run's Keycloak installation (its {@code bin/kcadm.sh} included). */
    public Path keycloakHome() {
        return workDir().resolve("keycloak");
    }

    /** The demo partner app of this run (client {@code partner-demo}). */
    public URI partnerUrl() {
        return partnerUrl;
    }

    /** The member portal of this run (client {@code member-web}). */
    public URI portalUrl() {
        return portalUrl;
    }

    /** The portal's own database (its server-side sessions and kept forms). */
    public java.sql.Connection portalDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(portalJdbcUrl, databases.user(), databases.password());
    }

    /** What a server of this run wrote to its log so far ({@code member-portal}, {@code keycloak}, ...). */
    public String log(String server) {
        try {
            return Files.readString(workDir().resolve("logs").resolve(server + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code whileDown} with the member registry (membership-service) stopped, then starts it again on the same
     * port and database and waits until it is ready.
     */
    public void withRegistryDown(Runnable whileDown) {
        membership.close();
        processes.remove(membership);
        try {
            whileDown.run();
        } finally {
            try {
                launchMembershipService("membership-service-restarted.log");
            } catch (Exception e) {
                throw new IllegalStateException("membership-service did not come back: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code whileDown} with Keycloak stopped, then starts it again on the same port and database and waits until
     * the realm answers.
     */
    public void withKeycloakDown(Runnable whileDown) {
        keycloak.close();
        processes.remove(keycloak);
        try {
            whileDown.run();
        } finally {
            try {
                launchKeycloak("keycloak-restarted.log");
            } catch (Exception e) {
                throw new IllegalStateException("Keycloak did not come back: " + e.getMessage(), e);
            }
        }
    }

    public URI claimsUrl() {
        return claimsUrl;
    }

    public URI keycloakUrl() {
        return keycloakUrl;
    }

    /** The realm's base URL, which is also the issuer of its tokens. */
    public URI realmUrl() {
        return URI.create(keycloakUrl + "/realms/" + REALM);
    }

    public URI membershipUrl() {
        return membershipUrl;
    }

    /** The member registry's database, for tests that need registry members of their own. */
    public java.sql.Connection registryDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(membershipJdbcUrl, databases.user(), databases.password());
    }

    /** claims-service's database, for tests that count what it holds. */
    public java.sql.Connection claimsDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(claimsJdbcUrl, databases.user(), databases.password());
    }

    /** Keycloak's database (of the single-node stack), for tests that count what it holds. */
    public java.sql.Connection keycloakDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(keycloakJdbcUrl, databases.user(), databases.password());
    }

    /** The servers of this run whose process has ended (none, unless one crashed or a test stopped it). */
    public List<String> endedServers() {
        return processes.stream().filter(process -> !process.isAlive()).map(ManagedProcess::name).toList();
    }

    /** Every SMS Keycloak sent in this run. */
    public SmsGateway sms() {
        return smsGateway;
    }

    /** Every mail Keycloak sent in this run. */
    public Mailbox mail() {
        return mailbox;
    }

    /** The key of the NIK's keyed hash this run's Keycloak uses. */
    public String nikHashKey() {
        return nikHashKey;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public String partnerDemoSecret() {
        return partnerDemoSecret;
    }

    public String registryClientSecret() {
        return registryClientSecret;
    }

    /** The secret of client {@code member-web}, the portal's: for tests that take its tokens themselves. */
    public String memberWebSecret() {
        return memberWebSecret;
    }

    /** The instances of membership-service of this run (one; two in the cluster). */
    List<URI> membershipUrls() {
        return List.copyOf(membershipUrls);
    }

    /** The instances of claims-service of this run (one; two in the cluster). */
    List<URI> claimsUrls() {
        return List.copyOf(claimsUrls);
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        processes.clear();
        if (proxy != null) {
            proxy.close();
        }
        databases.close();
        if (smsGateway != null) {
            smsGateway.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    /** Where this stack keeps its Keycloak installation(s) and its servers' logs. */
    private Path workDir() {
        return work;
    }

    /** The test run's working directory. */
    static Path baseDir() {
        return Path.of(required("stack.work.dir"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests through Maven");
        }
        return value;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

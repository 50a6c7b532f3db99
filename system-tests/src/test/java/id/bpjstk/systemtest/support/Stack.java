package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import id.bpjstk.process.DirectoryTrees;
import id.bpjstk.process.ManagedProcess;
import id.bpjstk.process.TestDatabases;

/**
 * The real stack for one test run: Keycloak from the prepared distribution (extension deployed, realm and demo
 * accounts imported) on a fresh PostgreSQL database, and the built membership-service on another. Ports are free
 * ones on loopback, so a local run on the standard ports can go on beside the tests.
 */
public final class Stack implements AutoCloseable {

    public static final String REALM = "bpjstk";

    private final TestDatabases databases = new TestDatabases();
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
    private URI claimsUrl;
    private URI portalUrl;
    private String portalJdbcUrl;
    private URI partnerUrl;

    static Stack start() {
        Stack stack = new Stack();
        try {
            stack.smsGateway = new SmsGateway(stack.smsGatewayAuthorization);
            stack.mailbox = new Mailbox();
            stack.membershipPort = freePort();
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

    private void startKeycloak() throws Exception {
        Path dist = Path.of(required("stack.keycloak.dist"));
        Path home = workDir().resolve("keycloak");
        if (!Files.isDirectory(dist)) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + ": build the keycloak-server module first");
        }
        // a fresh copy of the prepared distribution, so that the run's database options never touch the original
        DirectoryTrees.copy(dist, home);
        int port = freePort();
        int managementPort = freePort();
        String jdbcUrl = databases.create("bpjstk_e2e_keycloak");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start",
                "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--health-enabled=true",
                "--cache=local",
                "--db=postgres", "--db-url=" + jdbcUrl, "--db-username=" + databases.user(),
                "--spi-otp-sender--provider-default=http",
                "--spi-otp-sender--http--url=" + smsGateway.url(),
                "--spi-member-registry--membership-service--url=http://127.0.0.1:" + membershipPort,
                "--spi-member-registry--membership-service--token-url=http://localhost:" + port
                        + "/realms/" + REALM + "/protocol/openid-connect/token"));
        if (!databases.password().isEmpty()) {
            command.add("--db-password=" + databases.password());
        }
        Map<String, String> env = Map.ofEntries(
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
        keycloakCommand = command;
        keycloakEnv = env;
        keycloakUrl = URI.create("http://localhost:" + port);
        launchKeycloak("keycloak.log");
    }

    /** Starts Keycloak on its port and database (the same ones when it is started again; the realm is imported once). */
    private void launchKeycloak(String logName) throws Exception {
        keycloak = ManagedProcess.start("Keycloak", keycloakCommand, keycloakHome(), keycloakEnv,
                workDir().resolve("logs").resolve(logName));
        processes.add(keycloak);
        keycloak.awaitReady(keycloakUrl.resolve("/realms/" + REALM + "/.well-known/openid-configuration"), Duration.ofMinutes(5));
    }

    private void startMembershipService() throws Exception {
        membershipJdbcUrl = databases.create("bpjstk_e2e_membership");
        launchMembershipService("membership-service.log");
    }

    /** Starts membership-service on its port and database (the same ones when it is started again). */
    private void launchMembershipService(String logName) throws Exception {
        Path jar = Path.of(required("stack.membership.jar"));
        int port = membershipPort;
        String jdbcUrl = membershipJdbcUrl;
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", databases.user(),
                "QUARKUS_DATASOURCE_PASSWORD", databases.password(),
                "KEYCLOAK_ISSUER", realmUrl().toString(),
                "MEMBERSHIP_DEMO_DATA_ENABLED", "true");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        membership = ManagedProcess.start("membership-service", command, jar.getParent(), env,
                workDir().resolve("logs").resolve(logName));
        processes.add(membership);
        membershipUrl = URI.create("http://localhost:" + port);
        membership.awaitReady(membershipUrl.resolve("/q/health/ready"), Duration.ofMinutes(2));
    }

    private void startClaimsService() throws Exception {
        Path jar = Path.of(required("stack.claims.jar"));
        int port = freePort();
        String jdbcUrl = databases.create("bpjstk_e2e_claims");
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", databases.user(),
                "QUARKUS_DATASOURCE_PASSWORD", databases.password(),
                "KEYCLOAK_ISSUER", realmUrl().toString(),
                "CLAIMS_MEMBERSHIP_URL", membershipUrl.toString(),
                "CLAIMS_SERVICE_CLIENT_SECRET", claimsServiceSecret);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        ManagedProcess claims = ManagedProcess.start("claims-service", command, jar.getParent(), env,
                workDir().resolve("logs/claims-service.log"));
        processes.add(claims);
        claimsUrl = URI.create("http://localhost:" + port);
        claims.awaitReady(claimsUrl.resolve("/q/health/ready"), Duration.ofMinutes(2));
    }

    /**
     * The member portal on a free port, signing in through client {@code member-web}: the realm knows the portal at
     * http://localhost:8083, so the client's redirect, post-logout and back-channel logout addresses are moved to this
     * run's port first.
     */
    private void startPortal() throws Exception {
        Path jar = Path.of(required("stack.portal.jar"));
        int port = freePort();
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
        int port = freePort();
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

    /** Every SMS Keycloak sent in this run. */
    /** The member registry's database, for tests that need registry members of their own. */
    public java.sql.Connection registryDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(membershipJdbcUrl, databases.user(), databases.password());
    }

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

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        processes.clear();
        databases.close();
        if (smsGateway != null) {
            smsGateway.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    private static Path workDir() {
        return Path.of(required("stack.work.dir"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests through Maven");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package id.bpjstk.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.bpjstk.process.ManagedProcess;

/**
 * The local stack's start-up as a developer sees it: {@code bin/stack} (after {@code --reset}: cold) launched as a
 * child, timed until the member portal's sign-in leads to Keycloak's login form for client {@code member-web}, then
 * stopped with SIGTERM. Two kinds of step are timed apart and left out of the start-up figure: the Maven steps (the
 * build, fetching the mail catcher and the other tools), and the one-off steps a start does once after a build or on
 * a new checkout and keeps for every later start, {@code --reset} included (installing Keycloak with the new
 * extension, building it for the stack's options, importing the realm into the database later resets copy, unpacking
 * and creating the stack's own PostgreSQL).
 */
final class StartUp {

    /** The standard ports bin/stack listens on. */
    static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 3025, 8025, 9000);

    /** Seconds from launch to the login form, and the parts of them spent in Maven steps and in one-off steps. */
    record Timing(double totalSeconds, double mavenSeconds, double oneOffSeconds, double stopSeconds) {
        @JsonProperty
        double startSeconds() {
            return totalSeconds - mavenSeconds - oneOffSeconds;
        }
    }

    /** How bin/stack announces a Maven step. */
    private static final List<String> MAVEN_STEPS = List.of("building (", "fetching ");
    /** How bin/stack announces a step done once and kept. */
    private static final List<String> ONE_OFF_STEPS = List.of("installing the Keycloak distribution", "replacing the Keycloak",
            "building Keycloak for", "importing the realm", "unpacking PostgreSQL", "creating the stack's PostgreSQL");

    private static final HttpClient PROBE = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private StartUp() {
    }

    /** The first standard port something listens on, or null when all are free. */
    static Integer busyPort() {
        for (int port : PORTS) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return port;
            } catch (IOException free) {
                // nothing listens there
            }
        }
        return null;
    }

    static Timing measure(Path root, boolean reset, Path log, Progress progress) throws Exception {
        List<String> command = reset ? List.of("bash", "bin/stack", "--reset") : List.of("bash", "bin/stack");
        long launched = System.nanoTime();
        ManagedProcess stack = ManagedProcess.start("bin/stack", command, root, Map.of(), log);
        double maven = 0;
        double oneOff = 0;
        long stepSince = -1;
        boolean mavenStep = false;
        int linesSeen = 0;
        try {
            long deadline = launched + Duration.ofMinutes(15).toNanos();
            while (System.nanoTime() < deadline) {
                if (!stack.isAlive()) {
                    throw new IllegalStateException("bin/stack stopped before the login page was there:\n" + stack.tail());
                }
                List<String> lines = stackLines(log);
                for (int i = linesSeen; i < lines.size(); i++) {
                    String line = lines.get(i);
                    long now = System.nanoTime();
                    if (stepSince >= 0) {
                        // a step lasts until bin/stack says its next line
                        double seconds = (now - stepSince) / 1e9;
                        if (mavenStep) {
                            maven += seconds;
                        } else {
                            oneOff += seconds;
                        }
                        stepSince = -1;
                    }
                    mavenStep = MAVEN_STEPS.stream().anyMatch(line::contains);
                    if (mavenStep || ONE_OFF_STEPS.stream().anyMatch(line::contains)) {
                        stepSince = now;
                    }
                    progress.waiting(line.replaceAll("\\s+", " ").trim());
                }
                linesSeen = lines.size();
                if (stepSince < 0 && loginFormShown()) {
                    double total = (System.nanoTime() - launched) / 1e9;
                    long stopping = System.nanoTime();
                    progress.waiting("stopping bin/stack (SIGTERM)");
                    stack.close();
                    return new Timing(total, maven, oneOff, (System.nanoTime() - stopping) / 1e9);
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("no login page from bin/stack within 15 minutes:\n" + stack.tail());
        } finally {
            stack.close();
        }
    }

    /**
     * The portal's sign-in, redirects followed: does it end on Keycloak's login form? Where the portal's home page
     * does not send an anonymous visitor there itself, the portal being up and the authorization request of its client
     * {@code member-web} rendering the form count.
     */
    private static boolean loginFormShown() {
        try {
            HttpResponse<String> home = get("http://localhost:8083/");
            if (home.statusCode() == 200 && home.body().contains("id=\"kc-form-login\"")) {
                return true;
            }
            if (home.statusCode() >= 500) {
                return false;
            }
            HttpResponse<String> auth = get("http://localhost:8080/realms/bpjstk/protocol/openid-connect/auth?client_id=member-web"
                    + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8083%2Fcallback&state=startup"
                    + "&code_challenge_method=S256&code_challenge=C5QI6egONEowvgKaFeLLtLBfg3Z7aHbhBv-O6j4I1Hs");
            return auth.statusCode() == 200 && auth.body().contains("id=\"kc-form-login\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return PROBE.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> stackLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return java.util.Arrays.stream(new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", ""))
                .filter(line -> line.startsWith("[stack]"))
                .toList();
    }
}

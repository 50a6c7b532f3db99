package id.bpjstk.claims.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.service.rules.MemberFacts;
import id.bpjstk.claims.service.rules.ParticipantCategory;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.contract.OpenApiContract;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The caller's half of the contract with membership-service: what {@link MembershipClient} asks for is an operation
 * of membership-service's document, the answers it reads fit that operation's schema, and so does every answer of the
 * stand-in that the service tests run against ({@link MembershipServiceStub}). membership-service's own tests check
 * that it serves this document.
 */
class MembershipContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.membershipService();
    private static final String MADE = "11000000041";

    private final StubServer stub = new StubServer();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void anEmployedWageEarnerIsReadFromAnAnswerThatFitsTheContract() {
        MemberFacts facts = read(200, "{\"membershipNumber\":\"" + MADE + "\",\"name\":\"Made Wirawan\","
                + "\"birthDate\":\"1970-03-03\",\"participantCategory\":\"PU\",\"status\":\"ACTIVE\","
                + "\"employmentEndDate\":null,\"contributionMonths\":46,\"jpContributionMonths\":46,"
                + "\"firstContributionMonth\":\"2023-01\",\"lastContributionMonth\":\"2026-10\"}").orElseThrow();

        assertEquals(LocalDate.of(1970, 3, 3), facts.birthDate());
        assertEquals(ParticipantCategory.PU, facts.participantCategory());
        assertEquals(null, facts.employmentEndDate());
        assertEquals(46, facts.contributionMonths());
        assertEquals(46, facts.jpContributionMonths());
        assertEquals(YearMonth.of(2023, 1), facts.firstContributionMonth());
        assertEquals(YearMonth.of(2026, 10), facts.lastContributionMonth());
    }

    @Test
    void aResignedMemberWithoutContributionsIsReadFromAnAnswerThatFitsTheContract() {
        MemberFacts facts = read(200, "{\"membershipNumber\":\"" + MADE + "\",\"name\":\"Made Wirawan\","
                + "\"birthDate\":\"1970-03-03\",\"participantCategory\":\"BPU\",\"status\":\"ACTIVE\","
                + "\"employmentEndDate\":\"2026-09-30\",\"contributionMonths\":0,\"jpContributionMonths\":0,"
                + "\"firstContributionMonth\":null,\"lastContributionMonth\":null}").orElseThrow();

        assertEquals(ParticipantCategory.BPU, facts.participantCategory());
        assertEquals(LocalDate.of(2026, 9, 30), facts.employmentEndDate());
        assertEquals(null, facts.firstContributionMonth());
        assertEquals(null, facts.lastContributionMonth());
    }

    @Test
    void anUnknownMemberIsTheContractsNotFoundAnswer() {
        assertEquals(Optional.empty(), read(404,
                "{\"code\":\"member_not_found\",\"message\":\"No active member with this membership number\"}"));
    }

    @Test
    void everyAnswerOfTheServiceTestsStandInFitsTheContract() throws Exception {
        MembershipServiceStub membership = new MembershipServiceStub();
        membership.init(Map.of());
        Map<String, String> config = membership.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String token = http.send(HttpRequest.newBuilder(URI.create(config.get("claims.membership.token-url")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=claims-service"
                            + "&client_secret=" + MembershipServiceStub.CLIENT_SECRET))
                    .build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            for (String kpj : List.of(Members.SITI, Members.BUDI, Members.DEWI, Members.MADE, Members.RESIGNED,
                    Members.RECENTLY_RESIGNED, Members.PENSIONER, Members.NOT_IN_REGISTRY)) {
                String path = "/internal/members/" + kpj + "/facts";
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(config.get("claims.membership.url") + path)).header("Authorization", "Bearer " + token)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                CONTRACT.checkResponse("GET", path, answer.statusCode(), answer.body());
            }
        } finally {
            membership.stop();
        }
    }

    /** Feeds the client one answer, after checking it against the contract, and checks what the client asked for. */
    private Optional<MemberFacts> read(int status, String body) {
        stub.facts = exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            StubServer.send(exchange, status, body);
        };
        String path = "/internal/members/" + MADE + "/facts";
        CONTRACT.checkResponse("GET", path, status, body);

        Optional<MemberFacts> facts = new MembershipClient(stub.config(Duration.ofSeconds(2)), new StubServer.ManualClock(),
                new SimpleMeterRegistry()).facts(MADE);

        assertEquals(List.of("GET " + path), asked);
        OpenApiContract.Operation operation = CONTRACT.operation("GET", path);
        assertTrue(operation.node().path("responses").has(Integer.toString(status)), operation + " declares " + status);
        return facts;
    }
}

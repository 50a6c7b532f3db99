package id.bpjstk.claims.api;

import static id.bpjstk.claims.support.ClaimsApi.body;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.ClaimsTables;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests at the same moment: one claim per Idempotency-Key, one winner per decision. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class ConcurrencyTest {

    private static final int PARALLEL = 8;
    private static final List<String> JKK_DOCUMENTS =
            List.of("KTP", "KARTU_PESERTA", "LAPORAN_KECELAKAAN_KERJA", "SURAT_KETERANGAN_DOKTER");

    @Inject
    EntityManager em;

    private ExecutorService pool;

    @BeforeEach
    void noClaims() {
        ClaimsTables.clear(em);
        pool = Executors.newFixedThreadPool(PARALLEL);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void theSameIdempotencyKeyInParallelYieldsOneClaim() throws Exception {
        String token = TestTokens.member(Members.MADE, "2");
        List<Response> responses = all(PARALLEL,
                i -> () -> ClaimsApi.create(token, "made-parallel", body("JHT", "JHT_RETIREMENT")));

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, (long) PARALLEL - 1), statuses, "one created, the others replayed");
        assertEquals(1, responses.stream().map(r -> r.path("id")).distinct().count(), "one and the same claim");
        assertEquals(new ClaimsTables.Counts(1, 0, 0, 1), ClaimsTables.counts(em));
    }

    @Test
    void differentKeysForTheSameTypeInParallelYieldOneClaimAndConflicts() throws Exception {
        String token = TestTokens.member(Members.SITI, "2");
        List<Response> responses = all(PARALLEL,
                i -> () -> ClaimsApi.create(token, "siti-" + i, body("JKK", "JKK_WORK_ACCIDENT")));

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) PARALLEL - 1), statuses);
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> r.then().contentType(ContentType.JSON).body("code", org.hamcrest.Matchers.is("open_claim_exists")));
        assertEquals(1, ClaimsTables.count(em, "claims"));
    }

    @Test
    void twoOfficersApprovingAndRejectingAtOnceGiveOneWinner() throws Exception {
        // several rounds, on claims of different members, to give the race a fair chance each way
        for (String member : List.of(Members.SITI, Members.BUDI, Members.DEWI, Members.MADE)) {
            String claim = verifiedJkkOf(member);
            List<Response> responses = all(2, i -> i == 0
                    ? () -> given().auth().oauth2(TestTokens.officer("officer01")).when()
                            .post("/api/officer/claims/{id}/approve", claim)
                    : () -> given().auth().oauth2(TestTokens.officer("officer02")).contentType(ContentType.JSON)
                            .body("{\"reason\":\"Laporan kecelakaan tidak lengkap\"}")
                            .when().post("/api/officer/claims/{id}/reject", claim));

            List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "one winner for " + member);
            Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            Response loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            loser.then().contentType(ContentType.JSON);
            String loserCode = loser.path("code");
            assertEquals(true, List.of("concurrent_change", "invalid_transition").contains(loserCode), loserCode);
            assertEquals(1, decisions(claim), "one decision in the history of " + member);
            given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims/{id}", claim)
                    .then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.is((String) winner.path("status")))
                    // four uploads, submit, verify and the one decision
                    .body("version", org.hamcrest.Matchers.is(7));
        }
    }

    @Test
    void manyOfficersPayingAtOncePayOnce() throws Exception {
        String claim = ClaimsApi.approvedJhtOfMade();
        List<Response> responses = all(PARALLEL, i -> () -> ClaimsApi.officer("pay", claim));

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(PARALLEL - 1, responses.stream().filter(r -> r.statusCode() == 409).count());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim_status_history where to_status = 'PAID' and claim_id = cast(?1 as uuid)")
                .setParameter(1, claim).getSingleResult()).longValue()));
    }

    /** The member's JKK claim, verified by a third officer: either of the two deciding it may. */
    private String verifiedJkkOf(String member) {
        String claim = ClaimsApi.completeAndSubmit(member, ClaimsApi.draft(member, "JKK", "JKK_WORK_ACCIDENT"),
                JKK_DOCUMENTS);
        ClaimsApi.officer("verify", claim, "officer03").then().statusCode(200);
        return claim;
    }

    private long decisions(String claim) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim_status_history where to_status in ('APPROVED', 'REJECTED')"
                        + " and claim_id = cast(?1 as uuid)").setParameter(1, claim).getSingleResult()).longValue());
    }

    /** Runs {@code count} requests released at the same instant; answers their responses. */
    private List<Response> all(int count, Function<Integer, Callable<Response>> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<Response> call = request.apply(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get(30, TimeUnit.SECONDS));
        }
        return responses;
    }
}

package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.bpjstk.portal.ClaimFixtures;
import id.bpjstk.portal.FormSession;
import id.bpjstk.portal.ServiceStubs;
import id.bpjstk.portal.SignedInMember;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** The officers' workspace against a stand-in of claims-service. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
@TestSecurity(user = "officer01", roles = "claims-officer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Petugas Klaim Satu"), @Claim(key = "sub", value = "officer-01-subject")})
class OfficerPageTest {

    private static final String CLAIM = "/api/officer/claims/" + ClaimFixtures.CLAIM_ID;
    private static final String PAGE = "/officer/claims/" + ClaimFixtures.CLAIM_ID;
    private static final String QUEUE = """
            {"page":0,"size":20,"totalItems":21,"totalPages":2,"items":[{"id":"%s","membershipNumber":"11000000017",
             "type":"JKK","reason":"JKK_WORK_ACCIDENT","status":"SUBMITTED","createdAt":"2026-11-20T03:00:00Z",
             "updatedAt":"2026-11-20T04:00:00Z"}]}""".formatted(ClaimFixtures.CLAIM_ID);

    @BeforeEach
    void stubs() {
        ServiceStubs.reset();
        ServiceStubs.answer("GET", "/api/officer/claims", 200, QUEUE);
        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("SUBMITTED", 5));
    }

    @Test
    void theQueueIsFilteredByStatusAndTypeAndPaged() {
        Document page = Jsoup.parse(given().when().get("/officer?status=SUBMITTED&type=JKK").then().statusCode(200)
                .extract().asString());

        ServiceStubs.Recorded sent = ServiceStubs.recorded().get(0);
        assertThat(sent.query()).contains("status=SUBMITTED", "type=JKK", "page=0", "size=20");
        assertThat(sent.header("Authorization")).startsWith("Bearer ey");
        assertThat(page.selectFirst("#status option[selected]").val()).isEqualTo("SUBMITTED");
        Element row = page.selectFirst("[data-testid=queue] tbody tr");
        assertThat(row.text()).contains("11000000017", "JKK", "Diajukan");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo(PAGE);
        assertThat(page.selectFirst("[data-testid=page]").text()).isEqualTo("Halaman 1 dari 2");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/officer?status=SUBMITTED&type=JKK&page=2");
        assertThat(page.select("a[rel=prev]")).isEmpty();
    }

    @Test
    void anUnknownFilterValueIsToldAtItsFieldAndNotSent() {
        Document page = Jsoup.parse(given().when().get("/officer?status=BOGUS&page=x").then().statusCode(400)
                .extract().asString());

        assertThat(page.selectFirst("#status").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#status-error").text()).startsWith("Status tidak dikenal");
        assertThat(ServiceStubs.recorded().get(0).query()).doesNotContain("status=").contains("page=0");
    }

    @Test
    void theClaimOffersTheDecisionsItsStatusAllows() {
        Document submitted = FormSession.open(PAGE).page();
        assertThat(submitted.select("button[type=submit][data-testid]")).extracting(e -> e.attr("data-testid"))
                .containsExactly("verify", "reject");
        assertThat(submitted.selectFirst("[data-testid=account]").text()).isEqualTo("0123456789");
        assertThat(submitted.selectFirst("a[href$=/documents/" + ClaimFixtures.DOCUMENT_ID + "]")).isNotNull();

        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("APPROVED", 7));
        Document approved = FormSession.open(PAGE).page();
        assertThat(approved.select("button[type=submit][data-testid]")).extracting(e -> e.attr("data-testid"))
                .containsExactly("pay");
    }

    @Test
    void verifyingSendsTheDecisionAndComesBackWithANotice() {
        ServiceStubs.answer("POST", CLAIM + "/verify", 200, ClaimFixtures.claim("VERIFIED", 6));
        FormSession page = FormSession.open(PAGE);

        page.post().formParam("action", "verify").formParam("version", "5").when().post(PAGE + "/decision")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(PAGE + "?notice=verify"));

        assertThat(ServiceStubs.recorded()).anyMatch(r -> r.method().equals("POST") && r.path().equals(CLAIM + "/verify"));
        Document after = Jsoup.parse(given().when().get(PAGE + "?notice=verify").then().statusCode(200).extract().asString());
        assertThat(after.selectFirst("[data-testid=notice]").text()).isEqualTo("Klaim diverifikasi.");
    }

    @Test
    void aClaimChangedSinceThePageWasLoadedIsAlreadyDecidedAndNothingIsSent() {
        FormSession page = FormSession.open(PAGE);
        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("VERIFIED", 6));

        Document answer = Jsoup.parse(page.post().formParam("action", "reject").formParam("reason", "Dokumen tidak terbaca")
                .formParam("version", "5").when().post(PAGE + "/decision").then().statusCode(409).extract().asString());

        assertThat(answer.selectFirst("[data-testid=alert]").text()).startsWith("Klaim ini sudah diputuskan oleh petugas lain.");
        assertThat(answer.selectFirst("[data-testid=status]").text()).isEqualTo("Diverifikasi");
        assertThat(ServiceStubs.recorded()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void theServicesConflictsAreToldAsAlreadyDecidedOrAsTheSeparationOfDuties() {
        FormSession page = FormSession.open(PAGE);

        ServiceStubs.answer("POST", CLAIM + "/verify", 409, ClaimFixtures.error("invalid_transition"));
        assertThat(decide(page, "verify", "5")).startsWith("Klaim ini sudah diputuskan oleh petugas lain.");
        ServiceStubs.answer("POST", CLAIM + "/verify", 409, ClaimFixtures.error("concurrent_change"));
        assertThat(decide(page, "verify", "5")).startsWith("Klaim ini sudah diputuskan oleh petugas lain.");
        ServiceStubs.answer("POST", CLAIM + "/verify", 409, ClaimFixtures.error("own_claim"));
        assertThat(decide(page, "verify", "5")).startsWith("Klaim ini diajukan atas KPJ Anda sendiri");

        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("VERIFIED", 6));
        ServiceStubs.answer("POST", CLAIM + "/approve", 409, ClaimFixtures.error("same_officer"));
        assertThat(decide(page, "approve", "6")).startsWith("Anda yang memverifikasi klaim ini");
        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("APPROVED", 7));
        ServiceStubs.answer("POST", CLAIM + "/pay", 409, ClaimFixtures.error("same_officer"));
        assertThat(decide(page, "pay", "7")).startsWith("Anda yang menyetujui klaim ini");
    }

    @Test
    void aRejectionNeedsAReason() {
        FormSession page = FormSession.open(PAGE);

        Document answer = Jsoup.parse(page.post().formParam("action", "reject").formParam("reason", "   ")
                .formParam("version", "5").when().post(PAGE + "/decision").then().statusCode(400).extract().asString());

        assertThat(answer.selectFirst("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(answer.selectFirst("#reason-error").text()).isEqualTo("Isi alasan penolakan.");
        assertThat(ServiceStubs.recorded()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aMalformedClaimIdIsNotFound() {
        given().when().get("/officer/claims/not-a-claim").then().statusCode(404);
        given().when().get("/officer/claims/" + UUID.randomUUID() + "x").then().statusCode(404);
        assertThat(ServiceStubs.recorded()).isEmpty();
    }

    @Test
    @TestSecurity(user = SignedInMember.KPJ, roles = "member")
    @OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ)})
    void aMemberGetsTheForbiddenPage() {
        Document queue = Jsoup.parse(given().when().get("/officer").then().statusCode(403).extract().asString());
        assertThat(queue.selectFirst("h1").text()).isEqualTo("Tidak diizinkan");
        given().when().get(PAGE).then().statusCode(403);
        assertThat(ServiceStubs.recorded()).isEmpty();
    }

    private static String decide(FormSession page, String action, String version) {
        Document answer = Jsoup.parse(page.post().formParam("action", action).formParam("version", version)
                .when().post(PAGE + "/decision").then().statusCode(409).extract().asString());
        return answer.selectFirst("[data-testid=alert]").text();
    }
}

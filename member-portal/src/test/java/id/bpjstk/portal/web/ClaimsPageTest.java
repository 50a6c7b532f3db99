package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import io.restassured.response.Response;

/** The member's claims pages against stand-ins of claims-service: what they show, send and make of its answers. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
@TestSecurity(user = SignedInMember.KPJ, roles = "member")
@OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
        @Claim(key = "name", value = "Siti Rahmawati"), @Claim(key = "sub", value = SignedInMember.SUBJECT)})
class ClaimsPageTest {

    private static final String CLAIM = "/api/claims/" + ClaimFixtures.CLAIM_ID;

    @BeforeEach
    void stubs() {
        ServiceStubs.reset();
        ServiceStubs.answer("GET", "/api/claim-types", 200, ClaimFixtures.CLAIM_TYPES);
        ServiceStubs.answer("GET", "/api/claims", 200, ClaimFixtures.NO_CLAIMS);
        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("DRAFT", 3));
    }

    @Test
    void theClaimsPageListsHerClaimsAndWhatSheMayFile() {
        Document page = Jsoup.parse(given().when().get("/claims").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Klaim");
        assertThat(page.text()).contains("Anda belum pernah mengajukan klaim.");
        assertThat(page.selectFirst("[data-testid=eligibility-JHT_RETIREMENT]").text())
                .isEqualTo("Belum memenuhi syarat. Anda berusia 36 tahun; JHT dapat diklaim pada usia 56 tahun.");
        assertThat(page.selectFirst("[data-type=JKK]").text()).contains("PP 44/2015", "Laporan kecelakaan kerja");
        assertThat(page.select("[data-testid=file-JHT]")).as("nothing to file while not eligible").isEmpty();
        assertThat(page.selectFirst("[data-testid=file-JKK]").attr("href")).isEqualTo("/claims/new?type=JKK");
        assertThat(page.selectFirst("[data-testid=file-JKK]").text()).isEqualTo("Ajukan klaim JKK");
    }

    @Test
    void inEnglishTheServicesTextsAreItsEnglishOnes() {
        ServiceStubs.answer("GET", "/api/claims", 200, ClaimFixtures.myClaims("SUBMITTED"));

        Document page = Jsoup.parse(given().cookie("portal_lang", "en").when().get("/claims").then().statusCode(200)
                .extract().asString());

        assertThat(page.selectFirst("[data-testid=eligibility-JHT_RETIREMENT]").text())
                .isEqualTo("Not eligible yet. You are 36; JHT can be claimed at 56.");
        Element row = page.selectFirst("[data-testid=my-claims] tbody tr");
        assertThat(row.text()).contains("Work-accident benefit (JKK)", "Work accident", "Submitted");
        assertThat(page.select("[data-testid=file-JKK]")).as("an open JKK claim: no second one").isEmpty();
        assertThat(page.selectFirst("[data-type=JKK]").text()).contains("You already have an open claim of this type.");
    }

    @Test
    void theNewClaimFormCarriesAFreshIdempotencyKeyAndTheTypesReasons() {
        FormSession first = FormSession.open("/claims/new?type=JKK");
        FormSession second = FormSession.open("/claims/new?type=JKK");

        assertThat(UUID.fromString(first.value("idempotencyKey"))).isNotEqualTo(UUID.fromString(second.value("idempotencyKey")));
        assertThat(first.page().select("#reason option")).extracting(Element::val).containsExactly("", "JKK_WORK_ACCIDENT");
        assertThat(first.page().selectFirst("label[for=bankAccountNumber]")).isNotNull();
    }

    @Test
    void anInvalidFormIsAnsweredAtItsFieldsAndNothingIsSent() {
        FormSession form = FormSession.open("/claims/new?type=JKK");

        Response answer = form.post().formParam("type", "JKK").formParam("reason", "")
                .formParam("bankName", "Bank <script>").formParam("bankAccountNumber", "12-34")
                .formParam("idempotencyKey", form.value("idempotencyKey")).when().post("/claims/new");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.selectFirst("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#reason").attr("aria-describedby")).contains("reason-error");
        assertThat(page.selectFirst("#reason-error").text()).isEqualTo("Pilih alasan klaim.");
        assertThat(page.select("[data-testid=error-summary] a")).extracting(link -> link.attr("href"))
                .containsExactly("#reason", "#bankName", "#bankAccountNumber");
        assertThat(page.selectFirst("#bankName-error").text()).startsWith("Nama bank hanya boleh berisi huruf");
        assertThat(page.selectFirst("#bankAccountNumber-error").text()).isEqualTo("Nomor rekening harus 6 sampai 20 angka.");
        assertThat(page.selectFirst("#bankName").val()).isEqualTo("Bank <script>");
        assertThat(page.html()).doesNotContain("<script>");
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void postingTheSameFormTwiceSendsTheSameIdempotencyKeySoTheServiceFilesOneClaim() {
        ServiceStubs.answer("POST", "/api/claims", 201, ClaimFixtures.claim("DRAFT", 0));
        FormSession form = FormSession.open("/claims/new?type=JKK");
        String key = form.value("idempotencyKey");

        for (int i = 0; i < 2; i++) {
            form.post().formParam("type", "JKK").formParam("reason", "JKK_WORK_ACCIDENT")
                    .formParam("bankName", "Bank Rakyat Indonesia").formParam("bankAccountNumber", "0123 4567 89")
                    .formParam("idempotencyKey", key).when().post("/claims/new")
                    .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                            "/claims/" + ClaimFixtures.CLAIM_ID + "?notice=created"));
        }

        List<ServiceStubs.Recorded> creates = ServiceStubs.recorded().stream()
                .filter(request -> request.method().equals("POST") && request.path().equals("/api/claims")).toList();
        assertThat(creates).hasSize(2).allSatisfy(request -> {
            assertThat(request.header("Idempotency-Key")).isEqualTo(key);
            assertThat(request.header("Authorization")).startsWith("Bearer ey");
            assertThat(request.body()).contains("\"type\":\"JKK\"", "\"reason\":\"JKK_WORK_ACCIDENT\"",
                    "\"bankAccountNumber\":\"0123456789\"");
        });
    }

    @Test
    void theServicesRefusalsOfANewClaimAreMessagesOnTheForm() {
        FormSession form = FormSession.open("/claims/new?type=JKK");

        ServiceStubs.answer("POST", "/api/claims", 409, ClaimFixtures.error("open_claim_exists"));
        ServiceStubs.answer("GET", "/api/claims", 200, ClaimFixtures.myClaims("SUBMITTED"));
        Document open = Jsoup.parse(validClaim(form).when().post("/claims/new").then().statusCode(409).extract().asString());
        assertThat(open.selectFirst("[data-testid=form-alert]").text()).contains("Anda sudah memiliki klaim JKK yang sedang berjalan");
        assertThat(open.selectFirst("[data-testid=form-alert] a").attr("href")).isEqualTo("/claims/" + ClaimFixtures.CLAIM_ID);

        ServiceStubs.answer("POST", "/api/claims", 422, ClaimFixtures.error("not_eligible"));
        Document notEligible = Jsoup.parse(validClaim(form).when().post("/claims/new").then().statusCode(422).extract().asString());
        assertThat(notEligible.selectFirst("#reason-error").text())
                .isEqualTo("Anda belum memenuhi syarat untuk alasan ini. Memerlukan laporan kejadian.");
        assertThat(notEligible.selectFirst("#bankName").val()).isEqualTo("Bank Rakyat Indonesia");

        ServiceStubs.answer("POST", "/api/claims", new ServiceStubs.Answer(400,
                "{\"code\":\"invalid_request\",\"message\":\"x\",\"violations\":[{\"field\":\"reason\",\"message\":\"must be one of the type's reason codes\"}]}",
                Map.of(), 0));
        Document invalid = Jsoup.parse(validClaim(form).when().post("/claims/new").then().statusCode(400).extract().asString());
        assertThat(invalid.selectFirst("#reason-error").text()).isEqualTo("Pilih alasan klaim dari daftar.");
    }

    @Test
    void aServiceAskingForAFreshLevelTwoKeepsTheFormAndSendsHerThroughTheSmsCode() {
        ServiceStubs.answer("POST", "/api/claims", new ServiceStubs.Answer(403,
                ClaimFixtures.error("insufficient_user_authentication"), ClaimFixtures.STEP_UP, 0));
        FormSession form = FormSession.open("/claims/new?type=JKK");

        Response answer = validClaim(form).when().post("/claims/new");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).matches(".*/claims/new\\?type=JKK&resume=[0-9a-f-]{36}$");
    }

    @Test
    void aMalformedOrUnknownClaimIdIsNotFound() {
        Document malformed = Jsoup.parse(given().when().get("/claims/not-a-uuid").then().statusCode(404).extract().asString());
        assertThat(malformed.selectFirst("h1").text()).isEqualTo("Tidak ditemukan");
        assertThat(ServiceStubs.recorded()).isEmpty();

        String other = "/claims/" + UUID.randomUUID();
        ServiceStubs.answer("GET", "/api" + other, 404, ClaimFixtures.error("claim_not_found"));
        Document unknown = Jsoup.parse(given().when().get(other).then().statusCode(404).extract().asString());
        assertThat(unknown.selectFirst("h1").text()).isEqualTo("Tidak ditemukan");
    }

    @Test
    void theClaimPageShowsStatusHistoryDocumentsAndTheLimitsBeforeUpload() {
        Document page = Jsoup.parse(given().when().get("/claims/" + ClaimFixtures.CLAIM_ID).then().statusCode(200)
                .extract().asString());

        assertThat(page.selectFirst("[data-testid=status]").text()).isEqualTo("Draf");
        assertThat(page.selectFirst("[data-testid=account]").text()).isEqualTo("••••••6789");
        assertThat(page.html()).doesNotContain("0123456789");
        assertThat(page.selectFirst("[data-testid=upload-limits]").text())
                .isEqualTo("Berkas PDF, JPEG, atau PNG; paling besar 5 MiB per berkas dan 20 MiB untuk semua dokumen klaim ini (sisa 19,9 MiB).");
        assertThat(page.selectFirst("#file").attr("aria-describedby")).isEqualTo("upload-limits");
        assertThat(page.selectFirst("[data-testid=documents] tbody tr").text()).contains("Kartu Tanda Penduduk (KTP)", "ktp.pdf", "2 KiB");
        assertThat(page.selectFirst("[data-testid=history] tbody tr").text()).contains("Draf", "Peserta (11000000017)");
        assertThat(page.select("form[action$=/documents] input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void anUploadGoesToTheServiceAsTypeAndFile() {
        ServiceStubs.answer("POST", CLAIM + "/documents", 201, "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"KTP\"}");
        FormSession page = FormSession.open("/claims/" + ClaimFixtures.CLAIM_ID);

        page.multipart().multiPart("type", "LAPORAN_KECELAKAAN_KERJA")
                .multiPart("file", "laporan.pdf", "%PDF-1.4 laporan".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/documents")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?notice=uploaded"));

        ServiceStubs.Recorded sent = ServiceStubs.recorded().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.path()).isEqualTo(CLAIM + "/documents");
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(sent.body()).contains("name=\"type\"", "LAPORAN_KECELAKAAN_KERJA", "filename=\"laporan.pdf\"", "%PDF-1.4 laporan")
                .doesNotContain("csrf-token");
    }

    @Test
    void theServicesTooLargeAndUnsupportedAnswersAreMessagesAtTheFileField() {
        FormSession page = FormSession.open("/claims/" + ClaimFixtures.CLAIM_ID);

        ServiceStubs.answer("POST", CLAIM + "/documents", 413, ClaimFixtures.error("document_too_large"));
        Document tooLarge = Jsoup.parse(upload(page, "besar.pdf").then().statusCode(413).extract().asString());
        assertThat(tooLarge.selectFirst("#file-error").text())
                .isEqualTo("Berkas terlalu besar. Ukuran paling besar 5 MiB per berkas; tidak ada yang diunggah.");
        assertThat(tooLarge.selectFirst("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(tooLarge.selectFirst("#document-type option[selected]").val()).isEqualTo("KTP");

        ServiceStubs.answer("POST", CLAIM + "/documents", 415, ClaimFixtures.error("unsupported_document"));
        Document unsupported = Jsoup.parse(upload(page, "catatan.txt").then().statusCode(415).extract().asString());
        assertThat(unsupported.selectFirst("#file-error").text()).isEqualTo("Berkas harus PDF, JPEG, atau PNG. Tidak ada yang diunggah.");
        assertThat(unsupported.selectFirst("[data-testid=error-summary] a").attr("href")).isEqualTo("#file");
    }

    @Test
    void anUploadFarOverThePortalsLimitIsAnsweredWithTheClaimsPageNotABrokenConnection() {
        // as a browser sends a form: with its Content-Length (13 MiB, over the portal's 12M)
        String boundary = "----portal-test";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nKTP\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[13 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        Response answer = given().redirects().follow(false).contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray()).when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/documents");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/claims/" + ClaimFixtures.CLAIM_ID + "?upload=too-large");
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("POST"));
        Document page = Jsoup.parse(given().when().get("/claims/" + ClaimFixtures.CLAIM_ID + "?upload=too-large")
                .then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#file-error").text()).startsWith("Berkas terlalu besar. Ukuran paling besar 5 MiB");
    }

    @Test
    void aDocumentIsStreamedFromTheServiceAsAnAttachment() {
        byte[] pdf = "%PDF-1.4 ktp".getBytes(StandardCharsets.US_ASCII);
        ServiceStubs.answer("GET", CLAIM + "/documents/" + ClaimFixtures.DOCUMENT_ID,
                new ServiceStubs.Answer(200, new String(pdf, StandardCharsets.US_ASCII), Map.of("Content-Type", "application/pdf"), 0));
        ServiceStubs.answer("GET", CLAIM, 200, ClaimFixtures.claim("DRAFT", 3).replace("\"sizeBytes\":2048", "\"sizeBytes\":" + pdf.length));

        Response download = given().when().get("/claims/" + ClaimFixtures.CLAIM_ID + "/documents/" + ClaimFixtures.DOCUMENT_ID);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"ktp.pdf\"; filename*=UTF-8''ktp.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        given().when().get("/claims/" + ClaimFixtures.CLAIM_ID + "/documents/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDownloadLeavesThePagesFormsTheirCsrfToken() {
        ServiceStubs.answer("GET", CLAIM + "/documents/" + ClaimFixtures.DOCUMENT_ID,
                new ServiceStubs.Answer(200, "%PDF-1.4", Map.of("Content-Type", "application/pdf"), 0));
        ServiceStubs.answer("POST", CLAIM + "/submit", 200, ClaimFixtures.claim("SUBMITTED", 4));
        FormSession page = FormSession.open("/claims/" + ClaimFixtures.CLAIM_ID);

        Response download = given().cookie(FormSession.CSRF, page.csrfCookie())
                .when().get("/claims/" + ClaimFixtures.CLAIM_ID + "/documents/" + ClaimFixtures.DOCUMENT_ID);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.getCookie(FormSession.CSRF)).as("no new token with a file").isNull();
        assertThat(given().cookie(FormSession.CSRF, page.csrfCookie()).when().get("/claims/" + ClaimFixtures.CLAIM_ID)
                .getCookie(FormSession.CSRF)).as("a page gets a new one").isNotNull();

        page.post().when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/submit").then().statusCode(303);
    }

    @Test
    void submittingWithDocumentsMissingListsThem() {
        ServiceStubs.answer("POST", CLAIM + "/submit", 409, ClaimFixtures.error("documents_missing"));
        FormSession page = FormSession.open("/claims/" + ClaimFixtures.CLAIM_ID);

        Document answer = Jsoup.parse(page.post().when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/submit")
                .then().statusCode(409).extract().asString());

        assertThat(answer.selectFirst("[data-testid=alert]").text()).startsWith("Klaim belum dapat dikirim");
        assertThat(answer.select("[data-testid=missing-documents] li")).extracting(Element::text)
                .containsExactly("Laporan kecelakaan kerja");
    }

    @Test
    void cancellingAsksFirstAndThenCancels() {
        ServiceStubs.answer("POST", CLAIM + "/cancel", 200, ClaimFixtures.claim("CANCELLED", 4));
        FormSession confirm = FormSession.open("/claims/" + ClaimFixtures.CLAIM_ID + "/cancel");
        assertThat(confirm.page().selectFirst("h1").text()).isEqualTo("Batalkan klaim?");
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("POST"));

        confirm.post().when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/cancel")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?notice=cancelled"));
        assertThat(ServiceStubs.recorded()).anyMatch(request -> request.method().equals("POST")
                && request.path().equals(CLAIM + "/cancel"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        given().redirects().follow(false).formParam("type", "JKK").when().post("/claims/new").then().statusCode(400);
        assertThat(ServiceStubs.recorded()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    @TestSecurity(user = "officer01", roles = "claims-officer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Petugas Klaim Satu")})
    void staffWithoutAKpjGetTheForbiddenPage() {
        Document page = Jsoup.parse(given().when().get("/claims").then().statusCode(403).extract().asString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Tidak diizinkan");
    }

    private static io.restassured.specification.RequestSpecification validClaim(FormSession form) {
        return form.post().formParam("type", "JKK").formParam("reason", "JKK_WORK_ACCIDENT")
                .formParam("bankName", "Bank Rakyat Indonesia").formParam("bankAccountNumber", "0123456789")
                .formParam("idempotencyKey", form.value("idempotencyKey"));
    }

    private static Response upload(FormSession page, String fileName) {
        return page.multipart().multiPart("type", "KTP")
                .multiPart("file", fileName, "some bytes".getBytes(StandardCharsets.US_ASCII), "application/octet-stream")
                .when().post("/claims/" + ClaimFixtures.CLAIM_ID + "/documents");
    }
}

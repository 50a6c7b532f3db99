package id.bpjstk.claims.api;

import static id.bpjstk.claims.support.ClaimsApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.ClaimsTables;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.claims.support.TestFiles;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents: multipart upload, detection by content, caps, byte-identical download, removal. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class DocumentApiTest {

    private static final String MADE = TestTokens.member(Members.MADE, "2");

    @Inject
    EntityManager em;

    private String claim;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void madeHasADraftJhtClaim() {
        ClaimsTables.clear(em);
        claim = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
    }

    @Test
    void theKtpScanMadeUploadsComesBackByteForByte() throws Exception {
        byte[] scan = TestFiles.pdf(123_457);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));

        Response uploaded = upload(MADE, claim, "KTP", "ktp-made.pdf", scan, "application/pdf");
        String document = uploaded.then().statusCode(201).contentType(ContentType.JSON)
                .body("type", is("KTP"))
                .body("fileName", is("ktp-made.pdf"))
                .body("contentType", is("application/pdf"))
                .body("sizeBytes", is(123_457))
                .body("sha256", is(sha256))
                .body("uploadedBy", is(Members.MADE))
                .extract().path("id");
        uploaded.then().header("Location", endsWith("/api/claims/" + claim + "/documents/" + document));

        Response download = given().auth().oauth2(MADE)
                .when().get("/api/claims/{id}/documents/{doc}", claim, document);
        download.then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"ktp-made.pdf\""))
                .header("Repr-Digest", is("sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(sha256)) + ":"))
                .header("X-Content-Type-Options", is("nosniff"));
        assertArrayEquals(scan, download.asByteArray());
    }

    @Test
    void aClientGrantedOnlyReadingClaimsUploadsNothingButDownloadsWhatIsThere() {
        String document = upload(MADE, claim, "KTP", "ktp.pdf", TestFiles.pdf(2_000), "application/pdf")
                .then().statusCode(201).extract().path("id");
        String readOnly = TestTokens.memberWithScopes(Members.MADE, "2", "openid", "claims.read");

        upload(readOnly, claim, "KK", "kk.pdf", TestFiles.pdf(3_000), "application/pdf")
                .then().statusCode(403).body("code", is("insufficient_scope"))
                .header("WWW-Authenticate", is("Bearer error=\"insufficient_scope\", scope=\"claims.write\""));
        given().auth().oauth2(readOnly).when().delete("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(403).body("code", is("insufficient_scope"));

        assertEquals(1, ClaimsTables.count(em, "claim_documents"));
        given().auth().oauth2(readOnly).when().get("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void jpegAndPngAreKnownByTheirContentNotTheirNameOrDeclaredType() {
        upload(MADE, claim, "KK", "kk.pdf", TestFiles.jpeg(50_000), "application/pdf")
                .then().statusCode(201).body("contentType", is("image/jpeg"));
        String png = upload(MADE, claim, "KARTU_PESERTA", "kartu", TestFiles.png(60_000), "application/octet-stream")
                .then().statusCode(201).body("contentType", is("image/png")).extract().path("id");

        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, png)
                .then().statusCode(200).contentType("image/png");
    }

    @Test
    void theClaimListsItsDocumentsAndWhatIsStillMissing() {
        ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP"));

        given().auth().oauth2(MADE).when().get("/api/claims/{id}", claim)
                .then().statusCode(200)
                .body("documents", hasSize(1))
                .body("documents[0].type", is("KTP"))
                .body("missingDocuments.code", contains("KK", "KARTU_PESERTA"));
    }

    @Test
    void aSixMegabyteFileIs413AndNothingIsWritten() {
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        upload(MADE, claim, "KTP", "ktp.pdf", TestFiles.pdf(6_000_000), "application/pdf")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("code", is("document_too_large"))
                .body("message", containsString("5242880"));

        assertEquals(before, ClaimsTables.counts(em));
    }

    @Test
    void aFileOfExactlyFiveMebibytesIsAccepted() {
        upload(MADE, claim, "KTP", "ktp.pdf", TestFiles.pdf(5 * 1024 * 1024), "application/pdf")
                .then().statusCode(201).body("sizeBytes", is(5 * 1024 * 1024));
    }

    @Test
    void aTextFileRenamedPdfIs415AndNothingIsWritten() {
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        upload(MADE, claim, "KTP", "ktp.pdf", TestFiles.text(), "application/pdf")
                .then().statusCode(415).contentType(ContentType.JSON)
                .body("code", is("unsupported_document"))
                .body("message", containsString("PDF, JPEG or PNG"));

        assertEquals(before, ClaimsTables.counts(em));
    }

    @Test
    void anEmptyFileIs400() {
        upload(MADE, claim, "KTP", "ktp.pdf", new byte[0], "application/pdf")
                .then().statusCode(400).body("violations.field", contains("file"));
    }

    @Test
    void aDocumentTypeTheClaimDoesNotNeedIs400AndNothingIsWritten() {
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        upload(MADE, claim, "AKTA_KEMATIAN", "akta.pdf", TestFiles.pdf(), "application/pdf")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("violations.field", contains("type"))
                .body("violations[0].message", is("must be one of KTP, KK, KARTU_PESERTA for a JHT_RETIREMENT claim"));
        upload(MADE, claim, "PASSPORT", "passport.pdf", TestFiles.pdf(), "application/pdf")
                .then().statusCode(400).body("violations.field", contains("type"));

        assertEquals(before, ClaimsTables.counts(em));
    }

    @Test
    void missingTypeAndFileAre400WithBoth() {
        given().auth().oauth2(MADE).multiPart("note", "nothing useful")
                .when().post("/api/claims/{id}/documents", claim)
                .then().statusCode(400).body("violations.field", contains("type", "file"));
    }

    @Test
    void aJsonBodyInsteadOfMultipartIs415() {
        given().auth().oauth2(MADE).contentType(ContentType.JSON).body("{\"type\":\"KTP\"}")
                .when().post("/api/claims/{id}/documents", claim)
                .then().statusCode(415).contentType(ContentType.JSON).body("code", is("unsupported_media_type"));
    }

    @Test
    void theDocumentsOfAClaimTogetherAreCapped() {
        // the test profile caps a claim at 10 MiB
        upload(MADE, claim, "KTP", "ktp.pdf", TestFiles.pdf(4_500_000), "application/pdf").then().statusCode(201);
        upload(MADE, claim, "KK", "kk.pdf", TestFiles.pdf(4_500_000), "application/pdf").then().statusCode(201);
        ClaimsTables.Counts before = ClaimsTables.counts(em);

        upload(MADE, claim, "KARTU_PESERTA", "kartu.pdf", TestFiles.pdf(2_000_000), "application/pdf")
                .then().statusCode(413).body("code", is("claim_documents_too_large"));

        assertEquals(before, ClaimsTables.counts(em));
    }

    @Test
    void noUploadAfterSubmission() {
        String submitted = ClaimsApi.completeAndSubmit(Members.MADE, claim, List.of("KTP", "KK", "KARTU_PESERTA"));
        upload(MADE, submitted, "KTP", "again.pdf", TestFiles.pdf(), "application/pdf")
                .then().statusCode(409).body("code", is("claim_not_editable"));
    }

    @Test
    void aWrongFileCanBeRemovedFromADraft() {
        String document = ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP")).get(0);

        given().auth().oauth2(MADE).when().delete("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(204);

        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(404).body("code", is("document_not_found"));
        given().auth().oauth2(MADE).when().get("/api/claims/{id}", claim)
                .then().body("documents", hasSize(0)).body("missingDocuments.code", contains("KTP", "KK", "KARTU_PESERTA"));
        assertEquals(0, ClaimsTables.count(em, "document_contents"));
    }

    @Test
    void noRemovalAfterSubmission() {
        String submitted = ClaimsApi.completeAndSubmit(Members.MADE, claim, List.of("KTP", "KK", "KARTU_PESERTA"));
        String document = given().auth().oauth2(MADE).when().get("/api/claims/{id}", submitted)
                .then().extract().path("documents[0].id");

        given().auth().oauth2(MADE).when().delete("/api/claims/{id}/documents/{doc}", submitted, document)
                .then().statusCode(409).body("code", is("claim_not_editable"));
    }

    @Test
    void anUnknownOrMalformedDocumentIdIs404() {
        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, UUID.randomUUID())
                .then().statusCode(404).contentType(ContentType.JSON).body("code", is("document_not_found"));
        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, "ktp.pdf")
                .then().statusCode(404).body("code", is("document_not_found"));
    }

    @Test
    void aDocumentOfAnotherClaimIsNotFoundThroughThisOne() {
        String other = ClaimsApi.draft(Members.MADE, "JKK", "JKK_WORK_ACCIDENT");
        String document = ClaimsApi.uploadEach(Members.MADE, other, List.of("KTP")).get(0);

        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(404).body("code", is("document_not_found"));
    }

    @Test
    void aStoredDocumentThatNoLongerMatchesItsChecksumIsNotHandedOut() {
        String document = ClaimsApi.uploadEach(Members.MADE, claim, List.of("KTP")).get(0);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update document_contents set content = overlay(content placing '\\x00'::bytea from 100 for 1)"
                        + " where document_id = cast(?1 as uuid)").setParameter(1, document).executeUpdate());

        given().auth().oauth2(MADE).when().get("/api/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(500).contentType(ContentType.JSON).body("code", is("document_corrupted"));
    }

    @Test
    void officerDownloadsTheSameBytes() {
        byte[] scan = TestFiles.png(77_777);
        String document = upload(MADE, claim, "KK", "kk.png", scan, "image/png").then().statusCode(201)
                .extract().path("id");

        byte[] downloaded = given().auth().oauth2(TestTokens.officer())
                .when().get("/api/officer/claims/{id}/documents/{doc}", claim, document)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(scan, downloaded);
    }

    @Test
    void uploadingIsForMembersOnly() {
        upload(TestTokens.officer(), claim, "KTP", "ktp.pdf", TestFiles.pdf(), "application/pdf")
                .then().statusCode(403).body("code", is("forbidden"));
    }
}

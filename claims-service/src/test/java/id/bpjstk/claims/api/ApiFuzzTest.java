package id.bpjstk.claims.api;

import static io.restassured.RestAssured.given;

import id.bpjstk.claims.support.ClaimsApi;
import id.bpjstk.claims.support.Members;
import id.bpjstk.claims.support.MembershipServiceStub;
import id.bpjstk.service.test.ApiFuzzTestBase;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;

/**
 * Hostile input on every claims operation (see the base class): Made holds a draft JHT claim with a document, and
 * every member operation is asked about it; the officer's operations are asked about a resigned member's submitted
 * claim, which they could act on.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(MembershipServiceStub.class)
class ApiFuzzTest extends ApiFuzzTestBase {

    private String draft;
    private String draftDocument;
    private String submitted;
    private String submittedDocument;

    @Override
    protected void prepare() {
        draft = ClaimsApi.draft(Members.MADE, "JHT", "JHT_RETIREMENT");
        draftDocument = ClaimsApi.uploadEach(Members.MADE, draft, List.of("KTP")).get(0);
        submitted = ClaimsApi.draft(Members.RESIGNED, "JHT", "JHT_RESIGNATION");
        List<String> documents = List.of("KTP", "KK", "KARTU_PESERTA", "SURAT_KETERANGAN_BERHENTI");
        ClaimsApi.completeAndSubmit(Members.RESIGNED, submitted, documents);
        submittedDocument = given().auth().oauth2(TestTokens.officer()).when().get("/api/officer/claims/{id}", submitted)
                .then().statusCode(200).extract().path("documents[0].id");
    }

    @Override
    protected String callerOf(String method, String pathTemplate) {
        return officers(pathTemplate) ? TestTokens.officer() : TestTokens.member(Members.MADE, "2");
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameter) {
        return switch (parameter) {
            case "id" -> officers(pathTemplate) ? submitted : draft;
            case "documentId" -> officers(pathTemplate) ? submittedDocument : draftDocument;
            default -> throw new IllegalArgumentException("no value for path parameter " + parameter + " of " + pathTemplate);
        };
    }

    private static boolean officers(String pathTemplate) {
        return pathTemplate.startsWith("/api/officer");
    }

    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                "POST /api/claims", ClaimsApi.body("JKP", "JKP_JOB_LOSS"),
                "POST /api/officer/claims/{id}/reject", "{\"reason\":\"Dokumen KTP tidak terbaca\"}");
    }
}

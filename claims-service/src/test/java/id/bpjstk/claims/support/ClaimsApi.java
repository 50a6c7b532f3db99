package id.bpjstk.claims.support;

import static io.restassured.RestAssured.given;

import id.bpjstk.service.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;

/** The steps the API tests take again and again. */
public final class ClaimsApi {

    public static final String BANK_NAME = "Bank Rakyat Indonesia";
    public static final String BANK_ACCOUNT = "0123456789";
    /** The officer who verifies, and later pays, the claims these steps decide. */
    public static final String VERIFIER = "officer01";
    /** Another officer, who approves them: the verifier may not. */
    public static final String APPROVER = "officer02";

    private ClaimsApi() {
    }

    public static String body(String type, String reason) {
        return body(type, reason, BANK_NAME, BANK_ACCOUNT);
    }

    public static String body(String type, String reason, String bankName, String bankAccountNumber) {
        return "{\"type\":\"" + type + "\",\"reason\":\"" + reason + "\",\"bankName\":\"" + bankName
                + "\",\"bankAccountNumber\":\"" + bankAccountNumber + "\"}";
    }

    public static Response create(String token, String idempotencyKey, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(json).when().post("/api/claims");
    }

    /** A DRAFT claim of the member's, by its id. */
    public static String draft(String membershipNumber, String type, String reason) {
        return create(TestTokens.member(membershipNumber, "2"), UUID.randomUUID().toString(), body(type, reason))
                .then().statusCode(201).extract().path("id");
    }

    public static Response upload(String token, String claimId, String documentType, String fileName, byte[] content,
            String declaredContentType) {
        return given().auth().oauth2(token)
                .multiPart("type", documentType)
                .multiPart("file", fileName, content, declaredContentType)
                .when().post("/api/claims/{id}/documents", claimId);
    }

    /** Uploads a small PDF of each type; answers the document ids. */
    public static List<String> uploadEach(String membershipNumber, String claimId, List<String> documentTypes) {
        return documentTypes.stream().map(type -> upload(TestTokens.member(membershipNumber, "2"), claimId, type,
                type.toLowerCase() + ".pdf", TestFiles.pdf(4_000), "application/pdf")
                .then().statusCode(201).extract().<String>path("id")).toList();
    }

    /** Made's JHT retirement claim with KTP, KK and membership card, submitted. */
    public static String submittedJhtOfMade() {
        return completeAndSubmit(Members.MADE, draft(Members.MADE, "JHT", "JHT_RETIREMENT"),
                List.of("KTP", "KK", "KARTU_PESERTA"));
    }

    /** Uploads a PDF of each type to the member's draft and submits it. */
    public static String completeAndSubmit(String membershipNumber, String claimId, List<String> documentTypes) {
        uploadEach(membershipNumber, claimId, documentTypes);
        given().auth().oauth2(TestTokens.member(membershipNumber, "2")).when().post("/api/claims/{id}/submit", claimId)
                .then().statusCode(200);
        return claimId;
    }

    public static String verifiedJhtOfMade() {
        String id = submittedJhtOfMade();
        officer("verify", id).then().statusCode(200);
        return id;
    }

    /** Made's JHT claim verified by {@link #VERIFIER} and approved by {@link #APPROVER}. */
    public static String approvedJhtOfMade() {
        String id = verifiedJhtOfMade();
        officer("approve", id, APPROVER).then().statusCode(200);
        return id;
    }

    public static String paidJhtOfMade() {
        String id = approvedJhtOfMade();
        officer("pay", id).then().statusCode(200);
        return id;
    }

    /** {@link #VERIFIER}'s decision without a body: verify, approve or pay. */
    public static Response officer(String action, String claimId) {
        return officer(action, claimId, VERIFIER);
    }

    /** This officer's decision without a body: verify, approve or pay. */
    public static Response officer(String action, String claimId, String officerUsername) {
        return decision(action, claimId, TestTokens.officer(officerUsername));
    }

    /** A decision without a body, with this token. */
    public static Response decision(String action, String claimId, String token) {
        return given().auth().oauth2(token).when().post("/api/officer/claims/{id}/" + action, claimId);
    }

    public static Response reject(String claimId, String reason) {
        return reject(claimId, reason, TestTokens.officer());
    }

    /** A rejection with this token. */
    public static Response reject(String claimId, String reason, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reason\":\"" + reason + "\"}")
                .when().post("/api/officer/claims/{id}/reject", claimId);
    }
}

package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Documents;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestStaff;

/**
 * Made files a JHT retirement claim with real Keycloak tokens and two claims officers, signed in at level 2, decide it:
 * one verifies and pays, the other approves. claims-service checks the member's facts at membership-service with its
 * own service-account token.
 */
@ExtendWith(StackExtension.class)
class ClaimsAcrossServicesTest {

    private static final String MADE_PHONE = "+6281200000004";

    @Test
    void madeFilesAJhtRetirementClaimAndTwoOfficersDecideIt(Stack stack) {
        Api claims = new Api(stack.claimsUrl());
        CodeLogin made = new CodeLogin(stack);
        String levelOne = made.tokens(made.password(DemoAccounts.MADE_KPJ, DemoAccounts.MADE_PASSWORD)).accessToken();

        JsonNode types = claims.get("/api/claim-types", levelOne).json();
        assertThat(types.toString()).contains("JHT", "JP", "JKK", "JKM", "JKP");
        assertThat(eligibility(types, "JP")).contains("59").contains("PP 45/2015");

        Map<String, String> claim = Map.of("type", "JHT", "reason", "JHT_RETIREMENT", "bankName", "Bank Rakyat Indonesia",
                "bankAccountNumber", "0123456789");
        String key = UUID.randomUUID().toString();
        Api.Response refused = claims.post("/api/claims", levelOne, claim, Map.of("Idempotency-Key", key));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("WWW-Authenticate")).contains("insufficient_user_authentication", "acr_values=\"2\"");

        Browser.Page stepUp = made.start(Map.of("acr_values", "2"));
        String levelTwo = made.tokens(made.code(stepUp, stack.sms().latest(MADE_PHONE).code())).accessToken();
        Api.Response created = claims.post("/api/claims", levelTwo, claim, Map.of("Idempotency-Key", key));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Response retried = claims.post("/api/claims", levelTwo, claim, Map.of("Idempotency-Key", key));
        assertThat(retried.json().get("id").asText()).as("a retry returns the same claim").isEqualTo(id);

        byte[] ktp = Documents.pdf("KTP Made Wirawan");
        for (String type : List.of("KTP", "KK", "KARTU_PESERTA")) {
            Api.Response uploaded = claims.upload("/api/claims/" + id + "/documents", levelTwo, Map.of("type", type), "file",
                    type.toLowerCase() + ".pdf", "application/pdf", type.equals("KTP") ? ktp : Documents.pdf(type));
            assertThat(uploaded.status()).as(type).isEqualTo(201);
        }
        Api.Response submitted = claims.post("/api/claims/" + id + "/submit", levelTwo, Map.of());
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");

        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff verifier = staff.create("claims-officer");
        TestStaff.Staff approver = staff.create("claims-officer");
        String verifierToken = staff.signInAtLevelTwo(verifier).accessToken();
        String approverToken = staff.signInAtLevelTwo(approver).accessToken();
        JsonNode queue = claims.get("/api/officer/claims?status=SUBMITTED&type=JHT", verifierToken).json();
        assertThat(queue.toString()).contains(id);
        assertThat(claims.post("/api/officer/claims/" + id + "/verify", verifierToken, Map.of()).status()).isEqualTo(200);
        Api.Response ownApproval = claims.post("/api/officer/claims/" + id + "/approve", verifierToken, Map.of());
        assertThat(ownApproval.status()).as("the verifier does not approve").isEqualTo(409);
        assertThat(ownApproval.json().get("code").asText()).isEqualTo("same_officer");
        assertThat(claims.post("/api/officer/claims/" + id + "/approve", approverToken, Map.of()).status()).isEqualTo(200);
        assertThat(claims.post("/api/officer/claims/" + id + "/pay", verifierToken, Map.of()).status()).isEqualTo(200);

        JsonNode tracked = claims.get("/api/claims/" + id, levelTwo).json();
        assertThat(tracked.get("status").asText()).isEqualTo("PAID");
        assertThat(tracked.get("history")).extracting(step -> step.get("to").asText())
                .containsSubsequence("SUBMITTED", "VERIFIED", "APPROVED", "PAID");
        assertThat(tracked.get("history")).extracting(step -> step.get("by").asText())
                .containsSubsequence(verifier.username(), approver.username(), verifier.username());
        String ktpId = java.util.stream.StreamSupport.stream(tracked.get("documents").spliterator(), false)
                .filter(document -> document.get("type").asText().equals("KTP")).findFirst().orElseThrow().get("id").asText();
        assertThat(claims.get("/api/claims/" + id + "/documents/" + ktpId, levelTwo).bytes()).isEqualTo(ktp);
        assertThat(tracked.get("documents")).hasSize(3);

        String siti = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();
        Api.Response foreign = claims.get("/api/claims/" + id, siti);
        assertThat(foreign.status()).as("another member's claim does not exist for Siti").isEqualTo(404);
    }

    private static String eligibility(JsonNode types, String code) {
        for (JsonNode type : types.path("claimTypes")) {
            if (code.equals(type.path("code").asText())) {
                return type.toString();
            }
        }
        throw new AssertionError("no claim type " + code + " in " + types);
    }
}

package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.membership.statement.StatementPdfRenderer;
import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Year;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class StatementApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void statementOfAPastYearIsAPdfWithTheYearsContributionsAndYearEndBalances() throws IOException {
        byte[] pdf = given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("year", "2024")
                .when().get("/api/members/me/statement")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"e-statement-11000000017-2024.pdf\""))
                .extract().asByteArray();

        String text = textOf(pdf);
        assertTrue(text.contains("Siti Rahmawati"), text);
        assertTrue(text.contains(Demo.SITI), text);
        assertTrue(text.contains("2024"), text);
        assertTrue(text.contains("PU - Penerima Upah"), text);
        // the year's total: 12 × (340,400 + 184,000 + 22,080 + 27,600 + 184,000 + 92,000)
        assertTrue(text.contains("Jumlah 2024"), text);
        assertTrue(text.contains(StatementPdfRenderer.formatRupiah(10_200_960)), text);
        assertTrue(text.contains("10.200.960"), text);
        // JHT as of 31-12-2024: contributions 2023-2024 (12,106,800) + returns 2023-2024 (162,792 + 554,690)
        assertTrue(text.contains("31-12-2024"), text);
        assertTrue(text.contains("Rp 12.106.800"), text);
        assertTrue(text.contains("Rp 717.482"), text);
        assertTrue(text.contains("Rp 12.824.282"), text);
        // JP as of 31-12-2024: 24 months, benefit 212,400,000 / 1200
        assertTrue(text.contains("Rp 6.372.000"), text);
        assertTrue(text.contains("Rp 177.000"), text);
        assertTrue(text.contains("3171********0001"), text);
        assertFalse(text.contains(Demo.SITI_NIK), "the NIK must never be printed in clear");
        assertFalse(text.contains("2025-01"), "only the requested year's months");
    }

    @Test
    void statementOfTheCurrentYearIsAsOfTheLatestContributionMonth() throws IOException {
        int currentYear = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
        byte[] pdf = given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("year", currentYear)
                .when().get("/api/members/me/statement")
                .then().statusCode(currentYear == 2026 ? 200 : 404)
                .extract().asByteArray();
        if (currentYear == 2026) {
            String text = textOf(pdf);
            assertTrue(text.contains("31-10-2026"), text);
            assertTrue(text.contains("Rp 26.773.117"), text);
        }
    }

    @Test
    void bpuStatementSaysThereIsNoJp() throws IOException {
        byte[] pdf = given().auth().oauth2(TestTokens.member(Demo.DEWI))
                .queryParam("year", "2023")
                .when().get("/api/members/me/statement")
                .then().statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"e-statement-11000000033-2023.pdf\""))
                .extract().asByteArray();
        String text = textOf(pdf);
        assertTrue(text.contains("Dewi Lestari"), text);
        assertTrue(text.contains("Not enrolled: BPU participant"), text);
        assertTrue(text.contains("801.600"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "20x4", "99", "02024", "", "1976" })
    void malformedOrTooEarlyYearIs400(String year) {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("year", year)
                .when().get("/api/members/me/statement")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("year"));
    }

    @Test
    void nextYearIs400() {
        int nextYear = Year.now(ZoneId.of("Asia/Jakarta")).getValue() + 1;
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("year", nextYear)
                .when().get("/api/members/me/statement")
                .then().statusCode(400).body("violations.field", contains("year"));
    }

    @Test
    void missingYearIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().get("/api/members/me/statement")
                .then().statusCode(400).body("violations.field", contains("year"));
    }

    @Test
    void yearWithoutContributionsIsJson404EvenWhenOnlyPdfIsAccepted() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .accept("application/pdf")
                .queryParam("year", "2020")
                .when().get("/api/members/me/statement")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("code", is("statement_not_found"));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
@TestSecurity(user = SignedInMember.KPJ, roles = "member")
@OidcSecurity(claims = {@Claim(key = "membership_number", value = SignedInMember.KPJ),
        @Claim(key = "name", value = "Siti Rahmawati")})
class StatementsPageTest {

    static final String HISTORY = ContributionsPageTest.HISTORY;
    static final String STATEMENT = "/api/members/me/statement";

    @BeforeEach
    void stubs() {
        ServiceStubs.reset();
        // her range: January 2023 to October 2026, 46 months; the newest and the oldest are what the page asks for
        String range = "from=1977-01&to=" + YearMonth.now(Formats.JAKARTA);
        ServiceStubs.answer("GET", HISTORY + "?" + range + "&page=0&size=1", 200,
                ContributionsPageTest.history("1977-01", YearMonth.now(Formats.JAKARTA).toString(), 0, 1, List.of("2026-10"), 46));
        ServiceStubs.answer("GET", HISTORY + "?" + range + "&page=45&size=1", 200,
                ContributionsPageTest.history("1977-01", YearMonth.now(Formats.JAKARTA).toString(), 45, 1, List.of("2023-01"), 46));
    }

    @Test
    void everyYearFromHerNewestContributionBackToHerOldestHasItsStatement() {
        Document page = Jsoup.parse(given().when().get("/statements").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("E-statement");
        assertThat(page.select("[data-testid=statement-years] a")).extracting(link -> link.attr("href"))
                .containsExactly("/statements/2026.pdf", "/statements/2025.pdf", "/statements/2024.pdf", "/statements/2023.pdf");
        Element newest = page.selectFirst("[data-testid=statement-2026]");
        assertThat(newest.text()).isEqualTo("Unduh e-statement 2026 (PDF)");
    }

    @Test
    void aYearsPdfIsStreamedAsAnAttachmentNamedAfterTheYear() {
        String pdf = "%PDF-1.7\n% e-statement 2025\n%%EOF\n";
        ServiceStubs.answer("GET", STATEMENT + "?year=2025",
                new ServiceStubs.Answer(200, pdf, Map.of("Content-Type", "application/pdf",
                        "Content-Disposition", "attachment; filename=\"e-statement-11000000017-2025.pdf\""), 0));

        Response response = given().when().get("/statements/2025.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"e-statement-2025.pdf\"");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.asString()).isEqualTo(pdf);
        assertThat(ServiceStubs.recorded()).singleElement().satisfies(request -> {
            assertThat(request.query()).isEqualTo("year=2025");
            assertThat(request.header("Accept")).contains("application/pdf");
        });
    }

    @Test
    void aYearWithoutContributionsIsSaidOnThePageWithTheYearsStillListed() {
        ServiceStubs.answer("GET", STATEMENT + "?year=2019", 404,
                "{\"code\":\"statement_not_found\",\"message\":\"No contributions in 2019\"}");

        Document page = Jsoup.parse(given().when().get("/statements/2019.pdf").then().statusCode(404).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("E-statement");
        assertThat(page.selectFirst("[data-testid=statement-missing]").text())
                .isEqualTo("Tidak ada e-statement untuk tahun 2019, karena tidak ada iuran yang tercatat pada tahun itu.");
        assertThat(page.select("[data-testid=statement-years] a")).hasSize(4);
    }

    @Test
    void whatIsNoYearOfTheProgrammeIsNotFoundWithoutAskingTheService() {
        int next = YearMonth.now(Formats.JAKARTA).getYear() + 1;
        for (String path : new String[] {"/statements/abcd.pdf", "/statements/1976.pdf", "/statements/" + next + ".pdf",
                "/statements/20255.pdf", "/statements/2025", "/statements/-2025.pdf"}) {
            Document page = Jsoup.parse(given().when().get(path).then().statusCode(404).extract().asString());
            assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("Tidak ditemukan");
        }
        assertThat(ServiceStubs.recorded()).isEmpty();
    }
}

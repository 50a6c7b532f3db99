package id.bpjstk.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
class ContributionsPageTest {

    static final String HISTORY = "/api/members/me/contributions";

    @BeforeEach
    void stubs() {
        ServiceStubs.reset();
    }

    @Test
    void theRangesMonthsAreInTheTableAndTheChartWithTheCsvOfTheSameRange() {
        ServiceStubs.answer("GET", HISTORY + "?from=2024-01&to=2024-12&page=0&size=12", 200,
                history("2024-01", "2024-12", 0, 12, months(2024, 1, 12)));

        Document page = Jsoup.parse(given().when().get("/contributions?from=2024-01&to=2024-12")
                .then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Riwayat iuran");
        assertThat(page.selectFirst("[data-testid=range]").text()).isEqualTo("Iuran Januari 2024 sampai Desember 2024");
        assertThat(page.select("table.data thead th")).extracting(Element::text)
                .containsExactly("Bulan", "Upah", "JHT", "JKK", "JKM", "JP", "Total");
        assertThat(page.select("table.data tbody tr")).hasSize(12);
        Element december = page.selectFirst("table.data tbody tr");
        assertThat(december.selectFirst("th[scope=row]").text()).isEqualTo("Desember 2024");
        assertThat(december.selectFirst("[data-column=wage]").text()).isEqualTo("Rp 9.120.000");
        assertThat(december.selectFirst("[data-column=JHT]").text()).isEqualTo("Rp 519.840");
        assertThat(december.selectFirst("[data-column=total]").text()).isEqualTo("Rp 842.688");
        Element chart = page.selectFirst("svg[data-testid=chart]");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(chart.selectFirst("title#chart-title").text())
                .isEqualTo("Grafik total iuran per bulan, Januari 2024 sampai Desember 2024");
        assertThat(chart.selectFirst("desc#chart-desc").text()).startsWith("12 bulan. Tertinggi Rp 842.688 (Desember 2024), terendah Rp 820.688 (Januari 2024).");
        assertThat(chart.select("rect.bar")).extracting(bar -> bar.attr("data-period"))
                .containsExactly(periods(2024, 1, 12).toArray(String[]::new));
        assertThat(chart.select("rect.bar").last().attr("data-total")).isEqualTo("842688");
        assertThat(page.selectFirst("[data-testid=csv-link]").attr("href")).isEqualTo("/contributions.csv?from=2024-01&to=2024-12");
        assertThat(page.select("nav.pager")).isEmpty();
        assertThat(page.selectFirst("input#from").val()).isEqualTo("2024-01");
        assertThat(page.selectFirst("input#to").val()).isEqualTo("2024-12");
    }

    @Test
    void aMonthThatIsNotYearDashMonthIsSaidAtItsFieldAndTheRangeShownBeforeStays() {
        ServiceStubs.answer("GET", HISTORY + "?from=2024-01&to=2024-06&page=0&size=12", 200,
                history("2024-01", "2024-06", 0, 12, months(2024, 1, 6)));

        Document page = Jsoup.parse(given().when()
                .get("/contributions?from=2024-13&to=2024-12&shownFrom=2024-01&shownTo=2024-06")
                .then().statusCode(400).extract().asString());

        Element from = page.selectFirst("input#from");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(from.attr("aria-describedby")).contains("from-error");
        assertThat(page.selectFirst("#from-error").text()).isEqualTo("Tulis bulan sebagai TTTT-BB, misalnya 2024-01.");
        assertThat(page.selectFirst("input#to").hasAttr("aria-invalid")).isFalse();
        assertThat(page.selectFirst("[data-testid=filter-errors]").attr("role")).isEqualTo("alert");
        assertThat(page.select("table.data tbody tr")).hasSize(6);
        assertThat(ServiceStubs.recorded()).extracting(ServiceStubs.Recorded::query)
                .containsExactly("from=2024-01&to=2024-06&page=0&size=12");
    }

    @Test
    void aFromAfterTheToAndMonthsOutsideTheProgrammeAreRefusedBeforeTheServiceIsAsked() {
        ServiceStubs.answer("GET", HISTORY, 200, history("2025-11", "2026-10", 0, 12, months(2025, 11, 12)));

        Document after = Jsoup.parse(given().when().get("/contributions?from=2025-01&to=2024-12")
                .then().statusCode(400).extract().asString());
        Document tooEarly = Jsoup.parse(given().when().get("/contributions?from=1970-01&to=2024-12")
                .then().statusCode(400).extract().asString());
        Document tooLate = Jsoup.parse(given().when().get("/contributions?from=2024-01&to=2999-12")
                .then().statusCode(400).extract().asString());

        assertThat(after.selectFirst("#from-error").text()).isEqualTo("\"Dari bulan\" tidak boleh sesudah \"Sampai bulan\".");
        assertThat(tooEarly.selectFirst("#from-error").text()).isEqualTo("Bulan paling awal yang bisa ditampilkan adalah Januari 1977.");
        assertThat(tooLate.selectFirst("#to-error").text()).startsWith("Bulan paling akhir yang bisa ditampilkan adalah ");
        // only the default range was asked for, never one with the refused months
        assertThat(ServiceStubs.recorded()).extracting(ServiceStubs.Recorded::query)
                .containsOnly("page=0&size=12");
    }

    @Test
    void pagesOfTwelveLinkToEachOtherKeepingTheFilterAndAPageBeyondTheLastShowsTheLast() {
        List<String> all = months(2023, 1, 30);
        ServiceStubs.answer("GET", HISTORY + "?from=2023-01&to=2025-06&page=0&size=100", 200,
                history("2023-01", "2025-06", 0, 100, all));
        ServiceStubs.answer("GET", HISTORY + "?from=2023-01&to=2025-06&page=1&size=12", 200,
                history("2023-01", "2025-06", 1, 12, all.subList(12, 24), 30));
        ServiceStubs.answer("GET", HISTORY + "?from=2023-01&to=2025-06&page=8&size=12", 200,
                history("2023-01", "2025-06", 8, 12, List.of(), 30));
        ServiceStubs.answer("GET", HISTORY + "?from=2023-01&to=2025-06&page=2&size=12", 200,
                history("2023-01", "2025-06", 2, 12, all.subList(24, 30), 30));

        Document second = Jsoup.parse(given().when().get("/contributions?from=2023-01&to=2025-06&page=2")
                .then().statusCode(200).extract().asString());
        Document beyond = Jsoup.parse(given().when().get("/contributions?from=2023-01&to=2025-06&page=9")
                .then().statusCode(200).extract().asString());

        assertThat(second.selectFirst("[data-testid=page-position]").text()).isEqualTo("Halaman 2 dari 3");
        assertThat(second.selectFirst("[data-testid=previous-page]").attr("href")).isEqualTo("/contributions?from=2023-01&to=2025-06&page=1");
        assertThat(second.selectFirst("[data-testid=next-page]").attr("href")).isEqualTo("/contributions?from=2023-01&to=2025-06&page=3");
        assertThat(second.select("table.data tbody tr")).hasSize(12);
        assertThat(second.select("svg rect.bar")).hasSize(30);
        assertThat(beyond.selectFirst("[data-testid=page-notice]").text()).isEqualTo("Halaman yang diminta tidak ada; yang ditampilkan halaman 3.");
        assertThat(beyond.selectFirst("[data-testid=page-position]").text()).isEqualTo("Halaman 3 dari 3");
        assertThat(beyond.select("table.data tbody tr")).hasSize(6);
        assertThat(beyond.select("[data-testid=next-page]")).isEmpty();
    }

    @Test
    void theCsvHoldsEveryMonthOfTheRangeAsPlainIntegersNamedAfterTheMemberAndTheRange() {
        ServiceStubs.answer("GET", HISTORY + "?from=2024-01&to=2024-12&page=0&size=100", 200,
                history("2024-01", "2024-12", 0, 100, months(2024, 1, 12)));

        Response csv = given().when().get("/contributions.csv?from=2024-01&to=2024-12");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"iuran-11000000017-2024-01-2024-12.csv\"");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).isEqualTo("periode,upah,JHT,JKK,JKM,JP,total");
        assertThat(lines[1]).isEqualTo("2024-12,9120000,519840,21888,27360,273600,842688");
        assertThat(lines[12]).startsWith("2024-01,");
    }

    @Test
    void aCsvOfABadRangeGoesBackToThePageThatSaysWhy() {
        given().redirects().follow(false).when().get("/contributions.csv?from=2024-13&to=2024-12")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/contributions?from=2024-13&to=2024-12"));
        assertThat(ServiceStubs.recorded()).isEmpty();
    }

    @Test
    @TestSecurity(user = "officer01", roles = "claims-officer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Petugas Klaim Satu")})
    void someoneWithoutAKpjIsSentHomeFromEveryPageOfAMembersOwnRecords() {
        for (String path : new String[] {"/contributions", "/contributions.csv", "/statements", "/statements/2025.pdf", "/profile"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
        assertThat(ServiceStubs.recorded()).isEmpty();
    }

    @Test
    void inEnglishTheMonthsTheWordsAndTheCsvHeaderAreEnglishAndTheAmountsStayRupiah() {
        ServiceStubs.answer("GET", HISTORY + "?from=2024-01&to=2024-12&page=0&size=12", 200,
                history("2024-01", "2024-12", 0, 12, months(2024, 1, 12)));
        ServiceStubs.answer("GET", HISTORY + "?from=2024-01&to=2024-12&page=0&size=100", 200,
                history("2024-01", "2024-12", 0, 100, months(2024, 1, 12)));

        Document page = Jsoup.parse(given().cookie("portal_lang", "en").when().get("/contributions?from=2024-01&to=2024-12")
                .then().statusCode(200).extract().asString());
        String csv = given().cookie("portal_lang", "en").when().get("/contributions.csv?from=2024-01&to=2024-12").asString();

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Contribution history");
        assertThat(page.selectFirst("[data-testid=range]").text()).isEqualTo("Contributions January 2024 to December 2024");
        assertThat(page.selectFirst("table.data tbody tr th").text()).isEqualTo("December 2024");
        assertThat(page.selectFirst("[data-column=total]").text()).isEqualTo("Rp 842.688");
        assertThat(page.select("svg text.month").first().text()).isEqualTo("Jan");
        assertThat(csv).startsWith("period,wage,JHT,JKK,JKM,JP,total\r\n");
    }

    /** {@code count} months from {@code year}-{@code month}, newest first. */
    static List<String> months(int year, int month, int count) {
        List<String> periods = new ArrayList<>(periods(year, month, count));
        java.util.Collections.reverse(periods);
        return periods;
    }

    static List<String> periods(int year, int month, int count) {
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(YearMonth.of(year, month).plusMonths(i).toString());
        }
        return periods;
    }

    static String history(String from, String to, int page, int size, List<String> periods) {
        return history(from, to, page, size, periods, periods.size());
    }

    /** A page as membership-service answers it; month n of a year has a JHT of Rp 495,840 + n × Rp 2,000. */
    static String history(String from, String to, int page, int size, List<String> periods, long totalItems) {
        StringBuilder items = new StringBuilder();
        for (String period : periods) {
            int month = YearMonth.parse(period).getMonthValue();
            long jht = 495_840 + month * 2_000L;
            long total = jht + 21_888 + 27_360 + 273_600;
            if (items.length() > 0) {
                items.append(',');
            }
            items.append("{\"period\":\"").append(period).append("\",\"wage\":").append(9_000_000 + month * 10_000L)
                    .append(",\"programmes\":[")
                    .append("{\"programme\":\"JHT\",\"employer\":").append(300_000 + month * 2_000L).append(",\"employee\":")
                    .append(195_840).append(",\"total\":").append(jht).append("},")
                    .append("{\"programme\":\"JKK\",\"employer\":21888,\"employee\":0,\"total\":21888},")
                    .append("{\"programme\":\"JKM\",\"employer\":27360,\"employee\":0,\"total\":27360},")
                    .append("{\"programme\":\"JP\",\"employer\":182400,\"employee\":91200,\"total\":273600}],")
                    .append("\"total\":").append(total).append('}');
        }
        long pages = (totalItems + size - 1) / size;
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"page\":" + page + ",\"size\":" + size
                + ",\"totalItems\":" + totalItems + ",\"totalPages\":" + pages + ",\"items\":[" + items + "]}";
    }
}

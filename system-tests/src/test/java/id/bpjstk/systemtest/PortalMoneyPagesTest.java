package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.BrowserDownload;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.pages.LoginPage;
import id.bpjstk.systemtest.support.pages.portal.PortalContributionsPage;
import id.bpjstk.systemtest.support.pages.portal.PortalProfilePage;
import id.bpjstk.systemtest.support.pages.portal.PortalStatementsPage;

/**
 * The portal's money pages in a real browser on the real stack: the contribution history filtered by month (what
 * the table, the chart and the CSV say is what membership-service says), the e-statements as PDFs, and the profile,
 * whose contact change asks for the SMS code through Keycloak and is done with the keyboard alone.
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class PortalMoneyPagesTest {

    private static final String HISTORY = "/api/members/me/contributions";

    @Test
    void theFilteredHistoryShowsInTableChartAndCsvWhatTheServiceGivesForThatRange(Stack stack, RealBrowser browser) {
        PortalContributionsPage history = new PortalContributionsPage(browser, stack);
        history.signIn("/contributions", DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        history.awaitAt("/contributions");
        Api membership = new Api(stack.membershipUrl());
        String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();

        // without a filter: the service's own default, her latest twelve months
        JsonNode latest = membership.get(HISTORY + "?page=0&size=12", token).json();
        assertThat(history.heading()).isEqualTo("Riwayat iuran");
        assertThat(history.rows()).extracting(PortalContributionsPage.Row::period)
                .containsExactlyElementsOf(periods(latest.path("items")));
        assertThat(history.input("from").getDomProperty("value")).isEqualTo(latest.path("from").asText());
        browser.screenshot("contributions");
        Accessibility.assertNoSeriousViolations(browser, "portal-contributions");

        history.filter("2024-01", "2024-12");
        assertThat(browser.currentUri().getQuery()).contains("from=2024-01", "to=2024-12");
        JsonNode year = membership.get(HISTORY + "?from=2024-01&to=2024-12&page=0&size=12", token).json();
        assertThat(year.path("totalItems").asInt()).isEqualTo(12);
        assertThat(history.range()).isEqualTo("Iuran Januari 2024 sampai Desember 2024");
        assertThat(history.columns()).containsExactly("Bulan", "Upah", "JHT", "JKK", "JKM", "JP", "Total");
        assertThat(history.rows()).containsExactlyElementsOf(rows(year.path("items"), List.of("JHT", "JKK", "JKM", "JP")));
        assertThat(history.chart().getAttribute("role")).isEqualTo("img");
        assertThat(history.chartName()).startsWith("Grafik total iuran per bulan, Januari 2024 sampai Desember 2024 12 bulan.");
        assertThat(history.bars()).containsExactlyElementsOf(oldestFirst(bars(year.path("items"))));
        browser.screenshot("contributions-2024");
        history.scrollTo(org.openqa.selenium.By.cssSelector("table.data"));
        browser.screenshot("contributions-2024-table");

        // the same range in English: the words change, the figures do not
        history.switchLanguage();
        assertThat(browser.currentUri().getQuery()).contains("from=2024-01", "to=2024-12");
        assertThat(history.heading()).isEqualTo("Contribution history");
        assertThat(history.range()).isEqualTo("Contributions January 2024 to December 2024");
        assertThat(history.rows()).extracting(PortalContributionsPage.Row::total)
                .containsExactlyElementsOf(rows(year.path("items"), List.of()).stream().map(PortalContributionsPage.Row::total).toList());
        browser.screenshot("contributions-2024-en");
        history.switchLanguage();

        BrowserDownload.Download csv = history.downloadCsv();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"iuran-" + DemoAccounts.SITI_KPJ + "-2024-01-2024-12.csv\"");
        assertThat(csvLines(csv)).containsExactlyElementsOf(csvExpected(
                membership.get(HISTORY + "?from=2024-01&to=2024-12&page=0&size=100", token).json()));

        // her whole history: four pages of twelve, the chart and the CSV over every month, not only the page
        history.filter("2023-01", "2026-10");
        JsonNode all = membership.get(HISTORY + "?from=2023-01&to=2026-10&page=0&size=100", token).json();
        assertThat(all.path("totalItems").asInt()).isEqualTo(46);
        assertThat(history.pagePosition()).isEqualTo("Halaman 1 dari 4");
        assertThat(history.bars()).containsExactlyElementsOf(oldestFirst(bars(all.path("items"))));
        history.nextPage();
        assertThat(browser.currentUri().getQuery()).contains("from=2023-01", "to=2026-10", "page=2");
        assertThat(history.pagePosition()).isEqualTo("Halaman 2 dari 4");
        assertThat(history.rows()).containsExactlyElementsOf(rows(
                membership.get(HISTORY + "?from=2023-01&to=2026-10&page=1&size=12", token).json().path("items"),
                List.of("JHT", "JKK", "JKM", "JP")));
        assertThat(csvLines(history.downloadCsv())).hasSize(47).containsExactlyElementsOf(csvExpected(all));
        browser.screenshot("contributions-page-2");
        history.scrollTo(org.openqa.selenium.By.cssSelector("nav.pager"));
        browser.screenshot("contributions-page-2-pager");

        // a page beyond the last: the last page, and a word about it
        history.open("/contributions?from=2023-01&to=2026-10&page=9");
        assertThat(history.field("page-notice")).isEqualTo("Halaman yang diminta tidak ada; yang ditampilkan halaman 4.");
        assertThat(history.pagePosition()).isEqualTo("Halaman 4 dari 4");
        assertThat(history.rows()).extracting(PortalContributionsPage.Row::period)
                .containsExactly("2023-10", "2023-09", "2023-08", "2023-07", "2023-06", "2023-05", "2023-04", "2023-03",
                        "2023-02", "2023-01");

        // a from after the to: said at the field, and the range she was looking at stays
        history.filter("2025-01", "2024-12");
        assertThat(history.error("from")).isEqualTo("\"Dari bulan\" tidak boleh sesudah \"Sampai bulan\".");
        assertThat(history.input("from").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(history.input("from").getAttribute("aria-describedby")).contains("from-error");
        assertThat(history.range()).isEqualTo("Iuran Januari 2023 sampai Oktober 2026");
        assertThat(history.bars()).hasSize(46);
        browser.screenshot("contributions-from-after-to");
        Accessibility.assertNoSeriousViolations(browser, "portal-contributions-error");

        history.filter("1970-01", "2024-12");
        assertThat(history.error("from")).isEqualTo("Bulan paling awal yang bisa ditampilkan adalah Januari 1977.");
        assertThat(history.range()).isEqualTo("Iuran Januari 2023 sampai Oktober 2026");

        // a browser without month fields sends whatever was typed
        history.open("/contributions?from=2024-13&to=2024-12");
        assertThat(history.error("from")).isEqualTo("Tulis bulan sebagai TTTT-BB, misalnya 2024-01.");
        assertThat(history.error("to")).isNull();
    }

    @Test
    void eachYearsStatementDownloadsAsAPdfOfHerYear(Stack stack, RealBrowser browser) throws IOException {
        PortalStatementsPage statements = new PortalStatementsPage(browser, stack);
        statements.signIn("/statements", DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        statements.awaitAt("/statements");

        assertThat(statements.heading()).isEqualTo("E-statement");
        assertThat(statements.years()).containsExactly(2026, 2025, 2024, 2023);
        assertThat(statements.link(2025).getText()).isEqualTo("Unduh e-statement 2025 (PDF)");
        browser.screenshot("statements");
        Accessibility.assertNoSeriousViolations(browser, "portal-statements");

        for (int year : new int[] {2026, 2025}) {
            BrowserDownload.Download pdf = statements.download(year);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"e-statement-" + year + ".pdf\"");
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(DemoAccounts.SITI_KPJ).contains(Integer.toString(year))
                        .doesNotContain(DemoAccounts.SITI_NIK);
            }
        }

        // a year of the programme she has no contributions in: said on the page
        statements.open("/statements/2019.pdf");
        assertThat(statements.missing()).isEqualTo(
                "Tidak ada e-statement untuk tahun 2019, karena tidak ada iuran yang tercatat pada tahun itu.");
        assertThat(statements.years()).containsExactly(2026, 2025, 2024, 2023);
        browser.screenshot("statements-no-2019");
        Accessibility.assertNoSeriousViolations(browser, "portal-statements-missing");

        statements.open("/statements/1900.pdf");
        assertThat(statements.heading()).isEqualTo("Tidak ditemukan");
    }

    @Test
    void sheChangesHerContactDetailsWithTheKeyboardAloneGivingTheSmsCodeWhenAsked(Stack stack, RealBrowser browser) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        String phone = member.account().phone();
        PortalProfilePage profile = new PortalProfilePage(browser, stack);
        profile.signIn("/profile", member.kpj(), member.account().password());
        profile.awaitAt("/profile");
        Api membership = new Api(stack.membershipUrl());
        String token = new Oidc(stack).signIn(member.kpj(), member.account().password()).accessToken();

        assertThat(profile.heading()).isEqualTo("Profil");
        assertThat(profile.field("kpj")).isEqualTo(member.kpj());
        assertThat(profile.field("phone")).isEqualTo(phone.substring(0, 6) + "****" + phone.substring(phone.length() - 4));
        String html = browser.driver().getPageSource();
        assertThat(html).doesNotContain(phone).doesNotContain(phone.substring(1)).doesNotContain(phone.substring(3))
                .doesNotContain(member.nik());
        browser.screenshot("profile");
        Accessibility.assertNoSeriousViolations(browser, "portal-profile");

        // a bad email: said at its field, nothing saved
        String address = "Jl. Uji Papan Ketik No. 7, Bandung 40115";
        profile.typeWithKeyboard(PortalProfilePage.ADDRESS, address);
        profile.typeWithKeyboard(PortalProfilePage.CORRESPONDENCE_EMAIL, "surat-tanpa-domain@");
        profile.saveWithKeyboard();
        profile.awaitAt("/profile");
        assertThat(profile.error("correspondenceEmail")).isEqualTo("Tulis alamat email yang lengkap, misalnya nama@contoh.id.");
        assertThat(profile.element(PortalProfilePage.CORRESPONDENCE_EMAIL).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(profile.element(PortalProfilePage.CORRESPONDENCE_EMAIL).getAttribute("aria-describedby"))
                .contains("correspondenceEmail-error");
        assertThat(profile.value(PortalProfilePage.ADDRESS)).isEqualTo(address);
        assertThat(membership.get("/api/members/me", token).json().path("address").isTextual()).isFalse();
        browser.screenshot("profile-bad-email");
        Accessibility.assertNoSeriousViolations(browser, "portal-profile-error");

        // a good one: the service asks for a fresh level 2, Keycloak asks for the SMS code
        String email = "surat-" + member.kpj() + "@example.test";
        int smsBefore = stack.sms().to(phone).size();
        profile.typeWithKeyboard(PortalProfilePage.CORRESPONDENCE_EMAIL, email);
        profile.saveWithKeyboard();
        browser.awaitVisible(LoginPage.CODE_FORM);
        browser.await("the SMS code", driver -> stack.sms().to(phone).size() > smsBefore);
        browser.screenshot("profile-step-up-code");
        // the code field has the focus: type the code and press Enter
        new Actions(browser.driver()).sendKeys(stack.sms().latest(phone).code()).sendKeys(Keys.ENTER).perform();

        profile.awaitAt("/profile");
        assertThat(browser.currentUri().getQuery()).startsWith("resume=");
        assertThat(profile.notice()).isEqualTo("Kode SMS sudah diterima. Periksa isian Anda, lalu tekan Simpan untuk menyimpan.");
        assertThat(profile.value(PortalProfilePage.ADDRESS)).isEqualTo(address);
        assertThat(profile.value(PortalProfilePage.CORRESPONDENCE_EMAIL)).isEqualTo(email);
        assertThat(membership.get("/api/members/me", token).json().path("address").isTextual()).isFalse();
        browser.screenshot("profile-after-code");

        profile.saveWithKeyboard();
        profile.awaitAt("/profile");
        assertThat(profile.notice()).isEqualTo("Data kontak tersimpan.");
        assertThat(profile.field("address")).isEqualTo(address);
        assertThat(profile.field("correspondence-email")).isEqualTo(email);
        JsonNode saved = membership.get("/api/members/me", token).json();
        assertThat(saved.path("address").asText()).isEqualTo(address);
        assertThat(saved.path("correspondenceEmail").asText()).isEqualTo(email);
        assertThat(browser.driver().getPageSource()).doesNotContain(phone).doesNotContain(member.nik());
        browser.screenshot("profile-saved");
        Accessibility.assertNoSeriousViolations(browser, "portal-profile-saved");
    }

    private static List<String> periods(JsonNode items) {
        List<String> periods = new ArrayList<>();
        items.forEach(item -> periods.add(item.path("period").asText()));
        return periods;
    }

    /** The table's rows as the API's months give them: months in Indonesian, amounts in rupiah. */
    private static List<PortalContributionsPage.Row> rows(JsonNode items, List<String> programmes) {
        List<PortalContributionsPage.Row> rows = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> amounts = new ArrayList<>();
            for (String programme : programmes) {
                amounts.add(MemberPortalTest.rupiah(programmeTotal(item, programme)));
            }
            String period = item.path("period").asText();
            rows.add(new PortalContributionsPage.Row(period, month(period), MemberPortalTest.rupiah(item.path("wage").asLong()),
                    amounts, MemberPortalTest.rupiah(item.path("total").asLong())));
        }
        return rows;
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> list = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    private static List<PortalContributionsPage.Bar> bars(JsonNode items) {
        List<PortalContributionsPage.Bar> bars = new ArrayList<>();
        items.forEach(item -> bars.add(new PortalContributionsPage.Bar(item.path("period").asText(), item.path("total").asLong())));
        return bars;
    }

    /** The CSV's lines the API's months make: period, wage, JHT, JKK, JKM, JP, total, as plain integers. */
    private static List<String> csvExpected(JsonNode page) {
        assertThat(page.path("totalPages").asInt()).isEqualTo(1);
        List<String> lines = new ArrayList<>(List.of("periode,upah,JHT,JKK,JKM,JP,total"));
        for (JsonNode item : page.path("items")) {
            lines.add(String.join(",", item.path("period").asText(), item.path("wage").asText(),
                    Long.toString(programmeTotal(item, "JHT")), Long.toString(programmeTotal(item, "JKK")),
                    Long.toString(programmeTotal(item, "JKM")), Long.toString(programmeTotal(item, "JP")),
                    item.path("total").asText()));
        }
        return lines;
    }

    private static List<String> csvLines(BrowserDownload.Download csv) {
        assertThat(csv.text()).endsWith("\r\n");
        return Arrays.asList(csv.text().split("\r\n"));
    }

    private static long programmeTotal(JsonNode month, String programme) {
        long total = 0;
        for (JsonNode line : month.path("programmes")) {
            if (programme.equals(line.path("programme").asText())) {
                total += line.path("total").asLong();
            }
        }
        return total;
    }

    private static String month(String period) {
        java.time.YearMonth month = java.time.YearMonth.parse(period);
        return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("id")).format(month);
    }
}

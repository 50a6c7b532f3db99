package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.ContributionPage.Month;
import id.bpjstk.portal.client.ContributionPage.ProgrammeAmount;

class ContributionCsvTest {

    private static final ContributionCsv.Labels LABELS = new ContributionCsv.Labels("periode", "upah", "total");

    @Test
    void aHeaderThenOneRowPerMonthWithEachProgrammesTotalAsPlainIntegers() {
        List<Month> months = List.of(
                month("2026-10", 9_000_000, 878_022, line("JP", 210_948, 105_474), line("JHT", 333_000, 180_000),
                        line("JKM", 27_000, 0), line("JKK", 21_600, 0)),
                month("2026-09", 9_000_000, 878_022, line("JHT", 333_000, 180_000), line("JKK", 21_600, 0),
                        line("JKM", 27_000, 0), line("JP", 210_948, 105_474)));

        String csv = ContributionCsv.write(months, LABELS);

        assertThat(csv).isEqualTo("periode,upah,JHT,JKK,JKM,JP,total\r\n"
                + "2026-10,9000000,513000,21600,27000,316422,878022\r\n"
                + "2026-09,9000000,513000,21600,27000,316422,878022\r\n");
    }

    @Test
    void aProgrammeAMonthHasNoLineForIsZeroAndOnlyProgrammesOfTheRangeAreColumns() {
        List<Month> months = List.of(
                month("2024-02", 2_000_000, 26_800, line("JKK", 0, 20_000), line("JKM", 0, 6_800)),
                month("2024-01", 2_000_000, 66_800, line("JHT", 0, 40_000), line("JKK", 0, 20_000), line("JKM", 0, 6_800)));

        assertThat(ContributionCsv.write(months, LABELS)).isEqualTo("periode,upah,JHT,JKK,JKM,total\r\n"
                + "2024-02,2000000,0,20000,6800,26800\r\n"
                + "2024-01,2000000,40000,20000,6800,66800\r\n");
    }

    @Test
    void noMonthsIsTheHeaderAlone() {
        assertThat(ContributionCsv.write(List.of(), LABELS)).isEqualTo("periode,upah,total\r\n");
    }

    @Test
    void programmesBeyondTheFourKnownOnesFollowThemByName() {
        List<Month> months = List.of(month("2024-01", 1, 4, line("JKP", 1, 0), line("JP", 1, 0), line("ABC", 1, 0),
                line("JHT", 1, 0)));

        assertThat(ContributionCsv.write(months, LABELS)).startsWith("periode,upah,JHT,JP,ABC,JKP,total\r\n");
    }

    @Test
    void textFieldsAreQuotedWhenNeededAndNeverRunAsFormulas() {
        assertThat(ContributionCsv.field("plain")).isEqualTo("plain");
        assertThat(ContributionCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ContributionCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ContributionCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ContributionCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ContributionCsv.field("+1")).isEqualTo("'+1");
        assertThat(ContributionCsv.field("@SUM")).isEqualTo("'@SUM");
        assertThat(ContributionCsv.field(null)).isEmpty();
    }

    static Month month(String period, long wage, long total, ProgrammeAmount... lines) {
        return new Month(period, wage, List.of(lines), total);
    }

    static ProgrammeAmount line(String programme, long employer, long employee) {
        return new ProgrammeAmount(programme, employer, employee, employer + employee);
    }
}

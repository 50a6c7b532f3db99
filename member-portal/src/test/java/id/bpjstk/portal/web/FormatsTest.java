package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void rupiahAreGroupedTheIndonesianWayWithoutDecimals() {
        assertThat(Formats.rupiah(12_345_678)).isEqualTo("Rp 12.345.678");
        assertThat(Formats.rupiah(0)).isEqualTo("Rp 0");
        assertThat(Formats.rupiah(999)).isEqualTo("Rp 999");
        assertThat(Formats.rupiah(-1_500)).isEqualTo("-Rp 1.500");
        assertThat(Formats.rupiah(Long.MAX_VALUE)).isEqualTo("Rp 9.223.372.036.854.775.807");
    }

    @Test
    void datesAndMonthsAreWrittenInThePagesLanguage() {
        assertThat(Formats.longDate(LocalDate.of(1990, 5, 15), ID, null)).isEqualTo("15 Mei 1990");
        assertThat(Formats.longDate(LocalDate.of(1990, 5, 15), EN, null)).isEqualTo("15 May 1990");
        assertThat(Formats.month("2026-10", ID, null)).isEqualTo("Oktober 2026");
        assertThat(Formats.month("2026-10", "en", null)).isEqualTo("October 2026");
        assertThat(Formats.longDate(null, ID, null)).isEmpty();
    }

    @Test
    void aPeriodThatIsNotAMonthIsShownAsItIs() {
        assertThat(Formats.month("2026-13", ID, null)).isEqualTo("2026-13");
        assertThat(Formats.month(null, ID, null)).isEmpty();
    }

    @Test
    void timesAreInJakartaTime() {
        assertThat(Formats.dateTime(Instant.parse("2026-12-03T17:30:00Z"), ID, null)).isEqualTo("4 Des 2026 00:30 WIB");
    }

    @Test
    void withoutALocaleAttributeTheChosenVariantsLocaleIsUsedElseIndonesian() {
        io.quarkus.qute.Variant english = new io.quarkus.qute.Variant(EN, "text/html", "UTF-8");
        assertThat(Formats.month("2026-05", null, english)).isEqualTo("May 2026");
        assertThat(Formats.month("2026-05", null, null)).isEqualTo("Mei 2026");
    }
}

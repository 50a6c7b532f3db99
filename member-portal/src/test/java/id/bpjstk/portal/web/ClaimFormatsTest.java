package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.LocalizedText;
import id.bpjstk.portal.i18n.Language;

class ClaimFormatsTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void sizesAreWrittenInBinaryUnitsInThePagesLanguage() {
        assertThat(ClaimFormats.fileSize(5 * 1024 * 1024, ID)).isEqualTo("5 MiB");
        assertThat(ClaimFormats.fileSize(20 * 1024 * 1024, Locale.ENGLISH)).isEqualTo("20 MiB");
        assertThat(ClaimFormats.fileSize(1536 * 1024, ID)).isEqualTo("1,5 MiB");
        assertThat(ClaimFormats.fileSize(1536 * 1024, Locale.ENGLISH)).isEqualTo("1.5 MiB");
        assertThat(ClaimFormats.fileSize(5 * 1024 * 1024 + 1, ID)).as("never rounded up past a limit").isEqualTo("5 MiB");
        assertThat(ClaimFormats.fileSize(2048, ID)).isEqualTo("2 KiB");
        assertThat(ClaimFormats.fileSize(300, ID)).isEqualTo("300 B");
    }

    @Test
    void anAccountNumberShowsOnlyItsLastFourDigits() {
        assertThat(ClaimFormats.maskedAccount("0123456789")).isEqualTo("••••••6789");
        assertThat(ClaimFormats.maskedAccount("123456")).isEqualTo("•••456");
        assertThat(ClaimFormats.maskedAccount(null)).isEmpty();
    }

    @Test
    void theServicesTextsAreTakenInThePagesLanguage() {
        LocalizedText text = new LocalizedText("Dapat diajukan", "Can be claimed");
        assertThat(text.in(Language.ID)).isEqualTo("Dapat diajukan");
        assertThat(text.in(Language.EN)).isEqualTo("Can be claimed");
        assertThat(new LocalizedText("Hanya Indonesia", "").in(Language.EN)).isEqualTo("Hanya Indonesia");
    }
}

package id.bpjstk.portal.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import id.bpjstk.portal.client.LocalizedText;
import id.bpjstk.portal.i18n.Language;
import io.quarkus.qute.TemplateExtension;

/**
 * How the claims pages write what claims-service gives: its texts in the page's language ({@code {text.localized}}),
 * sizes in KiB and MiB ({@code {bytes.fileSize}}), bank account numbers with all but the last four digits hidden
 * ({@code {number.maskedAccount}}).
 */
@TemplateExtension
public final class ClaimFormats {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    private ClaimFormats() {
    }

    static String localized(LocalizedText text, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        if (text == null) {
            return "";
        }
        Locale chosen = Formats.locale(locale, variant);
        return text.in(Language.of(chosen.getLanguage()).orElse(Language.ID));
    }

    static String fileSize(long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return fileSize(bytes, Formats.locale(locale, variant));
    }

    /** {@code 5 MiB}, {@code 1,5 MiB} (Indonesian) / {@code 1.5 MiB} (English), {@code 340 KiB}, {@code 12 B}. */
    static String fileSize(long bytes, Locale locale) {
        DecimalFormat oneDecimal = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
        if (bytes >= MIB) {
            return oneDecimal.format(Math.floor(bytes * 10.0 / MIB) / 10) + " MiB";
        }
        if (bytes >= KIB) {
            return oneDecimal.format(Math.floor(bytes * 10.0 / KIB) / 10) + " KiB";
        }
        return bytes + " B";
    }

    /** {@code ••••••6789}: enough for a member to recognise her account, not enough to read it off a screen. */
    static String maskedAccount(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        int shown = Math.min(4, number.length() / 2);
        return "•".repeat(number.length() - shown) + number.substring(number.length() - shown);
    }
}

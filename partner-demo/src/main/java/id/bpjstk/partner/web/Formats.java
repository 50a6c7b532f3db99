package id.bpjstk.partner.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages write amounts and dates: rupiah with Indonesian grouping ({@code Rp 12.345.678}) in both languages, dates
 * in the page's language. Templates call them as {@code {amount.rupiah}} and {@code {date.longDate}}.
 */
@TemplateExtension
public final class Formats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Formats() {
    }

    static String rupiah(long amount) {
        DecimalFormat grouping = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(INDONESIAN));
        return (amount < 0 ? "-Rp " : "Rp ") + grouping.format(Math.abs(amount));
    }

    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        Locale locale = variant instanceof io.quarkus.qute.Variant selected && selected.getLocale() != null
                ? selected.getLocale() : INDONESIAN;
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}

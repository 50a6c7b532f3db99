package id.bpjstk.portal.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages write amounts, dates and months: rupiah with Indonesian grouping ({@code Rp 12.345.678}) in both
 * languages, dates in the page's language, times in Jakarta's zone. Templates call them as {@code {amount.rupiah}},
 * {@code {date.longDate}}, {@code {period.month}}, {@code {instant.dateTime}}.
 */
@TemplateExtension
public final class Formats {

    /** Where the programme's members live and its offices keep time. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Formats() {
    }

    static String rupiah(long amount) {
        DecimalFormat grouping = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(INDONESIAN));
        return (amount < 0 ? "-Rp " : "Rp ") + grouping.format(Math.abs(amount));
    }

    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale(locale, variant)).format(date);
    }

    /** {@code 2026-10} as {@code Oktober 2026} / {@code October 2026}; anything else as it is. */
    static String month(String period, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        try {
            return DateTimeFormatter.ofPattern("MMMM yyyy", locale(locale, variant)).format(YearMonth.parse(period));
        } catch (DateTimeParseException | NullPointerException e) {
            return period == null ? "" : period;
        }
    }

    static String dateTime(Instant at, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'WIB'", locale(locale, variant)).withZone(JAKARTA).format(at);
    }

    /**
     * The page's locale: the template's {@code locale} attribute when set, else the locale of the variant Quarkus
     * chose from the request's Accept-Language (which the portal settles to the member's language).
     */
    static Locale locale(Object attribute, Object variant) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        if (attribute != null) {
            return Locale.forLanguageTag(attribute.toString());
        }
        if (variant instanceof io.quarkus.qute.Variant selected && selected.getLocale() != null) {
            return selected.getLocale();
        }
        return INDONESIAN;
    }
}

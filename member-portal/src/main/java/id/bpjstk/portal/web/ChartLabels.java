package id.bpjstk.portal.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.quarkus.qute.TemplateExtension;

/** The short month names under the contribution chart's bars: {@code {bar.period.shortMonth}} (Okt, Oct). */
@TemplateExtension
public final class ChartLabels {

    private ChartLabels() {
    }

    /** {@code 2026-10} as {@code Okt} / {@code Oct}; anything else as it is. */
    static String shortMonth(String period, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        try {
            return DateTimeFormatter.ofPattern("MMM", Formats.locale(locale, variant)).format(YearMonth.parse(period));
        } catch (DateTimeParseException | NullPointerException e) {
            return period == null ? "" : period;
        }
    }
}

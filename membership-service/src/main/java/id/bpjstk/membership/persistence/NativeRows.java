package id.bpjstk.membership.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

/** Reads the columns of native query rows (plain {@code Object[]}), as the repositories' read paths return them. */
final class NativeRows {

    private NativeRows() {
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A {@code date} column: the driver gives {@link Date} or, by type, {@link LocalDate}. */
    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static YearMonth month(Object value) {
        return YearMonth.from(localDate(value));
    }
}

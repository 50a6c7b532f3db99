package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Ages, month counts and dates as the members read them, in both languages. */
final class Calendar {

    private static final String[] MONTHS_ID = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember" };
    private static final String[] MONTHS_EN = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };

    private Calendar() {
    }

    /**
     * Whole years from {@code birthDate} to {@code day}. A birthday is the same day of the same month
     * (a 29 February birthday falls on 28 February in common years, as {@link LocalDate#plusYears} has it).
     */
    static int ageOn(LocalDate birthDate, LocalDate day) {
        int years = day.getYear() - birthDate.getYear();
        if (birthDate.plusYears(years).isAfter(day)) {
            years--;
        }
        return years;
    }

    static long monthsInclusive(YearMonth from, YearMonth to) {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    static String id(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_ID[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String en(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String id(YearMonth month) {
        return MONTHS_ID[month.getMonthValue() - 1] + " " + month.getYear();
    }

    static String en(YearMonth month) {
        return MONTHS_EN[month.getMonthValue() - 1] + " " + month.getYear();
    }

    static String monthsEn(int months) {
        return months == 1 ? "1 month" : months + " months";
    }
}

package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The JP pension age by calendar year (PP 45/2015 Pasal 15): {@code initialAge} up to and including
 * {@code initialUntilYear}; {@code firstStepAge} from {@code firstStepYear}; one year more every
 * {@code stepEveryYears} years after that, up to {@code maxAge}. With the regulation's numbers: 56
 * until 2018, 57 in 2019-2021, 58 in 2022-2024, 59 in 2025-2027, ... 65 from 2043.
 */
public record PensionAgeSchedule(int initialAge, int initialUntilYear, int firstStepYear, int firstStepAge,
        int stepEveryYears, int maxAge) {

    public PensionAgeSchedule {
        if (firstStepYear <= initialUntilYear || stepEveryYears < 1 || firstStepAge < initialAge
                || maxAge < firstStepAge) {
            throw new IllegalArgumentException("PENSION_AGE schedule is inconsistent");
        }
    }

    /** The pension age in force during {@code year}. */
    public int ageIn(int year) {
        if (year < firstStepYear) {
            return initialAge;
        }
        return Math.min(maxAge, firstStepAge + (year - firstStepYear) / stepEveryYears);
    }

    /**
     * The first day, on or after {@code from}, on which someone born on {@code birthDate} is at least
     * the pension age of that day's year.
     */
    public Optional<LocalDate> firstDayReached(LocalDate birthDate, LocalDate from) {
        for (int year = from.getYear(); year <= from.getYear() + 150; year++) {
            LocalDate birthday = birthDate.plusYears(ageIn(year));
            LocalDate candidate = latest(birthday, LocalDate.of(year, 1, 1), from);
            if (candidate.getYear() == year) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }
}

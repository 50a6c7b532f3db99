package id.bpjstk.membership.persistence;

import jakarta.persistence.Embeddable;

/**
 * What was paid for one programme in one contribution month, in whole rupiah: three columns of the month's row
 * ({@code jht_base}, {@code jht_employer_share}, {@code jht_employee_share}, ...), all null when nothing was.
 *
 * @param base the wage the rates were applied to (the JP wage is capped)
 */
@Embeddable
public record ProgrammeLine(long base, long employerShare, long employeeShare) {
}

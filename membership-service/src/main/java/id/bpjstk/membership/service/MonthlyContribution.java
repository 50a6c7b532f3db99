package id.bpjstk.membership.service;

import java.time.YearMonth;
import java.util.List;

/** One month of a member's contributions with its lines in programme order. */
public record MonthlyContribution(YearMonth period, long wage, List<ProgrammeContribution> programmes) {

    public long employerTotal() {
        return programmes.stream().mapToLong(ProgrammeContribution::employer).sum();
    }

    public long employeeTotal() {
        return programmes.stream().mapToLong(ProgrammeContribution::employee).sum();
    }

    public long total() {
        return employerTotal() + employeeTotal();
    }
}

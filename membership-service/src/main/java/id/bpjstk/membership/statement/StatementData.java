package id.bpjstk.membership.statement;

import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.service.Balances;
import id.bpjstk.membership.service.MonthlyContribution;
import java.time.LocalDate;
import java.util.List;

/** Everything printed on one member's e-statement for one year. */
public record StatementData(String name, String membershipNumber, ParticipantCategory category, String employer,
        String nikMasked, int year, List<MonthlyContribution> months, Balances balances, LocalDate issuedOn) {
}

package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.InvestmentReturnRepository;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberBalances;
import id.bpjstk.membership.persistence.MemberBalancesRepository;
import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.persistence.ProgrammeTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A member's balances. The current ones come from the member's {@code member_balances} row, which the database
 * keeps equal to the sums over her contribution months in the same transaction as each write to them; balances as
 * of an earlier month (a past year's statement) are summed from the months up to then. Both add up the same rows.
 */
@ApplicationScoped
public class BalanceService {

    private final MemberBalancesRepository stored;
    private final ContributionMonthRepository months;
    private final InvestmentReturnRepository returns;

    BalanceService(MemberBalancesRepository stored, ContributionMonthRepository months,
            InvestmentReturnRepository returns) {
        this.stored = stored;
        this.months = months;
        this.returns = returns;
    }

    /**
     * The current balances of the member with this KPJ: one query, so no transaction (it reads in the request's
     * read-only session).
     */
    public Balances balances(String membershipNumber) {
        return of(stored.findByMembershipNumber(membershipNumber).orElseThrow(MemberNotFoundException::new));
    }

    /** Balances as of the end of the member's latest contribution month. */
    @Transactional
    public Balances currentBalances(Member member) {
        return of(stored.findByMember(member).orElseThrow(MemberNotFoundException::new));
    }

    /**
     * Balances as of the last day of the latest contribution month at or before {@code upTo}:
     * JHT contributions of the months up to then plus the returns credited by that day; JP
     * contributions, months and estimated benefit (wage earners only).
     */
    @Transactional
    public Balances balancesUpTo(Member member, YearMonth upTo) {
        MemberBalances current = stored.findByMember(member).orElseThrow(MemberNotFoundException::new);
        if (!current.hasContributions() || !current.latest().isAfter(upTo)) {
            return of(current);
        }
        Optional<YearMonth> latest = months.findLatestPeriodUpTo(member, upTo);
        if (latest.isEmpty()) {
            return none(member.isWageEarner());
        }
        YearMonth period = latest.get();
        LocalDate asOf = period.atEndOfMonth();
        ProgrammeTotals jht = months.totalsUpTo(member, Programme.JHT, period);
        Balances.Jht jhtBalance = new Balances.Jht(jht.contributions(), returns.sumCreditedUpTo(member, asOf));
        if (!member.isWageEarner()) {
            return new Balances(asOf, jhtBalance, null);
        }
        ProgrammeTotals jp = months.totalsUpTo(member, Programme.JP, period);
        return new Balances(asOf, jhtBalance, jp(jp.contributions(), jp.months(), jp.baseSum()));
    }

    private static Balances of(MemberBalances balances) {
        if (!balances.hasContributions()) {
            return none(balances.isWageEarner());
        }
        Balances.Jht jht = new Balances.Jht(balances.jhtContributions(), balances.jhtReturns());
        Balances.Jp jp = balances.isWageEarner()
                ? jp(balances.jpContributions(), balances.jpMonths(), balances.jpBaseSum())
                : null;
        return new Balances(balances.latest().atEndOfMonth(), jht, jp);
    }

    private static Balances none(boolean wageEarner) {
        return new Balances(null, new Balances.Jht(0, 0), wageEarner ? new Balances.Jp(0, 0, 0) : null);
    }

    private static Balances.Jp jp(long contributions, long months, long baseSum) {
        return new Balances.Jp(contributions, Math.toIntExact(months),
                PensionFormula.estimatedMonthlyBenefit(baseSum, months));
    }
}

package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.ContributionLineRepository;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.InvestmentReturnRepository;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.persistence.ProgrammeTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Balances are always computed from the contribution lines and credited returns, never stored,
 * so a statement's figures and the API's add up to the same rows.
 */
@ApplicationScoped
public class BalanceService {

    private static final YearMonth NO_LIMIT = YearMonth.of(9999, 12);

    private final MemberRepository members;
    private final ContributionMonthRepository months;
    private final ContributionLineRepository lines;
    private final InvestmentReturnRepository returns;

    BalanceService(MemberRepository members, ContributionMonthRepository months, ContributionLineRepository lines,
            InvestmentReturnRepository returns) {
        this.members = members;
        this.months = months;
        this.lines = lines;
        this.returns = returns;
    }

    @Transactional
    public Balances balances(String membershipNumber) {
        Member member = members.findByMembershipNumber(membershipNumber).orElseThrow(MemberNotFoundException::new);
        return currentBalances(member);
    }

    /** Balances as of the end of the member's latest contribution month. */
    @Transactional
    public Balances currentBalances(Member member) {
        return balancesUpTo(member, NO_LIMIT);
    }

    /**
     * Balances as of the last day of the latest contribution month at or before {@code upTo}:
     * JHT contributions of the months up to then plus the returns credited by that day; JP
     * contributions, months and estimated benefit (wage earners only).
     */
    @Transactional
    public Balances balancesUpTo(Member member, YearMonth upTo) {
        Optional<YearMonth> latest = months.findLatestPeriodUpTo(member, upTo);
        Balances.Jp noJp = member.isWageEarner() ? new Balances.Jp(0, 0, 0) : null;
        if (latest.isEmpty()) {
            return new Balances(null, new Balances.Jht(0, 0), noJp);
        }
        YearMonth period = latest.get();
        LocalDate asOf = period.atEndOfMonth();
        ProgrammeTotals jht = lines.totalsUpTo(member, Programme.JHT, period);
        Balances.Jht jhtBalance = new Balances.Jht(jht.contributions(), returns.sumCreditedUpTo(member, asOf));
        Balances.Jp jpBalance = noJp;
        if (member.isWageEarner()) {
            ProgrammeTotals jp = lines.totalsUpTo(member, Programme.JP, period);
            jpBalance = new Balances.Jp(jp.contributions(), Math.toIntExact(jp.months()),
                    PensionFormula.estimatedMonthlyBenefit(jp.baseSum(), jp.months()));
        }
        return new Balances(asOf, jhtBalance, jpBalance);
    }
}

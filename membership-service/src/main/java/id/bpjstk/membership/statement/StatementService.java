package id.bpjstk.membership.statement;

import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.service.BalanceService;
import id.bpjstk.membership.service.Balances;
import id.bpjstk.membership.service.ContributionService;
import id.bpjstk.membership.service.MemberNotFoundException;
import id.bpjstk.membership.service.MonthlyContribution;
import id.bpjstk.membership.service.StatementNotAvailableException;
import id.bpjstk.service.api.InvalidRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

@ApplicationScoped
public class StatementService {

    /** Year the first national workers' social-security scheme (Astek) began. */
    public static final int FIRST_YEAR = 1977;

    private final MemberRepository members;
    private final ContributionService contributions;
    private final BalanceService balances;
    private final StatementPdfRenderer renderer;
    private final MeterRegistry meters;
    private final Clock clock;

    StatementService(MemberRepository members, ContributionService contributions, BalanceService balances,
            StatementPdfRenderer renderer, MeterRegistry meters, Clock clock) {
        this.members = members;
        this.contributions = contributions;
        this.balances = balances;
        this.renderer = renderer;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * The e-statement of one year: that year's contributions and the balances as of the end of
     * the year (as of the latest contribution month for the current year).
     */
    @Transactional
    public RenderedStatement statement(String membershipNumber, int year) {
        int currentYear = Year.now(clock).getValue();
        if (year < FIRST_YEAR || year > currentYear) {
            throw new InvalidRequestException("year", "must be between " + FIRST_YEAR + " and " + currentYear);
        }
        Member member = members.findByMembershipNumber(membershipNumber).orElseThrow(MemberNotFoundException::new);
        List<MonthlyContribution> months = contributions.monthsOfYear(member, year);
        if (months.isEmpty()) {
            throw new StatementNotAvailableException(year);
        }
        Balances yearEnd = balances.balancesUpTo(member, YearMonth.of(year, 12));
        StatementData data = new StatementData(member.getFullName(), member.getMembershipNumber(),
                member.getParticipantCategory(), member.getEmployerName(), member.maskedNik(), year, months, yearEnd,
                LocalDate.now(clock));
        byte[] pdf = renderer.render(data);
        meters.counter("membership.statements.generated").increment();
        return new RenderedStatement("e-statement-" + member.getMembershipNumber() + "-" + year + ".pdf", pdf);
    }
}

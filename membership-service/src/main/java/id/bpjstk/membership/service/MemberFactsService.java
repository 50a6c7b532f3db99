package id.bpjstk.membership.service;

import id.bpjstk.member.Masking;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.persistence.MonthSpan;
import id.bpjstk.membership.persistence.Programme;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Answers claims-service's service account: the facts its eligibility rules are evaluated against. */
@ApplicationScoped
public class MemberFactsService {

    private static final Logger LOG = Logger.getLogger(MemberFactsService.class);

    private final MemberRepository members;
    private final ContributionMonthRepository months;
    private final MeterRegistry meters;
    private final Clock clock;

    MemberFactsService(MemberRepository members, ContributionMonthRepository months, MeterRegistry meters,
            Clock clock) {
        this.members = members;
        this.months = months;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * The facts of the active member with this KPJ, counting contribution months up to the current
     * month. Unknown and inactive are the same {@link MemberNotFoundException}.
     */
    @Transactional
    public MemberFacts facts(String membershipNumber) {
        Optional<Member> member = members.findByMembershipNumber(membershipNumber);
        boolean found = member.isPresent() && member.get().isActive();
        meters.counter("membership.registry.facts.lookups", "result", found ? "found" : "not_found").increment();
        LOG.infof("Member facts lookup for membership number %s: %s", Masking.kpj(membershipNumber),
                found ? "found" : member.isPresent() ? "not found (inactive)" : "not found (unknown)");
        if (!found) {
            throw new MemberNotFoundException();
        }
        YearMonth upTo = YearMonth.now(clock);
        MonthSpan contributions = months.spanUpTo(member.get(), upTo);
        long jpMonths = months.totalsUpTo(member.get(), Programme.JP, upTo).months();
        return new MemberFacts(member.get(), contributions, jpMonths);
    }
}

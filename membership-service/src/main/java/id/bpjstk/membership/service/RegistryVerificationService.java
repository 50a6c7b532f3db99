package id.bpjstk.membership.service;

import id.bpjstk.member.Masking;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Answers the identity provider's questions. At registration and password reset: do this KPJ, NIK
 * and birth date belong to one active member? The answer never says which of them failed. And when
 * it has blocked a KPJ after repeated failed checks: how can it reach the active member who owns it?
 */
@ApplicationScoped
public class RegistryVerificationService {

    private static final Logger LOG = Logger.getLogger(RegistryVerificationService.class);

    private final MemberRepository members;
    private final MeterRegistry meters;

    RegistryVerificationService(MemberRepository members, MeterRegistry meters) {
        this.members = members;
        this.meters = meters;
    }

    /** The member when all three match an active member, otherwise empty. */
    @Transactional
    public Optional<Member> verify(String membershipNumber, String nik, LocalDate birthDate) {
        Optional<Member> candidate = members.findByMembershipNumber(membershipNumber);
        // compare the NIK even when the KPJ is unknown, so both cases take about as long
        boolean nikMatches = candidate.map(m -> m.nikMatches(nik)).orElseGet(() -> Member.nikMatchesNobody(nik));
        boolean match = candidate.isPresent()
                && nikMatches
                && candidate.get().getBirthDate().equals(birthDate)
                && candidate.get().isActive();
        meters.counter("membership.registry.verifications", "result", match ? "match" : "no_match").increment();
        LOG.infof("Registry verification for membership number %s: %s", Masking.kpj(membershipNumber),
                match ? "match" : "no match");
        return match ? candidate : Optional.empty();
    }

    /**
     * The active member with this KPJ, for the identity provider to notify of a block even when the
     * member has no account there yet. Unknown and inactive are the same {@link MemberNotFoundException}.
     */
    @Transactional
    public Member contact(String membershipNumber) {
        Optional<Member> member = members.findByMembershipNumber(membershipNumber);
        boolean found = member.isPresent() && member.get().isActive();
        meters.counter("membership.registry.contact.lookups", "result", found ? "found" : "not_found").increment();
        // the masked KPJ and the outcome only: never the phone number or the email
        LOG.infof("Registry contact lookup for membership number %s: %s", Masking.kpj(membershipNumber),
                found ? "found" : member.isPresent() ? "not found (inactive)" : "not found (unknown)");
        if (!found) {
            throw new MemberNotFoundException();
        }
        return member.get();
    }
}

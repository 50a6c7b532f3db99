package id.bpjstk.membership.service;

import id.bpjstk.member.Masking;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

@ApplicationScoped
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class);

    private final MemberRepository members;
    private final BalanceService balances;

    MemberService(MemberRepository members, BalanceService balances) {
        this.members = members;
        this.balances = balances;
    }

    /** The member's record, read in the request's read-only session (no transaction to begin and commit). */
    public Member profile(String membershipNumber) {
        return requireMember(membershipNumber);
    }

    /** Replaces the member's postal address and correspondence email. */
    @Transactional
    public Member updateContact(String membershipNumber, String address, String correspondenceEmail) {
        Member member = requireMember(membershipNumber);
        member.changeContact(address.strip(), correspondenceEmail.strip());
        members.flush();
        LOG.infof("Member %s updated contact details", Masking.kpj(membershipNumber));
        return member;
    }

    /** What an operator sees of a member: the profile and the current balances. The look-up is logged. */
    @Transactional
    public MemberOverview overview(String membershipNumber, String operatorSubject) {
        LOG.infof("Operator %s looked up member %s", operatorSubject, Masking.kpj(membershipNumber));
        Member member = requireMember(membershipNumber);
        return new MemberOverview(member, balances.currentBalances(member));
    }

    Member requireMember(String membershipNumber) {
        return members.findByMembershipNumber(membershipNumber).orElseThrow(MemberNotFoundException::new);
    }

    public record MemberOverview(Member member, Balances balances) {
    }
}

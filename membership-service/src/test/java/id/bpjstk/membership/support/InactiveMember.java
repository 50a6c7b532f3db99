package id.bpjstk.membership.support;

import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.persistence.MemberStatus;
import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.persistence.Sex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;

/** A non-demo fixture: a former participant whose membership is inactive. */
public final class InactiveMember {

    public static final String KPJ = "11000000099";
    public static final String NIK = "3201014107950005";
    public static final LocalDate BIRTH_DATE = LocalDate.of(1995, 7, 1);
    public static final String PHONE_NUMBER = "+6281200000099";
    public static final String EMAIL = "rina@example.test";

    private InactiveMember() {
    }

    /** Adds the member to the registry unless an earlier test already did. */
    public static void ensureExists(MemberRepository members) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (members.findByMembershipNumber(KPJ).isEmpty()) {
                Member member = new Member(KPJ, NIK, "Rina Marlina", BIRTH_DATE, Sex.FEMALE,
                        ParticipantCategory.PU, MemberStatus.INACTIVE, LocalDate.of(2016, 3, 1));
                member.setEmployerName("PT Contoh Berhenti");
                member.setPhoneNumber(PHONE_NUMBER);
                member.setEmail(EMAIL);
                members.persist(member);
            }
        });
    }
}

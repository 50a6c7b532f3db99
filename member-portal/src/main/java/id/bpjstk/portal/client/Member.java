package id.bpjstk.portal.client;

import java.time.LocalDate;

/** A member's registry record as membership-service gives it ({@code GET /api/members/me}). */
public record Member(
        String membershipNumber,
        String name,
        LocalDate birthDate,
        String participantCategory,
        String status,
        String employer,
        String phoneNumber,
        String email,
        String address,
        String correspondenceEmail,
        LocalDate registeredSince) {

    /** Wage earner (PU), as opposed to non-wage worker (BPU). */
    public boolean wageEarner() {
        return "PU".equals(participantCategory);
    }

    @Override
    public String toString() {
        return "Member[" + id.bpjstk.member.Masking.kpj(membershipNumber) + "]";
    }
}

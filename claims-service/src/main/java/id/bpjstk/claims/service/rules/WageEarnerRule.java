package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/** {@code WAGE_EARNER}: the programme covers wage earners (PU) only (JP, JKP). */
record WageEarnerRule(String programme, String source) implements Rule {

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        if (facts.participantCategory() == ParticipantCategory.PU) {
            return Eligibility.eligible(source,
                    "Anda terdaftar sebagai peserta penerima upah (PU).",
                    "You are registered as a wage earner (PU).");
        }
        return Eligibility.notEligible(source,
                programme + " hanya untuk peserta penerima upah (PU); Anda terdaftar sebagai peserta bukan penerima"
                        + " upah (BPU).",
                programme + " is for wage earners (PU) only; you are registered as a non-wage worker (BPU).");
    }
}

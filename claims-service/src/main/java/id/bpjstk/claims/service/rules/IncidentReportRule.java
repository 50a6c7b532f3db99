package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/**
 * {@code INCIDENT_REPORT}: the benefit rests on an incident the registry does not know (a work
 * accident, a death). The member may file; the incident report among the documents decides it.
 */
record IncidentReportRule(Incident incident, String source) implements Rule {

    enum Incident {
        WORK_ACCIDENT,
        DEATH
    }

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        LocalizedText reason = switch (incident) {
            case WORK_ACCIDENT -> new LocalizedText(
                    "Memerlukan laporan kejadian: JKK dibayarkan untuk kecelakaan kerja atau penyakit akibat kerja yang"
                            + " dilaporkan pemberi kerja. Ajukan klaim dengan laporan kecelakaan kerja dari pemberi kerja"
                            + " dan surat keterangan dokter; petugas memverifikasi kejadiannya.",
                    "Needs an incident report: JKK is paid for a work accident or occupational disease reported by"
                            + " the employer. File the claim with the employer's accident report and a doctor's"
                            + " statement; an officer verifies the incident.");
            case DEATH -> new LocalizedText(
                    "Memerlukan laporan kejadian: JKM dibayarkan kepada ahli waris bila peserta meninggal dunia. Ahli"
                            + " waris mengajukan klaim dengan akta kematian dan surat keterangan ahli waris; petugas"
                            + " memverifikasinya.",
                    "Needs an incident report: JKM is paid to the heirs when a member dies. An heir files the claim"
                            + " with the death certificate and the statement of heirs; an officer verifies them.");
        };
        return new Eligibility(Outcome.NEEDS_INCIDENT_REPORT, reason, source);
    }
}

package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Why a benefit is due (JHT_RETIREMENT, JHT_RESIGNATION, ...): the documents a claim for it needs
 * and the rules that decide whether a member may claim it.
 */
public record ClaimReason(String code, LocalizedText name, List<DocumentType> requiredDocuments, List<Rule> rules) {

    static final LocalizedText NO_ACTIVE_MEMBERSHIP = new LocalizedText(
            "Tidak ada kepesertaan aktif dengan nomor kepesertaan Anda, sehingga klaim tidak dapat diajukan secara"
                    + " daring; silakan hubungi kantor cabang BPJS Ketenagakerjaan.",
            "The registry has no active membership under your membership number, so no claim can be filed online;"
                    + " please contact a BPJS Ketenagakerjaan branch office.");

    public ClaimReason {
        requiredDocuments = List.copyOf(requiredDocuments);
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("reason " + code + " has no rules");
        }
    }

    public List<String> requiredDocumentCodes() {
        return requiredDocuments.stream().map(DocumentType::code).toList();
    }

    /**
     * Evaluates the rules in order on the registry's facts ({@code empty} when the member is unknown or
     * inactive there). The first rule that fails is the answer; when all hold, an incident-report rule
     * is the answer, otherwise the last rule (the most specific).
     */
    public Eligibility evaluate(Optional<MemberFacts> facts, LocalDate today) {
        if (facts.isEmpty()) {
            return new Eligibility(Outcome.NOT_ELIGIBLE, NO_ACTIVE_MEMBERSHIP, rules.get(0).source());
        }
        Eligibility answer = null;
        Eligibility incident = null;
        for (Rule rule : rules) {
            Eligibility result = rule.evaluate(facts.get(), today);
            switch (result.outcome()) {
                case NOT_ELIGIBLE -> {
                    return result;
                }
                case NEEDS_INCIDENT_REPORT -> incident = result;
                case ELIGIBLE -> answer = result;
            }
        }
        return incident != null ? incident : answer;
    }
}

package id.bpjstk.claims.service.rules;

import java.util.Objects;

/** The answer of the rules: the outcome, why (in both languages) and the legal source of the rule. */
public record Eligibility(Outcome outcome, LocalizedText reason, String source) {

    public Eligibility {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** The registry's facts alone meet the rules. */
    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    /** A claim may be filed: eligible, or resting on an incident report an officer verifies. */
    public boolean canFile() {
        return outcome != Outcome.NOT_ELIGIBLE;
    }

    static Eligibility eligible(String source, String id, String en) {
        return new Eligibility(Outcome.ELIGIBLE, new LocalizedText(id, en), source);
    }

    static Eligibility notEligible(String source, String id, String en) {
        return new Eligibility(Outcome.NOT_ELIGIBLE, new LocalizedText(id, en), source);
    }
}

package id.bpjstk.claims.service;

import id.bpjstk.claims.service.rules.Eligibility;

/** The member's facts do not meet the rules of the claim reason (422); nothing is created. */
public class NotEligibleException extends RuntimeException {

    private final Eligibility eligibility;

    public NotEligibleException(Eligibility eligibility) {
        super("Not eligible: " + eligibility.reason().en() + " (" + eligibility.source() + ")");
        this.eligibility = eligibility;
    }

    public Eligibility eligibility() {
        return eligibility;
    }
}

package id.bpjstk.claims.service.rules;

/** What the rules say about a member and a claim reason today. */
public enum Outcome {
    /** The registry's facts meet every rule: the member may claim now. */
    ELIGIBLE,
    /** A rule is not met; the reason says which and when it would be. */
    NOT_ELIGIBLE,
    /**
     * The benefit rests on an incident (a work accident, a death) that the registry does not know:
     * the claim may be filed, and the incident report among its documents decides it.
     */
    NEEDS_INCIDENT_REPORT
}

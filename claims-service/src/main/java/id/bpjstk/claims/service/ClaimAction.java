package id.bpjstk.claims.service;

/** What someone does to a claim's status. */
public enum ClaimAction {
    SUBMIT("submitted"),
    CANCEL("cancelled"),
    VERIFY("verified"),
    APPROVE("approved"),
    REJECT("rejected"),
    PAY("marked paid");

    private final String pastTense;

    ClaimAction(String pastTense) {
        this.pastTense = pastTense;
    }

    public String pastTense() {
        return pastTense;
    }
}

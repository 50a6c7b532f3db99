package id.bpjstk.claims.service;

/** The officer who took the step before (verified, approved) would take the next one (approve, pay) too. */
public class SameOfficerException extends ClaimConflictException {

    public static final String CODE = "same_officer";

    public SameOfficerException(ClaimAction action, ClaimAction earlier) {
        super(CODE, "You " + earlier.pastTense() + " this claim, so it cannot be " + action.pastTense()
                + " by you too; another officer must do it");
    }
}

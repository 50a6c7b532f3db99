package id.bpjstk.claims.service;

/** An officer acts on a claim filed under her own KPJ: another officer must. */
public class OwnClaimException extends ClaimConflictException {

    public static final String CODE = "own_claim";

    public OwnClaimException(ClaimAction action) {
        super(CODE, "This claim is filed under your own membership number: it cannot be " + action.pastTense()
                + " by you; another officer must decide it");
    }
}

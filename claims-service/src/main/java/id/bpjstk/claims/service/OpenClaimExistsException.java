package id.bpjstk.claims.service;

/** The member already has an open claim of this type. */
public class OpenClaimExistsException extends ClaimConflictException {

    public OpenClaimExistsException(String type) {
        super("open_claim_exists", "You already have an open " + type
                + " claim; finish or cancel it before filing another");
    }
}

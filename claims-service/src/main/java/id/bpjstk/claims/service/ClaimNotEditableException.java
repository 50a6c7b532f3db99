package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.ClaimStatus;

/** Documents are added or removed only while the claim is a draft. */
public class ClaimNotEditableException extends ClaimConflictException {

    public ClaimNotEditableException(ClaimStatus status) {
        super("claim_not_editable", "The claim is " + status + "; documents can be changed only while it is a DRAFT");
    }
}

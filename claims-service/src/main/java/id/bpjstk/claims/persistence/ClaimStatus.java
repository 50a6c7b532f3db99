package id.bpjstk.claims.persistence;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands. The moves between them are in {@code service.ClaimTransitions}. */
public enum ClaimStatus {
    /** Created by the member, documents being uploaded. */
    DRAFT,
    /** Handed in by the member with every required document; waiting for an officer. */
    SUBMITTED,
    /** An officer has checked the documents. */
    VERIFIED,
    /** An officer has granted the benefit; payment pending. */
    APPROVED,
    /** The benefit has been paid. Final. */
    PAID,
    /** An officer has refused the claim, with a reason. Final. */
    REJECTED,
    /** The member withdrew the claim before a decision. Final. */
    CANCELLED;

    /** A member has at most one open claim per type. */
    public static final Set<ClaimStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, VERIFIED, APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

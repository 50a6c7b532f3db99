package id.bpjstk.claims.service;

import static id.bpjstk.claims.persistence.ActorRole.MEMBER;
import static id.bpjstk.claims.persistence.ActorRole.OFFICER;
import static id.bpjstk.claims.persistence.ClaimStatus.APPROVED;
import static id.bpjstk.claims.persistence.ClaimStatus.CANCELLED;
import static id.bpjstk.claims.persistence.ClaimStatus.DRAFT;
import static id.bpjstk.claims.persistence.ClaimStatus.PAID;
import static id.bpjstk.claims.persistence.ClaimStatus.REJECTED;
import static id.bpjstk.claims.persistence.ClaimStatus.SUBMITTED;
import static id.bpjstk.claims.persistence.ClaimStatus.VERIFIED;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.ClaimStatus;
import java.util.List;
import java.util.Optional;

/**
 * Every status change a claim may make, and who makes it. Anything not in {@link #ALLOWED} is
 * refused (409): PAID, REJECTED and CANCELLED are final.
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --verify--> VERIFIED --approve--> APPROVED --pay--> PAID
 *   |                   |  \                 |
 *   |                   |   \--reject--\     \--reject--> REJECTED
 *   \--cancel--> CANCELLED <--cancel--/ \-----------------^
 * </pre>
 */
public final class ClaimTransitions {

    public record Transition(ClaimStatus from, ClaimAction action, ClaimStatus to, ActorRole by) {
    }

    public static final List<Transition> ALLOWED = List.of(
            new Transition(DRAFT, ClaimAction.SUBMIT, SUBMITTED, MEMBER),
            new Transition(DRAFT, ClaimAction.CANCEL, CANCELLED, MEMBER),
            new Transition(SUBMITTED, ClaimAction.CANCEL, CANCELLED, MEMBER),
            new Transition(SUBMITTED, ClaimAction.VERIFY, VERIFIED, OFFICER),
            new Transition(SUBMITTED, ClaimAction.REJECT, REJECTED, OFFICER),
            new Transition(VERIFIED, ClaimAction.APPROVE, APPROVED, OFFICER),
            new Transition(VERIFIED, ClaimAction.REJECT, REJECTED, OFFICER),
            new Transition(APPROVED, ClaimAction.PAY, PAID, OFFICER));

    private ClaimTransitions() {
    }

    public static Optional<Transition> find(ClaimStatus from, ClaimAction action) {
        return ALLOWED.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The statuses from which {@code action} is allowed. */
    public static List<ClaimStatus> allowedFrom(ClaimAction action) {
        return ALLOWED.stream().filter(t -> t.action() == action).map(Transition::from).toList();
    }
}

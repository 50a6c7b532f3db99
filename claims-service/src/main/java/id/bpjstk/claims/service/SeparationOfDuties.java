package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.persistence.StatusChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No claims officer pays a benefit out on her own say-so:
 * <ul>
 * <li>an officer never verifies, approves, rejects or pays a claim filed under her own KPJ;</li>
 * <li>the officer who verified a claim does not approve it, and the one who approved it does not mark it paid
 * (the one who verified may: two officers take a claim from SUBMITTED to PAID).</li>
 * </ul>
 * Rejecting stays open to the verifier: a refusal pays no one. Who verified and who approved is read from the
 * claim's history, by the username it records.
 */
public final class SeparationOfDuties {

    /** For each action, the earlier step whose officer may not take it too, by the status that step reached. */
    private static final Map<ClaimAction, ClaimAction> EARLIER_STEP = Map.of(
            ClaimAction.APPROVE, ClaimAction.VERIFY,
            ClaimAction.PAY, ClaimAction.APPROVE);
    private static final Map<ClaimAction, ClaimStatus> REACHED = Map.of(
            ClaimAction.VERIFY, ClaimStatus.VERIFIED,
            ClaimAction.APPROVE, ClaimStatus.APPROVED);

    private SeparationOfDuties() {
    }

    /** Whether the actor is an officer and the claim is filed under her own KPJ. */
    public static boolean isOwnClaim(Actor actor, Claim claim) {
        return !actor.isMember() && actor.membershipNumber() != null
                && actor.membershipNumber().equals(claim.getMembershipNumber());
    }

    /** Whether the action needs the history to check who took the step before it. */
    public static boolean dependsOnEarlierStep(ClaimAction action) {
        return EARLIER_STEP.containsKey(action);
    }

    /**
     * The earlier step the officer took herself and so may not follow with this action (she verified the claim she
     * would approve, approved the one she would pay), as the history (oldest first) tells; empty when she may.
     */
    public static Optional<ClaimAction> earlierStepBySameOfficer(Actor actor, ClaimAction action,
            List<StatusChange> history) {
        ClaimAction earlier = EARLIER_STEP.get(action);
        if (actor.isMember() || earlier == null) {
            return Optional.empty();
        }
        return lastOfficerToReach(history, REACHED.get(earlier)).filter(actor.username()::equals).map(officer -> earlier);
    }

    private static Optional<String> lastOfficerToReach(List<StatusChange> history, ClaimStatus status) {
        String officer = null;
        for (StatusChange change : history) {
            if (change.getToStatus() == status && change.getActorRole() == ActorRole.OFFICER) {
                officer = change.getActor();
            }
        }
        return Optional.ofNullable(officer);
    }
}

package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.ClaimStatus;
import java.util.stream.Collectors;

/** The claim's status does not allow this action (a decision on a paid claim, say). */
public class InvalidTransitionException extends ClaimConflictException {

    public InvalidTransitionException(ClaimStatus from, ClaimAction action) {
        super("invalid_transition", "A " + from + " claim cannot be " + action.pastTense() + "; only a claim that is "
                + ClaimTransitions.allowedFrom(action).stream().map(Enum::name).collect(Collectors.joining(" or "))
                + " can");
    }
}

package id.bpjstk.claims.service;

import static id.bpjstk.claims.persistence.ClaimStatus.APPROVED;
import static id.bpjstk.claims.persistence.ClaimStatus.CANCELLED;
import static id.bpjstk.claims.persistence.ClaimStatus.DRAFT;
import static id.bpjstk.claims.persistence.ClaimStatus.PAID;
import static id.bpjstk.claims.persistence.ClaimStatus.REJECTED;
import static id.bpjstk.claims.persistence.ClaimStatus.SUBMITTED;
import static id.bpjstk.claims.persistence.ClaimStatus.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.ClaimStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimTransitionsTest {

    @Test
    void theHappyPathRunsDraftToPaid() {
        assertEquals(SUBMITTED, to(DRAFT, ClaimAction.SUBMIT));
        assertEquals(VERIFIED, to(SUBMITTED, ClaimAction.VERIFY));
        assertEquals(APPROVED, to(VERIFIED, ClaimAction.APPROVE));
        assertEquals(PAID, to(APPROVED, ClaimAction.PAY));
    }

    @Test
    void rejectionIsPossibleFromSubmittedAndVerifiedOnly() {
        assertEquals(List.of(SUBMITTED, VERIFIED), ClaimTransitions.allowedFrom(ClaimAction.REJECT));
    }

    @Test
    void cancellationIsPossibleBeforeADecisionOnly() {
        assertEquals(List.of(DRAFT, SUBMITTED), ClaimTransitions.allowedFrom(ClaimAction.CANCEL));
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = { "PAID", "REJECTED", "CANCELLED" })
    void finalStatusesAllowNothing(ClaimStatus status) {
        for (ClaimAction action : ClaimAction.values()) {
            assertTrue(ClaimTransitions.find(status, action).isEmpty(), status + " " + action);
        }
    }

    @Test
    void membersSubmitAndCancelOfficersDoTheRest() {
        for (ClaimTransitions.Transition transition : ClaimTransitions.ALLOWED) {
            boolean memberAction = EnumSet.of(ClaimAction.SUBMIT, ClaimAction.CANCEL).contains(transition.action());
            assertEquals(memberAction ? ActorRole.MEMBER : ActorRole.OFFICER, transition.by(), transition.toString());
        }
    }

    @Test
    void exactlyEightMovesAreAllowed() {
        assertEquals(8, ClaimTransitions.ALLOWED.size());
        assertEquals(Optional.empty(), ClaimTransitions.find(DRAFT, ClaimAction.APPROVE));
        assertEquals(Optional.empty(), ClaimTransitions.find(VERIFIED, ClaimAction.CANCEL));
        assertEquals(Optional.empty(), ClaimTransitions.find(SUBMITTED, ClaimAction.PAY));
        assertEquals(REJECTED, to(VERIFIED, ClaimAction.REJECT));
        assertEquals(CANCELLED, to(SUBMITTED, ClaimAction.CANCEL));
    }

    @Test
    void aRefusedMoveSaysWhatIsAllowed() {
        assertEquals("A PAID claim cannot be approved; only a claim that is VERIFIED can",
                new InvalidTransitionException(PAID, ClaimAction.APPROVE).getMessage());
        assertEquals("A APPROVED claim cannot be rejected; only a claim that is SUBMITTED or VERIFIED can",
                new InvalidTransitionException(APPROVED, ClaimAction.REJECT).getMessage());
    }

    private static ClaimStatus to(ClaimStatus from, ClaimAction action) {
        return ClaimTransitions.find(from, action).orElseThrow().to();
    }
}

package id.bpjstk.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.persistence.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeparationOfDutiesTest {

    private static final String KPJ = "11000000041";
    private static final Actor MEMBER = Actor.member(KPJ, KPJ);

    @Test
    void theVerifierMayNotApprove() {
        assertEquals(Optional.of(ClaimAction.VERIFY), SeparationOfDuties.earlierStepBySameOfficer(
                Actor.officer("officer01"), ClaimAction.APPROVE, verifiedBy("officer01")));
    }

    @Test
    void anotherOfficerMayApprove() {
        assertEquals(Optional.empty(), SeparationOfDuties.earlierStepBySameOfficer(
                Actor.officer("officer02"), ClaimAction.APPROVE, verifiedBy("officer01")));
    }

    @Test
    void theApproverMayNotPayButTheVerifierMay() {
        List<StatusChange> history = approvedBy("officer01", "officer02");
        assertEquals(Optional.of(ClaimAction.APPROVE), SeparationOfDuties.earlierStepBySameOfficer(
                Actor.officer("officer02"), ClaimAction.PAY, history));
        assertEquals(Optional.empty(), SeparationOfDuties.earlierStepBySameOfficer(
                Actor.officer("officer01"), ClaimAction.PAY, history));
    }

    @Test
    void theVerifierMayReject() {
        assertEquals(Optional.empty(), SeparationOfDuties.earlierStepBySameOfficer(
                Actor.officer("officer01"), ClaimAction.REJECT, verifiedBy("officer01")));
    }

    @Test
    void onlyApprovingAndPayingLookAtTheHistory() {
        assertTrue(SeparationOfDuties.dependsOnEarlierStep(ClaimAction.APPROVE));
        assertTrue(SeparationOfDuties.dependsOnEarlierStep(ClaimAction.PAY));
        assertFalse(SeparationOfDuties.dependsOnEarlierStep(ClaimAction.VERIFY));
        assertFalse(SeparationOfDuties.dependsOnEarlierStep(ClaimAction.REJECT));
        assertFalse(SeparationOfDuties.dependsOnEarlierStep(ClaimAction.SUBMIT));
    }

    @Test
    void aMembersOwnStepsAreNoOfficersSteps() {
        assertEquals(Optional.empty(), SeparationOfDuties.earlierStepBySameOfficer(MEMBER, ClaimAction.CANCEL,
                verifiedBy(KPJ)));
    }

    private static List<StatusChange> verifiedBy(String officer) {
        Instant at = Instant.parse("2026-11-02T03:00:00Z");
        return List.of(
                new StatusChange(null, null, ClaimStatus.DRAFT, KPJ, ActorRole.MEMBER, at, null),
                new StatusChange(null, ClaimStatus.DRAFT, ClaimStatus.SUBMITTED, KPJ, ActorRole.MEMBER, at, null),
                new StatusChange(null, ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED, officer, ActorRole.OFFICER, at, null));
    }

    private static List<StatusChange> approvedBy(String verifier, String approver) {
        Instant at = Instant.parse("2026-11-03T03:00:00Z");
        List<StatusChange> history = new java.util.ArrayList<>(verifiedBy(verifier));
        history.add(new StatusChange(null, ClaimStatus.VERIFIED, ClaimStatus.APPROVED, approver, ActorRole.OFFICER, at,
                null));
        return history;
    }
}

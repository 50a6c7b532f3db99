package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.ServiceException;

class DecisionTest {

    @Test
    void eachDecisionIsOfferedOnlyFromTheStatusesTheServiceAllowsItFrom() {
        assertThat(allowed("SUBMITTED")).containsExactly(Decision.VERIFY, Decision.REJECT);
        assertThat(allowed("VERIFIED")).containsExactly(Decision.APPROVE, Decision.REJECT);
        assertThat(allowed("APPROVED")).containsExactly(Decision.PAY);
        for (String closed : new String[] {"DRAFT", "PAID", "REJECTED", "CANCELLED"}) {
            assertThat(allowed(closed)).as(closed).isEmpty();
        }
    }

    @Test
    void aFormNamesADecisionByItsAction() {
        assertThat(Decision.of("approve")).contains(Decision.APPROVE);
        assertThat(Decision.of(" PAY ")).contains(Decision.PAY);
        assertThat(Decision.of("delete")).isEmpty();
        assertThat(Decision.of(null)).isEmpty();
    }

    @Test
    void theServicesConflictsReadAsAlreadyDecidedOrAsTheSeparationOfDuties() {
        assertThat(Decision.refusal(conflict(409, "invalid_transition"))).contains(Decision.Refusal.ALREADY_DECIDED);
        assertThat(Decision.refusal(conflict(409, "concurrent_change"))).contains(Decision.Refusal.ALREADY_DECIDED);
        assertThat(Decision.refusal(conflict(409, "same_officer"))).contains(Decision.Refusal.SAME_OFFICER);
        assertThat(Decision.refusal(conflict(409, "own_claim"))).contains(Decision.Refusal.OWN_CLAIM);
        assertThat(Decision.refusal(conflict(404, "claim_not_found"))).as("left to the error pages").isEmpty();
        assertThat(Decision.refusal(conflict(500, "internal_error"))).isEmpty();
    }

    private static List<Decision> allowed(String status) {
        return List.of(Decision.values()).stream().filter(decision -> decision.allowedFrom(status)).toList();
    }

    private static ServiceException conflict(int status, String code) {
        return new ServiceException("claims-service", status, code, null, List.of(), false);
    }
}

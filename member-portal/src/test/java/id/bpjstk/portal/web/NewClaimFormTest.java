package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.ClaimTypes;
import id.bpjstk.portal.client.Eligibility;
import id.bpjstk.portal.client.LocalizedText;
import id.bpjstk.portal.web.NewClaimForm.Problem;

class NewClaimFormTest {

    private static final ClaimTypes.Type JKK = new ClaimTypes.Type("JKK", new LocalizedText("Jaminan Kecelakaan Kerja", "Work accident"),
            "PP 44/2015", false, List.of(new ClaimTypes.Reason("JKK_WORK_ACCIDENT", new LocalizedText("Kecelakaan", "Accident"),
                    List.of(), new Eligibility(false, true, "NEEDS_INCIDENT_REPORT", new LocalizedText("x", "x"), "PP 44/2015"))));

    @Test
    void aCompleteFormHasNoProblems() {
        NewClaimForm form = new NewClaimForm(" JKK ", "JKK_WORK_ACCIDENT", " Bank Rakyat Indonesia (BRI) ", "0123-4567 89.01",
                UUID.randomUUID().toString()).normalized();

        assertThat(form.problems(Optional.of(JKK))).isEmpty();
        assertThat(form.bankName()).isEqualTo("Bank Rakyat Indonesia (BRI)");
        assertThat(form.bankAccountNumber()).as("separators members type are not part of the number").isEqualTo("012345678901");
        assertThat(form.toNewClaim().type()).isEqualTo("JKK");
    }

    @Test
    void eachFieldIsCheckedAsTheServiceChecksIt() {
        assertThat(problems("", "", "", "")).containsExactly(Map.entry("reason", Problem.REASON_REQUIRED),
                Map.entry("bankName", Problem.BANK_NAME_REQUIRED), Map.entry("bankAccountNumber", Problem.ACCOUNT_REQUIRED));
        assertThat(problems("JHT_RETIREMENT", "Bank <b>", "12345", "")).containsEntry("reason", Problem.REASON_UNKNOWN)
                .containsEntry("bankName", Problem.BANK_NAME_CHARACTERS).containsEntry("bankAccountNumber", Problem.ACCOUNT_FORMAT);
        assertThat(problems("JKK_WORK_ACCIDENT", "B".repeat(101), "123456789012345678901", ""))
                .containsEntry("bankName", Problem.BANK_NAME_TOO_LONG).containsEntry("bankAccountNumber", Problem.ACCOUNT_FORMAT);
        assertThat(problems("JKK_WORK_ACCIDENT", "Bank Pembangunan Daerah Jawa Barat & Banten", "123456", "")).isEmpty();
        assertThat(problems("JKK_WORK_ACCIDENT", "B".repeat(100), "12345678901234567890", "")).isEmpty();
        assertThat(problems("JKK_WORK_ACCIDENT", "Bank", "12a456", "")).containsEntry("bankAccountNumber", Problem.ACCOUNT_FORMAT);
        assertThat(new NewClaimForm("XYZ", "", "Bank", "123456", null).normalized().problems(Optional.empty()))
                .containsEntry("type", Problem.TYPE_UNKNOWN);
    }

    @Test
    void theIdempotencyKeyOfTheRenderedFormIsKeptAndAnyOtherValueReplaced() {
        String key = UUID.randomUUID().toString();
        assertThat(new NewClaimForm("JKK", "", "", "", key).normalized().idempotencyKey()).isEqualTo(key);
        for (String bad : new String[] {null, "", "not-a-key", key + "x", "../../etc"}) {
            String replaced = new NewClaimForm("JKK", "", "", "", bad).normalized().idempotencyKey();
            assertThat(UUID.fromString(replaced).toString()).isEqualTo(replaced).isNotEqualTo(bad);
        }
        assertThat(NewClaimForm.blank("JKK").idempotencyKey()).isNotEqualTo(NewClaimForm.blank("JKK").idempotencyKey());
    }

    @Test
    void theFormKeptAcrossTheStepUpComesBackAsItWasWithItsKey() {
        NewClaimForm form = new NewClaimForm("JKK", "JKK_WORK_ACCIDENT", "Bank", "123456", UUID.randomUUID().toString());

        assertThat(NewClaimForm.of(form.fields())).isEqualTo(form);
        assertThat(form.withNewKey().idempotencyKey()).isNotEqualTo(form.idempotencyKey());
        assertThat(form.toString()).doesNotContain("123456");
    }

    private static Map<String, Problem> problems(String reason, String bankName, String account, String key) {
        return new NewClaimForm("JKK", reason, bankName, account, key).normalized().problems(Optional.of(JKK));
    }
}

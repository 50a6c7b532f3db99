package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OtpPageTest {

    private static final Instant NOW = Instant.parse("2026-11-21T06:04:50Z"); // 13:04:50 WIB

    @Test
    void aCooldownFromAnotherLoginSaysNoCodeWasSentHereAndWhenOneCanBe() {
        OtpPage.Message message = OtpPage.after(new OtpService.SendResult(OtpService.Outcome.COOLDOWN, 40), false, false, NOW);

        assertThat(message.key()).isEqualTo("bpjstkOtpNotSentCooldown");
        assertThat(message.parameters()).containsExactly("13:05:30", 40L);
    }

    @Test
    void aCooldownWhileThisLoginHoldsACodeSaysHowLongToWait() {
        OtpPage.Message message = OtpPage.after(new OtpService.SendResult(OtpService.Outcome.COOLDOWN, 40), true, true, NOW);

        assertThat(message.key()).isEqualTo("bpjstkOtpCooldown");
    }

    @Test
    void aSentCodeIsSaidToBeSent() {
        assertThat(OtpPage.after(new OtpService.SendResult(OtpService.Outcome.SENT, 0), false, true, NOW).key()).isEqualTo("bpjstkOtpSent");
    }
}

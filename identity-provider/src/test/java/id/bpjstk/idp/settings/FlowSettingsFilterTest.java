package id.bpjstk.idp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FlowSettingsFilterTest {

    @Test
    void theConfigOfAnAdminBodyIsReadWithNumbersAsText() {
        byte[] body = "{\"id\":\"x\",\"alias\":\"bpjstk sms code\",\"config\":{\"resend-cooldown-seconds\":0,\"max-failures\":\"3\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(FlowSettingsFilter.configOf(body)).containsEntry("resend-cooldown-seconds", "0").containsEntry("max-failures", "3");
    }

    @Test
    void aBodyThatIsNoJsonIsLeftToTheAdminApi() {
        assertThat(FlowSettingsFilter.configOf("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}

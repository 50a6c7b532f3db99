package id.bpjstk.idp.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesNewlinesAndUnicodeCannotBreakTheJson() throws Exception {
        String text = "Kode \"123456\"\nberlaku 5 menit\t\\ — ✓ \u0001 </script>";
        String body = JsonTemplate.render(HttpSmsSettings.DEFAULT_TEMPLATE,
                Map.of("to", "+6281200000001", "message", text, "purpose", "login"));

        JsonNode json = JSON.readTree(body);
        assertThat(json.get("message").asText()).isEqualTo(text);
        assertThat(json.get("to").asText()).isEqualTo("+6281200000001");
        assertThat(json.get("purpose").asText()).isEqualTo("login");
        assertThat(json.size()).isEqualTo(3);
    }

    @Test
    void placeholderInsideAValueIsNotExpanded() throws Exception {
        String body = JsonTemplate.render("{\"m\":\"${message}\",\"p\":\"${purpose}\"}",
                Map.of("message", "${purpose} $1 \\0", "purpose", "reset"));

        assertThat(JSON.readTree(body).get("m").asText()).isEqualTo("${purpose} $1 \\0");
    }

    @Test
    void unknownPlaceholderStaysAsItIs() {
        assertThat(JsonTemplate.render("{\"x\":\"${sender}\",\"to\":\"${to}\"}", Map.of("to", "+62")))
                .isEqualTo("{\"x\":\"${sender}\",\"to\":\"+62\"}");
    }

    @Test
    void customTemplateCanNestAndRenameFields() throws Exception {
        String body = JsonTemplate.render("{\"recipients\":[\"${to}\"],\"sms\":{\"text\":\"${message}\"}}",
                Map.of("to", "+6281200000001", "message", "Halo"));

        JsonNode json = JSON.readTree(body);
        assertThat(json.at("/recipients/0").asText()).isEqualTo("+6281200000001");
        assertThat(json.at("/sms/text").asText()).isEqualTo("Halo");
    }
}

package id.bpjstk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.of("test", """
            {"openapi": "3.1.0",
             "paths": {
               "/internal/members/{kpj}/facts": {"get": {"responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Facts"}}}},
                 "404": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                 "204": {"description": "no body"}}}},
               "/verify": {"post": {
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Check"}}}},
                 "responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {
               "LocalDate": {"type": "string", "format": "date"},
               "Category": {"type": "string", "enum": ["PU", "BPU"]},
               "Facts": {"type": "object", "properties": {
                 "membershipNumber": {"type": "string"},
                 "birthDate": {"$ref": "#/components/schemas/LocalDate"},
                 "category": {"$ref": "#/components/schemas/Category"},
                 "ended": {"type": ["string", "null"], "anyOf": [{"$ref": "#/components/schemas/LocalDate"}, {"type": "null"}]},
                 "months": {"type": "integer", "minimum": 0},
                 "tags": {"type": "array", "items": {"type": "string"}}}},
               "Error": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}},
               "Check": {"type": "object", "required": ["membershipNumber", "nik"], "properties": {
                 "membershipNumber": {"type": "string", "pattern": "^[0-9]{11}$"},
                 "nik": {"type": "string", "minLength": 16, "maxLength": 16}}}}}}
            """);

    private static final String FACTS = "/internal/members/11000000041/facts";

    @Test
    void anAnswerThatFitsPasses() {
        assertThatCode(() -> CONTRACT.checkResponse("GET", FACTS, 200, """
                {"membershipNumber": "11000000041", "birthDate": "1970-03-03", "category": "PU", "ended": null,
                 "months": 46, "tags": ["a"]}""")).doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"ended\": \"2026-09-30\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aPropertyTheSchemaDoesNotNameFails() {
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"jpMonths\": 46}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("$.jpMonths: not a property the schema names");
    }

    @Test
    void aWrongTypeFormatOrEnumValueFails() {
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"months\": \"46\"}"))
                .hasMessageContaining("$.months: a string where the schema wants integer");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"birthDate\": \"03/03/1970\"}"))
                .hasMessageContaining("is not a date");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"category\": \"XX\"}"))
                .hasMessageContaining("is none of");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"months\": -1}"))
                .hasMessageContaining("is below 0");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"tags\": [1]}"))
                .hasMessageContaining("$.tags[0]: a number where the schema wants string");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"ended\": \"soon\"}"))
                .hasMessageContaining("$.ended");
    }

    @Test
    void nullIsRefusedUnlessTheSchemaAllowsIt() {
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 200, "{\"membershipNumber\": null}"))
                .hasMessageContaining("$.membershipNumber: null where the schema does not allow it");
    }

    @Test
    void aRequestMissingARequiredPropertyOrBreakingAPatternFails() {
        assertThatCode(() -> CONTRACT.checkRequest("POST", "/verify",
                "{\"membershipNumber\": \"11000000017\", \"nik\": \"3171015505900001\"}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CONTRACT.checkRequest("POST", "/verify", "{\"membershipNumber\": \"11000000017\"}"))
                .hasMessageContaining("the required property nik is missing");
        assertThatThrownBy(() -> CONTRACT.checkRequest("POST", "/verify",
                "{\"membershipNumber\": \"1100\", \"nik\": \"317101550590000\"}"))
                .hasMessageContaining("does not match ^[0-9]{11}$").hasMessageContaining("shorter than 16");
    }

    @Test
    void aPathMethodOrStatusTheDocumentLacksFails() {
        assertThatThrownBy(() -> CONTRACT.operation("GET", "/internal/members/11000000041/contact"))
                .hasMessageContaining("no path matching");
        assertThatThrownBy(() -> CONTRACT.operation("POST", FACTS)).hasMessageContaining("no POST");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 500, "{}")).hasMessageContaining("declares no 500");
        assertThatThrownBy(() -> CONTRACT.checkRequest("GET", FACTS, "{}")).hasMessageContaining("takes no JSON body");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 204, "{}")).hasMessageContaining("without a JSON body");
    }

    @Test
    void aPathTemplateMatchesOneSegmentAndIgnoresTheQuery() {
        assertThat(CONTRACT.operation("GET", FACTS + "?x=1").path()).isEqualTo("/internal/members/{kpj}/facts");
        assertThatThrownBy(() -> CONTRACT.operation("GET", "/internal/members/a/b/facts")).hasMessageContaining("no path matching");
    }

    @Test
    void anEmptyOrMalformedBodyFails() {
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 404, "")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CONTRACT.checkResponse("GET", FACTS, 404, "{")).hasMessageContaining("is not JSON");
    }

    @Test
    void differencesNameWhereTwoDocumentsPartAndIgnoreKeyOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(CONTRACT.differencesFrom(CONTRACT.document().deepCopy(), 10)).isEmpty();
        assertThat(OpenApiContract.of("a", "{\"x\": 1, \"y\": {\"z\": true}}")
                .differencesFrom(json.readTree("{\"y\": {\"z\": true}, \"x\": 1}"), 10)).isEmpty();
        assertThat(OpenApiContract.of("a", "{\"x\": 1, \"y\": {\"z\": true}}")
                .differencesFrom(json.readTree("{\"x\": 2, \"y\": {}, \"w\": 0}"), 10))
                .containsExactly("/x: the contract has 1, the served document 2", "/y/z: only in the contract",
                        "/w: only in the served document");
    }

    @Test
    void membershipServicesContractIsOnTheClassPath() {
        assertThat(OpenApiContract.membershipService().operation("POST", "/internal/registrations/verify").path())
                .isEqualTo("/internal/registrations/verify");
    }
}

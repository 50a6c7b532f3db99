package id.bpjstk.service.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input on every operation a service describes in its OpenAPI document ({@code /q/openapi}): each path,
 * query and header parameter in turn gets extreme numbers, wrong types, huge, empty and control-character values;
 * each JSON body gets broken JSON, wrong shapes and, field by field of its schema, values of the wrong type, huge ones
 * and NUL characters; each multipart body gets broken multipart. Every answer is below 500, every refusal is a JSON
 * {@code {"code","message"}} (but a bare 414 from the HTTP layer for a request line over its limit), every request that would change something is refused, and afterwards every table of
 * the service's database holds the rows it held before.
 *
 * <p>The caller of each operation holds every role, scope and level it needs, and the path names something she owns,
 * so the hostile value is what is left to refuse. A service's test extends it as a {@code @QuarkusTest} with its test
 * resources.
 */
public abstract class ApiFuzzTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values for a path, query or header parameter; none of them is a usable value of any parameter. */
    private static final List<String> HOSTILE_PARAMETERS = List.of("2147483647", "2147483648", "21474837", "-1",
            "-2147483649", "9223372036854775808", "99999999999999999999999", "1e309", "NaN", "1.5", "0x10", "",
            " ", "\t", "%00", "x".repeat(10_000), "../../etc/passwd", "' OR '1'='1", "<script>x</script>",
            "\uD83D\uDE00", "9999-99", "0000-01", "2026-13", "-0001-01", "null", "[]", "{}", "true");

    /** Raw JSON values put in a body field in place of its value; each is wrong for every field's type. */
    private static final List<String> HOSTILE_FIELD_VALUES = List.of("[]", "{}", "[\"a\",1]", "{\"a\":{\"b\":[]}}",
            "\"" + "x".repeat(100_000) + "\"", "\"a\\u0000b\"", "1e309", "-99999999999999999999999999",
            "99999999999999999999999999");

    /** Whole bodies a JSON operation is given: none is a request. */
    private static final List<String> HOSTILE_BODIES = List.of("", "{", "{\"a\":", "}", "null", "[]", "[{}]", "\"x\"",
            "42", "true", "{\"a\":1,}", "{'a':1}", "\u0000", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");

    /** A token of a caller with every role, scope and level the operation needs. */
    protected abstract String callerOf(String method, String pathTemplate);

    /**
     * The value of a path parameter that names something the caller of the operation owns, or may act on, so that
     * the hostile input reaches past the look-up.
     */
    protected abstract String pathValue(String method, String pathTemplate, String parameter);

    /** A valid JSON body of an operation taking JSON, by {@code "METHOD /template"}; others get {@code {}}. */
    protected Map<String, String> validBodies() {
        return Map.of();
    }

    /** Operations, by {@code "METHOD /template"}, left out of the pass (say why where they are named). */
    protected Set<String> notFuzzed() {
        return Set.of();
    }

    /** Things the caller owns, made before the pass (a draft claim, say); counted as they are before it. */
    protected void prepare() {
    }

    @TestFactory
    Stream<DynamicTest> everyParameterAndBodyFieldOfEveryOperationRefusesHostileInputWithoutWriting() {
        prepare();
        Map<String, Long> rowsBefore = rowCounts();
        JsonNode api = openApi();
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        || notFuzzed().contains(method + " " + path.getKey())) {
                    continue;
                }
                Operation op = new Operation(method, path.getKey(), operation.getValue(), api);
                tests.add(DynamicTest.dynamicTest(op.toString(), () -> op.fuzz()));
            }
        }
        assertThat("the API description lists operations", tests.size(), greaterThanOrEqualTo(1));
        tests.add(DynamicTest.dynamicTest("nothing was written", () -> assertThat(rowCounts(), equalTo(rowsBefore))));
        return tests.stream();
    }

    private static JsonNode openApi() {
        try {
            return JSON.readTree(given().accept("application/json").when().get("/q/openapi?format=json").asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows per table of the service's database (Flyway's history left out). */
    private static Map<String, Long> rowCounts() {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    + " and table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the service's tables", e);
        }
        return counts;
    }

    /** One operation of the API description and the hostile requests it is sent. */
    private final class Operation {

        private final String method;
        private final String template;
        private final JsonNode description;
        private final JsonNode api;

        Operation(String method, String template, JsonNode description, JsonNode api) {
            this.method = method;
            this.template = template;
            this.description = description;
            this.api = api;
        }

        void fuzz() {
            for (JsonNode parameter : description.path("parameters")) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                for (String value : HOSTILE_PARAMETERS) {
                    if ("header".equals(in) && !isHeaderValue(value)) {
                        continue;
                    }
                    send(in + " " + name + "=" + shorten(value), request -> {
                        if ("header".equals(in)) {
                            request.header(name, value);
                        }
                        withValidBody(request);
                    }, "path".equals(in) || "query".equals(in) ? Map.of(name, value) : Map.of());
                }
            }
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : description.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                }
            }
            if (query.size() > 1) {
                // numbers fine one by one can overflow together (a page number times a page size, say)
                for (String name : query) {
                    for (String other : query) {
                        if (other.equals(name)) {
                            continue;
                        }
                        for (String value : HOSTILE_PARAMETERS) {
                            send("query " + name + "=" + shorten(value) + " and " + other + "=100", this::withValidBody,
                                    Map.of(name, value, other, "100"));
                        }
                    }
                }
            }
            JsonNode content = description.path("requestBody").path("content");
            if (content.has("application/json")) {
                fuzzJson(resolve(content.path("application/json").path("schema")));
            }
            if (content.has("multipart/form-data")) {
                fuzzMultipart();
            }
        }

        private void fuzzJson(JsonNode schema) {
            for (String body : HOSTILE_BODIES) {
                send("body " + shorten(body), request -> request.contentType("application/json").body(body), Map.of());
            }
            send("body as text/plain", request -> request.contentType("text/plain").body(validBody()), Map.of());
            send("body of 2 MB", request -> request.contentType("application/json")
                    .body("{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"), Map.of());
            List<String> fields = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(fields::add);
            validJson().fieldNames().forEachRemaining(field -> {
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            });
            for (String field : fields) {
                for (String value : HOSTILE_FIELD_VALUES) {
                    ObjectNode body = validJson().deepCopy();
                    body.putRawValue(field, new RawValue(value));
                    send("field " + field + "=" + shorten(value),
                            request -> request.contentType("application/json").body(body.toString()), Map.of());
                }
                ObjectNode withoutIt = validJson().deepCopy();
                withoutIt.putNull(field);
                if (schema.path("required").toString().contains("\"" + field + "\"")) {
                    send("field " + field + "=null", request -> request.contentType("application/json")
                            .body(withoutIt.toString()), Map.of());
                }
            }
        }

        private void fuzzMultipart() {
            send("multipart without a boundary", request -> rawMultipart(request, "multipart/form-data", "x"), Map.of());
            send("multipart with a broken body", request -> rawMultipart(request, "multipart/form-data; boundary=b",
                    "--b\r\nContent-Disposition: form-data\r\n\r\nx"), Map.of());
            send("multipart with no parts", request -> rawMultipart(request, "multipart/form-data; boundary=b",
                    "--b--\r\n"), Map.of());
            send("multipart with one stray text part", request -> request.multiPart("stray", "x"), Map.of());
            for (String value : List.of("", "x".repeat(10_000), "\u0000", "../../etc/passwd", "NOT_A_TYPE")) {
                send("multipart type=" + shorten(value) + " with an empty file", request -> request
                        .multiPart("type", value).multiPart("file", "a.pdf", new byte[0], "application/pdf"), Map.of());
            }
        }

        private static void rawMultipart(RequestSpecification request, String contentType, String body) {
            request.config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                    .encoderConfig().encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                    .contentType(contentType).body(body);
        }

        private void withValidBody(RequestSpecification request) {
            JsonNode content = description.path("requestBody").path("content");
            if (content.has("application/json")) {
                request.contentType("application/json").body(validBody());
            }
        }

        private String validBody() {
            return validBodies().getOrDefault(method + " " + template, "{}");
        }

        private ObjectNode validJson() {
            try {
                return (ObjectNode) JSON.readTree(validBody());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
            }
            return schema;
        }

        /**
         * Sends one hostile request and checks the answer; {@code parameters} are path or query parameters given in
         * place of their usual value (path) or added (query).
         */
        private void send(String what, Consumer<RequestSpecification> hostile, Map<String, String> parameters) {
            Map<String, String> pathValues = new LinkedHashMap<>();
            for (JsonNode parameter : description.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    String name = parameter.path("name").asText();
                    pathValues.put(name, parameters.getOrDefault(name, pathValue(method, template, name)));
                }
            }
            RequestSpecification request = given().auth().oauth2(callerOf(method, template));
            for (JsonNode parameter : description.path("parameters")) {
                String name = parameter.path("name").asText();
                if ("header".equals(parameter.path("in").asText()) && !what.startsWith("header " + name + "=")) {
                    request.header(name, UUID.randomUUID().toString()); // a fresh idempotency key, say
                }
            }
            hostile.accept(request);
            StringBuilder target = new StringBuilder(template);
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                int at = target.indexOf("{" + value.getKey() + "}");
                target.replace(at, at + value.getKey().length() + 2, encoded(value.getValue()));
            }
            String separator = "?";
            for (JsonNode parameter : description.path("parameters")) {
                String name = parameter.path("name").asText();
                if ("query".equals(parameter.path("in").asText()) && parameters.containsKey(name)) {
                    target.append(separator).append(encoded(name)).append('=').append(encoded(parameters.get(name)));
                    separator = "&";
                }
            }
            Response response = request.urlEncodingEnabled(false).when().request(method, target.toString());
            String context = this + " with " + what + " answered " + response.statusCode() + ": "
                    + shorten(response.asString());
            int status = response.statusCode();
            if (method.equals("GET")) {
                assertThat(context, status, lessThan(500));
            } else {
                assertThat(context, status, allOf(greaterThanOrEqualTo(400), lessThan(500)));
            }
            // a request line over the transport's limit (4 KiB) is refused by the HTTP layer, before any of the service's
            // code, with a bare 414: the one refusal without a JSON body
            if (status >= 400 && status != 414) {
                assertThat(context, response.contentType(), org.hamcrest.Matchers.startsWith("application/json"));
                assertThat(context, response.jsonPath().getString("code"), notNullValue());
                assertThat(context, response.jsonPath().getString("message"), notNullValue());
            }
        }

        private static boolean isHeaderValue(String value) {
            return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && value.length() < 8_000;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String value) {
        String printable = value.replace("\u0000", "\\0").replace("\t", "\\t");
        return printable.length() <= 60 ? printable : printable.substring(0, 40) + "...(" + value.length() + " chars)";
    }
}

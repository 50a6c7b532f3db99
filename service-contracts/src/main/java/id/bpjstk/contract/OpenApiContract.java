package id.bpjstk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An OpenAPI 3 document used as the contract between a service and its callers.
 *
 * <p>Both sides check against the same document: the service that its served document is this one and that its
 * real answers fit it; a caller that the requests it sends fit the operation's request schema, and that the answers
 * its tests feed it fit the response schema. Schemas are read strictly: an object may carry only the properties its
 * schema names (unless the schema allows more), so a renamed or dropped field fails on the caller's side too.
 *
 * <p>The supported part of JSON Schema is what our services' documents use: {@code $ref} to components,
 * {@code type} (also as a list, and {@code nullable}), {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code pattern}, {@code minLength}/{@code maxLength},
 * {@code minimum}/{@code maximum}, {@code format} {@code date}/{@code date-time}, and {@code allOf}/{@code anyOf}/
 * {@code oneOf}. Anything else in a schema is ignored.
 */
public final class OpenApiContract {

    /** Where membership-service's document lives on the class path. */
    public static final String MEMBERSHIP_SERVICE = "contracts/membership-service.openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode document;

    private OpenApiContract(String name, JsonNode document) {
        this.name = name;
        this.document = document;
    }

    /** membership-service's contract: the document it serves at {@code /q/openapi}. */
    public static OpenApiContract membershipService() {
        return fromClassPath(MEMBERSHIP_SERVICE);
    }

    public static OpenApiContract fromClassPath(String resource) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no contract " + resource + " on the class path");
            }
            return new OpenApiContract(resource, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiContract of(String name, String document) {
        return new OpenApiContract(name, parse(document, "the document " + name));
    }

    /** The whole document, as parsed. */
    public JsonNode document() {
        return document;
    }

    /** An operation of the document: its method, its path template and its OpenAPI node. */
    public record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /**
     * The operation that answers this method on this concrete path ({@code /internal/members/11000000017/facts}
     * finds {@code /internal/members/{kpj}/facts}), or an {@link AssertionError} naming what the contract lacks.
     */
    public Operation operation(String method, String concretePath) {
        String path = concretePath.contains("?") ? concretePath.substring(0, concretePath.indexOf('?')) : concretePath;
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (template(entry.getKey()).matcher(path).matches()) {
                JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
                if (operation == null) {
                    throw new AssertionError(name + " has " + entry.getKey() + " but no " + method + " on it");
                }
                return new Operation(method.toLowerCase(Locale.ROOT), entry.getKey(), operation);
            }
        }
        throw new AssertionError(name + " has no path matching " + path);
    }

    /** Checks a JSON request body against the operation's request schema; throws an {@link AssertionError} listing every violation. */
    public void checkRequest(String method, String concretePath, String body) {
        Operation operation = operation(method, concretePath);
        JsonNode schema = operation.node().path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(operation + " in " + name + " takes no JSON body");
        }
        fail(operation + " request", violations(schema, parse(body, "the request body of " + operation)));
    }

    /** Checks a JSON answer with this status against the operation's response schema; throws an {@link AssertionError} listing every violation. */
    public void checkResponse(String method, String concretePath, int status, String body) {
        Operation operation = operation(method, concretePath);
        JsonNode response = operation.node().path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            throw new AssertionError(operation + " in " + name + " declares no " + status + " answer");
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            if (body != null && !body.isBlank()) {
                throw new AssertionError(operation + " in " + name + " declares its " + status + " answer without a JSON body");
            }
            return;
        }
        fail(operation + " " + status + " answer", violations(schema, parse(body, "the " + status + " answer of " + operation)));
    }

    /** What in {@code value} breaks {@code schema} (a schema node of this document), as readable lines; empty when it fits. */
    private List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    /**
     * Where {@code other} differs from this document, as JSON pointers with what each side holds there (at most
     * {@code limit} of them); empty when the two are the same document. Key order does not count.
     */
    public List<String> differencesFrom(JsonNode other, int limit) {
        List<String> found = new ArrayList<>();
        differences(document, other, "", found, limit);
        return found;
    }

    private static void differences(JsonNode ours, JsonNode theirs, String at, List<String> found, int limit) {
        if (found.size() >= limit || ours.equals(theirs)) {
            return;
        }
        if (ours.isObject() && theirs.isObject()) {
            List<String> keys = new ArrayList<>(names(ours));
            names(theirs).stream().filter(key -> !ours.has(key)).forEach(keys::add);
            for (String key : keys) {
                String where = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!ours.has(key)) {
                    found.add(where + ": only in the served document");
                } else if (!theirs.has(key)) {
                    found.add(where + ": only in the contract");
                } else {
                    differences(ours.get(key), theirs.get(key), where, found, limit);
                }
                if (found.size() >= limit) {
                    return;
                }
            }
            return;
        }
        found.add((at.isEmpty() ? "/" : at) + ": the contract has " + abbreviated(ours) + ", the served document " + abbreviated(theirs));
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                check(part, value, at, found);
            }
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            int fitting = 0;
            for (JsonNode option : options) {
                if (violations(option, value).isEmpty()) {
                    fitting++;
                }
            }
            if (fitting == 0 || (schema.has("oneOf") && fitting > 1)) {
                found.add(at + ": fits " + fitting + " of the " + options.size() + " alternatives");
            }
        }
        if (value.isNull()) {
            if (!allowsNull(schema)) {
                found.add(at + ": null where the schema does not allow it");
            }
            return;
        }
        Optional<String> type = typeOf(schema, value);
        if (type.isPresent() && !fitsType(type.get(), value)) {
            found.add(at + ": " + kind(value) + " where the schema wants " + type.get());
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            found.add(at + ": " + value + " is none of " + schema.get("enum"));
        }
        if (value.isTextual()) {
            checkText(schema, value.textValue(), at, found);
        }
        if (value.isNumber()) {
            checkNumber(schema, value.decimalValue(), at, found);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", found);
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, at, found);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> found) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                found.add(at + ": the required property " + required.asText() + " is missing");
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), where, found);
            } else if (additional.isObject()) {
                check(additional, field.getValue(), where, found);
            } else if (!additional.asBoolean(false) && (properties.size() > 0 || !additional.isMissingNode())) {
                found.add(where + ": not a property the schema names (it names " + names(properties) + ")");
            }
        }
    }

    private static void checkText(JsonNode schema, String text, String at, List<String> found) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
            found.add(at + ": shorter than " + schema.get("minLength").asInt());
        }
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
            found.add(at + ": longer than " + schema.get("maxLength").asInt());
        }
        String format = schema.path("format").asText("");
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            found.add(at + ": \"" + text + "\" is not a " + format);
        }
    }

    private static void checkNumber(JsonNode schema, BigDecimal number, String at, List<String> found) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            found.add(at + ": " + number + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            found.add(at + ": " + number + " is above " + schema.get("maximum"));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/") || ++hops > 32) {
                throw new AssertionError(name + ": cannot follow the reference " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError(name + ": the reference " + ref + " leads nowhere");
            }
            schema = target;
        }
        return schema;
    }

    private static boolean allowsNull(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return !schema.has("properties") && !schema.has("items") && !schema.has("enum");
        }
        if (type.isArray()) {
            return contains(type, JSON.getNodeFactory().textNode("null"));
        }
        return type.asText().equals("null");
    }

    /** The non-null type the schema asks for, if it names one. */
    private static Optional<String> typeOf(JsonNode schema, JsonNode value) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return Optional.empty();
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null") && fitsType(option.asText(), value)) {
                    return Optional.of(option.asText());
                }
            }
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return Optional.of(option.asText());
                }
            }
            return Optional.empty();
        }
        return Optional.of(type.asText());
    }

    private static boolean fitsType(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static JsonNode parse(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new AssertionError(what + " is empty");
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(what + " is not JSON: " + e.getMessage());
        }
    }

    private void fail(String what, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(what + " breaks the contract " + name + ":\n  " + String.join("\n  ", violations));
        }
    }
}

package id.bpjstk.claims.service.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim types, their reasons, required documents and eligibility rules, as written in
 * {@code rules/claim-types.json}. Read once; anything the file gets wrong (an unknown rule kind, a
 * missing parameter or source, an unknown document type) fails the start, not a member's request.
 */
public final class ClaimCatalog {

    public static final String RESOURCE = "rules/claim-types.json";

    private final Map<String, DocumentType> documentTypes;
    private final Map<String, ClaimType> types;

    private ClaimCatalog(Map<String, DocumentType> documentTypes, Map<String, ClaimType> types) {
        this.documentTypes = documentTypes;
        this.types = types;
    }

    /** The catalog on the class path ({@value #RESOURCE}). */
    public static ClaimCatalog load() {
        try (InputStream in = ClaimCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static ClaimCatalog read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        CatalogFile file = mapper.readValue(json, CatalogFile.class);
        Map<String, DocumentType> documents = new LinkedHashMap<>();
        for (DocumentTypeEntry entry : list(file.documentTypes())) {
            put(documents, entry.code(), new DocumentType(entry.code(), text(entry.name(), entry.code())), "document type");
        }
        Map<String, ClaimType> types = new LinkedHashMap<>();
        for (ClaimTypeEntry type : list(file.claimTypes())) {
            List<ClaimReason> reasons = new ArrayList<>();
            for (ReasonEntry reason : list(type.reasons())) {
                List<DocumentType> required = list(reason.requiredDocuments()).stream().map(code -> {
                    DocumentType document = documents.get(code);
                    if (document == null) {
                        throw new IllegalStateException("reason " + reason.code() + " requires unknown document type " + code);
                    }
                    return document;
                }).toList();
                List<Rule> rules = list(reason.rules()).stream().map(rule -> rule(type.code(), reason.code(), rule)).toList();
                reasons.add(new ClaimReason(reason.code(), text(reason.name(), reason.code()), required, rules));
            }
            if (reasons.isEmpty()) {
                throw new IllegalStateException("claim type " + type.code() + " has no reasons");
            }
            put(types, type.code(), new ClaimType(type.code(), text(type.name(), type.code()),
                    required(type.legalSource(), type.code() + " legalSource"), reasons), "claim type");
        }
        long distinctReasons = types.values().stream().flatMap(t -> t.reasons().stream()).map(ClaimReason::code)
                .distinct().count();
        if (distinctReasons != types.values().stream().mapToLong(t -> t.reasons().size()).sum()) {
            throw new IllegalStateException("reason codes must be unique across claim types");
        }
        return new ClaimCatalog(Map.copyOf(documents), Collections.unmodifiableMap(types));
    }

    /** The claim types in the file's order. */
    public List<ClaimType> types() {
        return List.copyOf(types.values());
    }

    public List<String> typeCodes() {
        return List.copyOf(types.keySet());
    }

    public Optional<ClaimType> type(String code) {
        return Optional.ofNullable(code).map(types::get);
    }

    public Optional<ClaimReason> reason(String typeCode, String reasonCode) {
        return type(typeCode).flatMap(type -> type.reason(reasonCode));
    }

    public Optional<DocumentType> documentType(String code) {
        return Optional.ofNullable(code).map(documentTypes::get);
    }

    private static Rule rule(String programme, String reason, RuleEntry entry) {
        String where = reason + " rule " + entry.kind();
        String source = required(entry.source(), where + " source");
        JsonNode params = entry.params();
        return switch (required(entry.kind(), reason + " rule kind")) {
            case "MIN_AGE" -> new MinimumAgeRule(programme, integer(params, "age", where), source);
            case "EMPLOYMENT_ENDED" -> new EmploymentEndedRule(programme, integer(params, "waitingMonths", where), source);
            case "WAGE_EARNER" -> new WageEarnerRule(programme, source);
            case "PENSION_AGE" -> new PensionAgeRule(programme, new PensionAgeSchedule(
                    integer(params, "initialAge", where), integer(params, "initialUntilYear", where),
                    integer(params, "firstStepYear", where), integer(params, "firstStepAge", where),
                    integer(params, "stepEveryYears", where), integer(params, "maxAge", where)),
                    integer(params, "minMonthsForMonthly", where), source);
            case "INCIDENT_REPORT" -> new IncidentReportRule(
                    IncidentReportRule.Incident.valueOf(string(params, "incident", where)), source);
            case "JOB_LOSS_CONTRIBUTIONS" -> new JobLossContributionsRule(integer(params, "windowMonths", where),
                    integer(params, "minMonthsInWindow", where), integer(params, "consecutiveMonths", where), source);
            default -> throw new IllegalStateException("unknown rule kind " + entry.kind() + " in " + reason);
        };
    }

    private static int integer(JsonNode params, String name, String where) {
        JsonNode value = params == null ? null : params.get(name);
        if (value == null || !value.isInt()) {
            throw new IllegalStateException(where + " needs the whole-number parameter " + name);
        }
        return value.intValue();
    }

    private static String string(JsonNode params, String name, String where) {
        JsonNode value = params == null ? null : params.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException(where + " needs the text parameter " + name);
        }
        return value.textValue();
    }

    private static LocalizedText text(TextEntry entry, String where) {
        if (entry == null || entry.id() == null || entry.en() == null) {
            throw new IllegalStateException(where + " needs a name in id and en");
        }
        return new LocalizedText(entry.id(), entry.en());
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(what + " is missing");
        }
        return value;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> void put(Map<String, T> map, String code, T value, String what) {
        if (code == null || map.putIfAbsent(code, value) != null) {
            throw new IllegalStateException(what + " code missing or repeated: " + code);
        }
    }

    @JsonIgnoreProperties({ "_comment" })
    record CatalogFile(List<DocumentTypeEntry> documentTypes, List<ClaimTypeEntry> claimTypes) {
    }

    record TextEntry(String id, String en) {
    }

    record DocumentTypeEntry(String code, TextEntry name) {
    }

    record ClaimTypeEntry(String code, TextEntry name, String legalSource, List<ReasonEntry> reasons) {
    }

    record ReasonEntry(String code, TextEntry name, List<String> requiredDocuments, List<RuleEntry> rules) {
    }

    record RuleEntry(String kind, JsonNode params, String source) {
    }
}

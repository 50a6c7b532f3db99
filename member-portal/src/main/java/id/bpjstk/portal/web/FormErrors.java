package id.bpjstk.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages a form is answered with, by field, in the page's language; a template puts each at its field
 * ({@code aria-invalid}, {@code aria-describedby} to the message's id). Fields are kept in the order they were found.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Adds the first message for {@code field}; a later one for the same field is dropped. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> all() {
        return Map.copyOf(messages);
    }

    /** One message with its field, for the summary above a form that links to each field. */
    public record Entry(String field, String message) {
    }

    public java.util.List<Entry> entries() {
        return messages.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }
}

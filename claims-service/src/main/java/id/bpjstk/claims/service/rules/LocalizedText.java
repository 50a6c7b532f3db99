package id.bpjstk.claims.service.rules;

import java.util.Objects;

/** A text in Bahasa Indonesia and in English. */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }
}

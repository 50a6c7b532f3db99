package id.bpjstk.portal.client;

import id.bpjstk.portal.i18n.Language;

/** A text claims-service gives in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record LocalizedText(String id, String en) {

    /** The text in {@code language}; the other one when the service left it empty. */
    public String in(Language language) {
        String chosen = language == Language.EN ? en : id;
        if (chosen == null || chosen.isBlank()) {
            chosen = language == Language.EN ? id : en;
        }
        return chosen == null ? "" : chosen;
    }
}

package id.bpjstk.portal.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The portal's two languages: Indonesian (the default) and English. The member's choice is a cookie; without one the
 * browser's Accept-Language decides; anything else is Indonesian.
 */
public enum Language {
    ID("id"), EN("en");

    /** The cookie that keeps the member's choice. */
    public static final String COOKIE = "portal_lang";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language a tag names ({@code en}, {@code id}), or empty. */
    public static java.util.Optional<Language> of(String tag) {
        if (tag != null) {
            for (Language language : values()) {
                if (language.tag.equalsIgnoreCase(tag.strip())) {
                    return java.util.Optional.of(language);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The language of a request as the server sees it (the cookie, else Accept-Language, else Indonesian). */
    public static Language of(io.vertx.core.http.HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(COOKIE);
        String accept = request.getHeader("Accept-Language");
        List<Locale> acceptable = accept == null ? List.of()
                : java.util.Arrays.stream(accept.split(","))
                        .map(range -> range.split(";")[0].strip())
                        .filter(tag -> !tag.isEmpty() && !tag.equals("*"))
                        .map(Locale::forLanguageTag).toList();
        return choose(cookie == null ? null : cookie.getValue(), acceptable);
    }

    /** The language of a request: the cookie's, else the first of ours the browser accepts, else Indonesian. */
    public static Language choose(String cookie, List<Locale> acceptable) {
        return of(cookie).orElseGet(() -> acceptable.stream()
                .map(locale -> of(locale.getLanguage()))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(ID));
    }
}

package id.bpjstk.partner.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The app's two languages: Indonesian (the default) and English. A visitor's choice is a cookie; without one the
 * browser's Accept-Language decides; anything else is Indonesian.
 */
public enum Language {
    ID("id"), EN("en");

    /** The cookie that keeps the visitor's choice. */
    public static final String COOKIE = "partner_lang";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language a tag names ({@code en}, {@code id}), or empty. */
    public static Optional<Language> of(String tag) {
        if (tag != null) {
            for (Language language : values()) {
                if (language.tag.equalsIgnoreCase(tag.strip())) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    /** The language of a request as the server sees it (the cookie, else Accept-Language, else Indonesian). */
    public static Language of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        String accept = request.getHeader("Accept-Language");
        List<Locale> acceptable = accept == null ? List.of()
                : Arrays.stream(accept.split(","))
                        .map(range -> range.split(";")[0].strip())
                        .filter(tag -> !tag.isEmpty() && !tag.equals("*"))
                        .map(Locale::forLanguageTag).toList();
        return choose(cookie == null ? null : cookie.getValue(), acceptable);
    }

    /** The cookie's language, else the first of ours the browser accepts, else Indonesian. */
    public static Language choose(String cookie, List<Locale> acceptable) {
        return of(cookie).orElseGet(() -> acceptable.stream()
                .map(locale -> of(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ID));
    }
}

package id.bpjstk.portal.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles the language of each page request once, before anything renders: the request's Accept-Language becomes
 * exactly {@code id} or {@code en} (see {@link Language#choose}), so the templates, the message bundle and Keycloak's
 * {@code ui_locales} all follow the same choice.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void settleLanguage(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Language.COOKIE);
        Language language = Language.choose(cookie == null ? null : cookie.getValue(), request.getAcceptableLanguages());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.tag());
    }
}

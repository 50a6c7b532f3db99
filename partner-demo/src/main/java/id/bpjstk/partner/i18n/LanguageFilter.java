package id.bpjstk.partner.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles each page request's language before anything renders: its Accept-Language becomes exactly {@code id} or
 * {@code en}, so the templates and the message bundle follow the visitor's choice.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void settleLanguage(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Language.COOKIE);
        Language language = Language.choose(cookie == null ? null : cookie.getValue(), request.getAcceptableLanguages());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.tag());
    }
}

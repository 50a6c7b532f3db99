package id.bpjstk.portal.session;

import jakarta.enterprise.context.ApplicationScoped;

import id.bpjstk.portal.i18n.Language;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds to every redirect to Keycloak's sign-in: {@code ui_locales} in the portal's language, and, when the member is
 * on her way back to a form kept by {@link StepUp} ({@code ?resume=}), {@code acr_values=2} with {@code max_age}, the
 * fresh level 2 the service asked for (RFC 9470); on the way back to the security page with one of
 * {@link AccountActions}' actions ({@code /security?action=}), {@code kc_action}, so that Keycloak runs it.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInRedirects implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        RoutingContext request = context.routingContext();
        context.additionalQueryParams().add("ui_locales", Language.of(request.request()).tag());
        if (!request.queryParam(StepUp.RESUME).isEmpty()) {
            context.additionalQueryParams().add("acr_values", StepUp.LEVEL);
            context.additionalQueryParams().add("max_age", Long.toString(StepUp.MAX_AGE.toSeconds()));
        }
        if (AccountActions.PATH.equals(request.normalizedPath())) {
            java.util.List<String> action = request.queryParam(AccountActions.ACTION);
            if (action.size() == 1 && AccountActions.isAllowed(action.get(0))) {
                context.additionalQueryParams().add("kc_action", action.get(0));
            }
        }
    }
}

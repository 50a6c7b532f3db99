package id.bpjstk.portal.session;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import id.bpjstk.portal.session.PendingForms.PendingForm;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The portal's side of RFC 9470: a service answered a form with {@code insufficient_user_authentication}. The form is
 * kept ({@link PendingForms}), the portal's own session ends (Keycloak's stays), and the member is sent back to the
 * form's page with {@code ?resume=<id>}: signing in again there asks Keycloak for {@code acr_values=2} and
 * {@code max_age} ({@link SignInRedirects}), so Keycloak asks for the SMS code (and the password too when her sign-in
 * is older than {@code max_age}); back on the page, {@link #resume} gives the form as she typed it.
 */
@RequestScoped
public class StepUp {

    /** The query parameter that carries a kept form's id back to its page. */
    public static final String RESUME = "resume";
    /** The level the services ask for, and how recent its sign-in must be (their challenge says the same). */
    static final String LEVEL = "2";
    static final Duration MAX_AGE = Duration.ofMinutes(30);

    @Inject
    PendingForms forms;

    @Inject
    OidcSession session;

    @Inject
    SecurityIdentity identity;

    /** Keeps {@code fields} of the form at {@code path} and answers with the way through Keycloak back to it. */
    public Response begin(String path, Map<String, String> fields) {
        UUID id = forms.keep(subject(), path, fields);
        session.logout().await().atMost(Duration.ofSeconds(10));
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + RESUME + "=" + id)).build();
    }

    /** The form kept under {@code id} for this member, once; empty when there is none (or not hers, or too old). */
    public Optional<PendingForm> resume(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return forms.take(id, subject());
    }

    private String subject() {
        return ((org.eclipse.microprofile.jwt.JsonWebToken) identity.getPrincipal()).getSubject();
    }
}

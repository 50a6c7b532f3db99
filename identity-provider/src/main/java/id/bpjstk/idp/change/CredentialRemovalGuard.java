package id.bpjstk.idp.change;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Closes the account API's deprecated {@code DELETE /realms/{realm}/account/credentials/{id}}, which removes an
 * authenticator app or a passkey with any token of a high enough level, however old. Members remove them through
 * the application-initiated action {@code kc_action=delete_credential:{id}} (what the account console uses), which
 * needs a recent level 2 ({@link SignInChanges}) and tells the member. Answers 403 with a JSON reason, before the
 * request is matched to a resource (the account console and its API share the path).
 */
@Provider
@PreMatching
public class CredentialRemovalGuard implements ContainerRequestFilter {

    private static final Pattern CREDENTIAL = Pattern.compile("^/?realms/[^/]+/account/credentials/[^/]+/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        if ("DELETE".equals(request.getMethod()) && CREDENTIAL.matcher(request.getUriInfo().getPath()).matches()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "use_sign_in_change", "errorMessage",
                            "Remove a sign-in method with kc_action=delete_credential:{id}; it asks for a recent second factor."))
                    .build());
        }
    }
}

package id.bpjstk.portal.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.OidcSession;

/**
 * Changes of how a member signs in, done on Keycloak's own pages as application-initiated actions
 * ({@code kc_action}): the portal ends its own session (Keycloak's stays) and sends the browser to
 * {@code /security?action=<action>}; signing in again from there asks Keycloak for the action ({@link SignInRedirects}),
 * Keycloak asks for a recent second factor first (the extension's rule for sign-in changes), runs it, tells the member,
 * and comes back through the portal's callback, which notes the outcome for the page ({@link ActionOutcomes}).
 */
@RequestScoped
public class AccountActions {

    /** The page the actions start from and come back to. */
    public static final String PATH = "/security";
    /** Its query parameter naming the action on the way out. */
    public static final String ACTION = "action";

    public static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";
    public static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    public static final String REGISTER_PASSKEY = "webauthn-register-passwordless";
    public static final String ENABLE_SMS_TWO_STEP = "bpjstk-enable-sms-two-step";
    /** Keycloak's removal of one credential: {@code delete_credential:<id>}. */
    public static final String DELETE_CREDENTIAL = "delete_credential";

    private static final Set<String> PLAIN = Set.of(CONFIGURE_TOTP, UPDATE_PASSWORD, REGISTER_PASSKEY, ENABLE_SMS_TWO_STEP);
    /** Keycloak's credential ids are UUIDs; nothing else may ride along in the parameter. */
    private static final Pattern REMOVAL = Pattern.compile(DELETE_CREDENTIAL + ":[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @Inject
    OidcSession session;

    /** Whether {@code action} is one the portal asks Keycloak for. */
    public static boolean isAllowed(String action) {
        return action != null && (PLAIN.contains(action) || REMOVAL.matcher(action).matches());
    }

    /** The action's family: {@code delete_credential} for a removal, else the action itself. */
    public static String family(String action) {
        return action != null && action.startsWith(DELETE_CREDENTIAL + ":") ? DELETE_CREDENTIAL : action;
    }

    /** Ends the portal's session and answers with the way through Keycloak's action back to the page. */
    public Response begin(String action) {
        if (!isAllowed(action)) {
            throw new IllegalArgumentException("not an account action the portal asks for");
        }
        session.logout().await().atMost(Duration.ofSeconds(10));
        return Response.seeOther(URI.create(PATH + "?" + ACTION + "=" + URLEncoder.encode(action, StandardCharsets.UTF_8))).build();
    }
}

package id.bpjstk.idp.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

import id.bpjstk.member.Masking;

/**
 * Keycloak's username and password form, except that the events it records (failed logins above all, which operators
 * read and the server logs) carry the typed username masked: a KPJ as {@code 1100*****17}, an email as
 * {@code s***@example.test}, anything else (a password typed into the wrong field, a NIK) not at all. The account
 * itself is named by its id.
 * <p>
 * The form also takes Keycloak's passkeys (the button "Masuk dengan passkey" and the browser's autofill). Keycloak asks
 * brute-force protection before it checks a password, not before a passkey: here a locked account is refused its
 * passkey too, with the page a wrong password gets (the lockout's own message), and no failure is counted.
 */
public class MaskedPasswordForm extends UsernamePasswordForm {

    public MaskedPasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (isPasskeyAssertion(form)) {
            UserModel holder = passkeyHolder(context, form.getFirst(WebAuthnConstants.USER_HANDLE));
            if (holder != null) {
                context.getEvent().detail(Details.CREDENTIAL_TYPE, WebAuthnCredentialModel.TYPE_PASSWORDLESS);
                if (isDisabledByBruteForce(context, holder)) {
                    return;
                }
            }
        }
        super.action(context);
    }

    private boolean isPasskeyAssertion(MultivaluedMap<String, String> form) {
        return webauthnAuth != null && webauthnAuth.isPasskeysEnabled() && form.containsKey(WebAuthnConstants.AUTHENTICATOR_DATA);
    }

    /**
     * The account a passkey answer names: the user handle a discoverable passkey returns (the account's id), or the
     * account this login already knows.
     */
    private static UserModel passkeyHolder(AuthenticationFlowContext context, String userHandle) {
        if (userHandle == null || userHandle.isBlank()) {
            return context.getUser();
        }
        try {
            String id = new String(Base64.getUrlDecoder().decode(userHandle), StandardCharsets.UTF_8);
            return context.getSession().users().getUserById(context.getRealm(), id);
        } catch (IllegalArgumentException e) {
            return null; // not base64url: Keycloak's own check refuses it
        }
    }

    /** Called as soon as the typed username is looked up, before any event of this step is sent. */
    @Override
    public void testInvalidUser(AuthenticationFlowContext context, UserModel user) {
        String typed = context.getEvent().getEvent().getDetails() == null ? null
                : context.getEvent().getEvent().getDetails().get(Details.USERNAME);
        if (user != null) {
            context.getEvent().detail(Details.USERNAME, Masking.kpj(user.getUsername()));
        } else if (typed != null) {
            context.getEvent().detail(Details.USERNAME, Masking.typedUsername(typed));
        }
        super.testInvalidUser(context, user);
    }
}

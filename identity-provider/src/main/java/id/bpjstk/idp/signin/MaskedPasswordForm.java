package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import id.bpjstk.member.Masking;

/**
 * Keycloak's username and password form, except that the events it records (failed logins above all, which operators
 * read and the server logs) carry the typed username masked: a KPJ as {@code 1100*****17}, an email as
 * {@code s***@example.test}, anything else (a password typed into the wrong field, a NIK) not at all. The account
 * itself is named by its id.
 */
public class MaskedPasswordForm extends UsernamePasswordForm {

    public MaskedPasswordForm(KeycloakSession session) {
        super(session);
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

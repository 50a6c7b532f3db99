package id.bpjstk.idp.recovery;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.models.UserModel;

/**
 * Whose password a recovery is about, once the identity step has matched KPJ, NIK and birth date. Kept in the login's
 * auth notes rather than as the flow's authenticated user: a permanently locked account is disabled, and Keycloak
 * refuses every step of a flow whose user is disabled, yet recovery is the member's own way out of that lock.
 * The attempted-username note lets the realm's brute-force protection count wrong codes of the recovery against the
 * account like any other wrong code.
 */
public final class ResetSubject {

    static final String USER_NOTE = "bpjstk.reset.user";

    private ResetSubject() {
    }

    static void set(AuthenticationFlowContext context, UserModel user) {
        context.getAuthenticationSession().setAuthNote(USER_NOTE, user.getId());
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
    }

    /** The member this recovery is for; null if the identity step has not matched (or the account is gone). */
    public static UserModel of(AuthenticationFlowContext context) {
        String id = context.getAuthenticationSession().getAuthNote(USER_NOTE);
        return id == null ? null : context.getSession().users().getUserById(context.getRealm(), id);
    }
}

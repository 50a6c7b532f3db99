package id.bpjstk.idp.recovery;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * The one recovery a day that a permanently locked account gets. A permanent lock is the realm's answer to repeated
 * wrong guesses, and nothing is checked while it holds, except here: recovery is the member's own way out of it, so
 * the first identity check of the day that matches (KPJ, NIK and birth date) takes the account's pass, and only that
 * login's code step may send and check a code (3 wrong entries end it, as always). Any other recovery of the account
 * that day is refused like a temporarily locked one. Taken with an atomic put-if-absent in Keycloak's cluster-wide
 * single-use store, so two browsers cannot both take it.
 */
final class RecoveryPass {

    static final long LIFESPAN_SECONDS = 24 * 3600;
    private static final String NOTE = "bpjstk.reset.pass";
    private static final String PREFIX = "bpjstk-recovery-pass:";

    private RecoveryPass() {
    }

    /** Takes the account's pass of the day for this login, if it is still free. */
    static boolean take(AuthenticationFlowContext context, UserModel user) {
        String key = PREFIX + context.getRealm().getId() + ":" + user.getId();
        if (!context.getSession().singleUseObjects().putIfAbsent(key, LIFESPAN_SECONDS)) {
            return false;
        }
        context.getAuthenticationSession().setAuthNote(NOTE, user.getId());
        return true;
    }

    /** Whether this login holds the pass of the member it is about. */
    static boolean holds(AuthenticationFlowContext context) {
        String holder = context.getAuthenticationSession().getAuthNote(NOTE);
        return holder != null && holder.equals(context.getAuthenticationSession().getAuthNote(ResetSubject.USER_NOTE));
    }
}

package id.bpjstk.idp.sessions;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends every session of a member, as an operator's "Sign out" of the account does: browser sessions and offline
 * sessions (so their refresh tokens stop working), with a back-channel logout to the clients that asked for one, and
 * a not-before of now on the account, so that tokens issued earlier are refused too.
 */
public final class MemberSessions {

    private MemberSessions() {
    }

    /** Ends them all, from within a request of the current session; returns how many sessions ended. */
    public static int endAll(KeycloakSession session, RealmModel realm, UserModel user) {
        KeycloakContext context = session.getContext();
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        // collected first: a logout removes the session from the stream's source
        List<UserSessionModel> sessions = new ArrayList<>(session.sessions().getUserSessionsStream(realm, user).toList());
        sessions.addAll(session.sessions().getOfflineUserSessionsStream(realm, user).toList());
        for (UserSessionModel userSession : sessions) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, context.getUri(), context.getConnection(),
                    context.getRequestHeaders(), true);
        }
        return sessions.size();
    }
}

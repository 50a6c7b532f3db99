package id.bpjstk.idp.device;

import java.util.List;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.common.util.Time;
import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.representations.account.DeviceRepresentation;
import org.keycloak.services.resources.RealmsResource;

import id.bpjstk.idp.messaging.AfterCommit;

/**
 * Recognises the member's browser once she is known. In the sign-in ({@code bpjstk-new-device}, after the forms'
 * levels, so only a sign-in that succeeded gets here): when this login proved a first factor (the password, or a
 * passkey) from a browser the account does not know, the browser becomes known and the member is told by SMS and
 * email, after the login's transaction commits and on a thread of its own, with a "this wasn't me" link. A sign-in by
 * the SSO cookie alone, or a step-up on top of one, proves no first factor here and tells nothing. In registration
 * ({@code bpjstk-registering-device}, after the form): the registering browser becomes known, and nothing is told, so
 * that the first sign-in after registering does not alarm.
 */
public class NewDeviceAuthenticator implements Authenticator {

    private static final List<String> FIRST_FACTORS = List.of(PasswordCredentialModel.TYPE, WebAuthnCredentialModel.TYPE_PASSWORDLESS);

    private final boolean tell;

    /** @param tell whether a new browser is told to the member (sign-in) or only remembered (registration) */
    NewDeviceAuthenticator(boolean tell) {
        this.tell = tell;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || tell && !provedAFirstFactor(context)) {
            context.success();
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        BrowserDevices.Recognition recognition = new BrowserDevices(session, realm).recognise(user);
        if (tell && recognition.isNew()) {
            DeviceRepresentation device = session.getProvider(DeviceRepresentationProvider.class).deviceRepresentation();
            DeviceLabel label = device == null ? new DeviceLabel(null, null) : DeviceLabel.of(device.getBrowser(), device.getOs());
            NotMeLinks.SignIn signIn = new NotMeLinks.SignIn(realm.getId(), user.getId(), recognition.hash(), Time.currentTimeMillis(),
                    label.browser(), label.os());
            String linkBase = RealmsResource.realmBaseUrl(session.getContext().getUri()).path(NotMeResourceProviderFactory.PROVIDER_ID)
                    .build(realm.getName()).toString();
            NewDeviceNotices.Notice notice = new NewDeviceNotices.Notice(signIn, linkBase);
            String what = "new-device notice for user " + user.getId();
            AfterCommit.send(session, () -> session.getProvider(ExecutorsProvider.class).getExecutor(AfterCommit.EXECUTOR), what,
                    AfterCommit.inNewSession(session.getKeycloakSessionFactory(), what, job -> NewDeviceNotices.send(job, notice)));
        }
        context.success();
    }

    /** Whether this login itself checked the password or a passkey (Keycloak lists the credentials a login used). */
    private static boolean provedAFirstFactor(AuthenticationFlowContext context) {
        List<String> used = AuthenticatorUtil.getAuthnCredentials(context.getAuthenticationSession());
        return used.stream().anyMatch(FIRST_FACTORS::contains);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}

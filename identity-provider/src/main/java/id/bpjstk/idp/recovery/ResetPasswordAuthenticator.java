package id.bpjstk.idp.recovery;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;

import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.otp.WrongCodeLimit;
import id.bpjstk.idp.sessions.MemberSessions;
import id.bpjstk.member.Masking;

/**
 * Last step of "Lupa kata sandi": the new password, under the realm's password policy. Once it is set, a lockout of
 * the account (temporary or permanent) is lifted, every session of the member ends (browser sessions, and with them
 * their refresh tokens; offline sessions too; tokens issued before now are refused by Keycloak), the member is told by
 * SMS and email, and the browser goes back to the sign-in page to sign in with the new password.
 */
public class ResetPasswordAuthenticator implements RecoveryStep {

    static final String TEMPLATE = "bpjstk-reset-password.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = ResetSubject.of(context);
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        if (!user.isEnabled() && !BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT.equals(user.getFirstAttribute(UserModel.DISABLED_REASON))) {
            // switched off by an operator: recovery does not switch it back on (told only after the code to the phone)
            context.getEvent().user(user).error(Errors.USER_DISABLED);
            context.failure(AuthenticationFlowError.USER_DISABLED, context.form().setError("bpjstkResetAccountDisabled")
                    .createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        context.challenge(page(context, List.of()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = ResetSubject.of(context);
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String password = form.getFirst(FormFields.PASSWORD_NEW);
        String confirmation = form.getFirst(FormFields.PASSWORD_CONFIRM);
        EventBuilder event = context.getEvent().event(EventType.RESET_PASSWORD).user(user).detail(Details.AUTH_METHOD, "bpjstk-reset");
        if (Validation.isBlank(password)) {
            event.error(Errors.PASSWORD_MISSING);
            context.challenge(page(context, List.of(new FormMessage(Validation.FIELD_PASSWORD, Messages.MISSING_PASSWORD))));
            return;
        }
        if (!password.equals(confirmation)) {
            event.error(Errors.PASSWORD_CONFIRM_ERROR);
            context.challenge(page(context, List.of(new FormMessage(Validation.FIELD_PASSWORD_CONFIRM, Messages.NOTMATCH_PASSWORD))));
            return;
        }
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        } catch (ModelException e) {
            // the realm's policy refused it (length, blocklist, KPJ, email, NIK): nothing changed
            event.error(Errors.PASSWORD_REJECTED);
            context.challenge(page(context, List.of(new FormMessage(Validation.FIELD_PASSWORD, e.getMessage(), e.getParameters()))));
            return;
        }

        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        boolean lockoutLifted = liftLockout(session, realm, user);
        int sessionsEnded = MemberSessions.endAll(session, realm, user);
        user.removeRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        event.clone().event(EventType.RESET_PASSWORD).user(user)
                .detail("membership_number", Masking.kpj(user.getUsername()))
                .detail("reset_step", "password")
                .detail("lockout_lifted", Boolean.toString(lockoutLifted))
                .detail("sessions_ended", Integer.toString(sessionsEnded))
                .success();

        MemberNotices notices = new MemberNotices(session, realm);
        String when = MemberNotices.wib(Instant.ofEpochMilli(Time.currentTimeMillis()));
        notices.sms(user, user.getFirstAttribute(MemberAttributes.PHONE_NUMBER), OutgoingMessage.Purpose.NOTICE, "bpjstkResetDoneNotice", when);
        notices.email(user, OutgoingMessage.Purpose.NOTICE, "bpjstkResetDoneNotice", when);
        context.forkWithSuccessMessage(new FormMessage("bpjstkResetDone"));
    }

    /** Clears the failure count and a temporary lock; switches a permanently locked account back on. */
    private static boolean liftLockout(KeycloakSession session, RealmModel realm, UserModel user) {
        boolean permanent = BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT.equals(user.getFirstAttribute(UserModel.DISABLED_REASON));
        boolean temporary = session.getProvider(BruteForceProtector.class).isTemporarilyDisabled(session, realm, user);
        if (permanent) {
            user.removeAttribute(UserModel.DISABLED_REASON);
            user.setEnabled(true);
        }
        session.loginFailures().removeUserLoginFailure(realm, user.getId());
        // the member proved the phone and chose a new password: her wrong codes are forgotten too
        WrongCodeLimit.clearAll(session, realm, user.getId());
        return permanent || temporary;
    }

    private static Response page(AuthenticationFlowContext context, List<FormMessage> errors) {
        var form = context.form();
        errors.forEach(form::addError);
        return form.createForm(TEMPLATE);
    }
}

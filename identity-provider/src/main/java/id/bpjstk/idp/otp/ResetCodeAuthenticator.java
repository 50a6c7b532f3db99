package id.bpjstk.idp.otp;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.otp.sender.OutgoingMessage;
import id.bpjstk.idp.recovery.ResetSubject;

/**
 * Second step of "Lupa kata sandi": a code by SMS to the verified phone of the member the identity step found
 * (outbox purpose {@code reset}). Same code rules as the sign-in: 5 minutes, 3 wrong entries kill it, resend limits
 * per account and phone. Wrong codes count toward the realm's lockout. The code is checked even while the account is
 * locked: it goes only to the member's own phone, and recovery is how a member leaves a lock; a right code alone
 * lifts nothing, only the new password does.
 */
public class ResetCodeAuthenticator implements Authenticator {

    static final String USE = "reset";
    private static final String TITLE = "bpjstkResetCodeTitle";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = ResetSubject.of(context);
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        String phone = OtpService.verifiedPhoneNumber(user).orElse(null);
        OtpService otp = service(context);
        OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), USE);
        OtpPage.Message message = null;
        if (challenge.isDead()) {
            message = OtpPage.Message.error("bpjstkOtpDead");
        } else if (!challenge.hasLiveCode(Time.currentTimeMillis())) {
            message = OtpPage.after(send(context, otp, user, phone), false);
        }
        context.challenge(OtpPage.render(context.form(), phone, TITLE, message, challenge.isDead()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = ResetSubject.of(context);
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        String phone = OtpService.verifiedPhoneNumber(user).orElse(null);
        OtpService otp = service(context);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(OtpPage.RESEND)) {
            OtpChallenge challenge = otp.challenge(authSession, USE);
            OtpPage.Message message = challenge.isDead()
                    ? OtpPage.Message.error("bpjstkOtpDead")
                    : OtpPage.after(send(context, otp, user, phone), true);
            context.challenge(OtpPage.render(context.form(), phone, TITLE, message, challenge.isDead()));
            return;
        }

        OtpChallenge.Verdict verdict = otp.verify(context.getRealm(), authSession, USE, form.getFirst(OtpPage.FIELD));
        context.getEvent().event(EventType.RESET_PASSWORD).user(user).detail(Details.AUTH_METHOD, "sms-otp")
                .detail("otp_purpose", OutgoingMessage.Purpose.RESET);
        OtpChallenge challenge = otp.challenge(authSession, USE);
        switch (verdict) {
            case ACCEPTED -> context.success();
            case WRONG, KILLED -> {
                context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, OtpPage.render(context.form(), phone,
                        TITLE, OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
            }
            default -> context.challenge(OtpPage.render(context.form(), phone, TITLE,
                    OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
        }
    }

    private static OtpService.SendResult send(AuthenticationFlowContext context, OtpService otp, UserModel user, String phone) {
        return otp.send(context.getRealm(), user, context.getAuthenticationSession(), USE, OutgoingMessage.Purpose.RESET, phone);
    }

    private static OtpService service(AuthenticationFlowContext context) {
        return new OtpService(context.getSession(), OtpSettings.from(context.getAuthenticatorConfig()));
    }

    @Override
    public boolean requiresUser() {
        return false;
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

package id.bpjstk.idp.otp;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.otp.sender.OutgoingMessage;

/**
 * Second step of the sign-in, and step-up to level 2: a six-digit code by SMS to the member's verified phone.
 * Wrong codes are reported to the realm's brute-force protection with the reference category {@code otp}, so they
 * count toward the same lockout as wrong passwords.
 */
public class SmsOtpAuthenticator implements Authenticator {

    static final String USE = "sign-in";
    private static final String PURPOSE_NOTE = "bpjstk.otp.purpose";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String phone = OtpService.verifiedPhoneNumber(user).orElse(null);
        if (refusedWhileLocked(context, phone)) {
            return;
        }
        OtpService otp = service(context);
        OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), USE);
        OtpPage.Message message = null;
        if (challenge.isDead()) {
            message = OtpPage.Message.error("bpjstkOtpDead");
        } else if (!challenge.hasLiveCode(Time.currentTimeMillis())) {
            message = OtpPage.after(send(context, otp, phone), false);
        }
        context.challenge(OtpPage.render(context.form(), phone, "bpjstkOtpTitle", message, challenge.isDead()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String phone = OtpService.verifiedPhoneNumber(user).orElse(null);
        if (refusedWhileLocked(context, phone)) {
            return;
        }
        OtpService otp = service(context);
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(OtpPage.RESEND)) {
            OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), USE);
            OtpPage.Message message = challenge.isDead()
                    ? OtpPage.Message.error("bpjstkOtpDead")
                    : OtpPage.after(send(context, otp, phone), true);
            context.challenge(OtpPage.render(context.form(), phone, "bpjstkOtpTitle", message, challenge.isDead()));
            return;
        }

        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        OtpChallenge.Verdict verdict = otp.verify(context.getRealm(), authSession, USE, form.getFirst(OtpPage.FIELD));
        context.getEvent().user(user).detail(Details.AUTH_METHOD, "sms-otp")
                .detail("otp_purpose", authSession.getAuthNote(PURPOSE_NOTE));
        OtpChallenge challenge = otp.challenge(authSession, USE);
        switch (verdict) {
            case ACCEPTED -> context.success(OTPCredentialModel.TYPE);
            case WRONG, KILLED -> {
                context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, OtpPage.render(context.form(), phone,
                        "bpjstkOtpTitle", OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
            }
            default -> context.challenge(OtpPage.render(context.form(), phone, "bpjstkOtpTitle",
                    OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
        }
    }

    private OtpService.SendResult send(AuthenticationFlowContext context, OtpService otp, String phone) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String purpose = authSession.getAuthNote(PURPOSE_NOTE);
        if (purpose == null) {
            // the password was typed in this login, or the code comes on top of an existing sign-in: a step-up
            purpose = authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME) != null
                    ? OutgoingMessage.Purpose.LOGIN : OutgoingMessage.Purpose.STEP_UP;
            authSession.setAuthNote(PURPOSE_NOTE, purpose);
        }
        return otp.send(context.getRealm(), context.getUser(), authSession, USE, purpose, phone);
    }

    /**
     * While the realm's brute-force protection holds the account, no code is sent or checked; the page says only
     * "try again later".
     */
    private boolean refusedWhileLocked(AuthenticationFlowContext context, String phone) {
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser());
        if (error == null) {
            return false;
        }
        context.getEvent().user(context.getUser()).error(error);
        context.challenge(OtpPage.render(context.form(), phone, "bpjstkOtpTitle", OtpPage.Message.error("bpjstkOtpTryLater"), true));
        return true;
    }

    private static OtpService service(AuthenticationFlowContext context) {
        return new OtpService(context.getSession(), OtpSettings.from(context.getAuthenticatorConfig()));
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Offered to every member whose phone number is verified. */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return OtpService.verifiedPhoneNumber(user).isPresent();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}

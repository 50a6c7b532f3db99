package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.otp.OtpPage;
import id.bpjstk.idp.otp.SmsCodeStep;

/**
 * Second step of the sign-in, and step-up to level 2: a six-digit code by SMS to the member's verified phone.
 * Wrong codes are reported to the realm's brute-force protection with the reference category {@code otp}, so they
 * count toward the same lockout as wrong passwords.
 */
public class SmsOtpAuthenticator extends SmsCodeStep {

    static final String USE = "sign-in";
    private static final String PURPOSE_NOTE = "bpjstk.otp.purpose";

    @Override
    protected UserModel member(AuthenticationFlowContext context) {
        return context.getUser();
    }

    @Override
    protected String use() {
        return USE;
    }

    @Override
    protected String titleKey() {
        return "bpjstkOtpTitle";
    }

    @Override
    protected String purpose(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String purpose = authSession.getAuthNote(PURPOSE_NOTE);
        if (purpose == null) {
            // the password was typed in this login, or the code comes on top of an existing sign-in: a step-up
            purpose = authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME) != null
                    ? OutgoingMessage.Purpose.LOGIN : OutgoingMessage.Purpose.STEP_UP;
            authSession.setAuthNote(PURPOSE_NOTE, purpose);
        }
        return purpose;
    }

    @Override
    protected void describe(AuthenticationFlowContext context, UserModel member) {
        context.getEvent().detail(Details.AUTH_METHOD, "sms-otp")
                .detail("otp_purpose", context.getAuthenticationSession().getAuthNote(PURPOSE_NOTE));
    }

    @Override
    protected void accepted(AuthenticationFlowContext context) {
        context.success(OTPCredentialModel.TYPE);
    }

    /**
     * While the realm's brute-force protection holds the account, no code is sent or checked; the page says only
     * "try again later".
     */
    @Override
    protected boolean refused(AuthenticationFlowContext context, UserModel member, String phone) {
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, member);
        if (error == null) {
            return false;
        }
        context.getEvent().user(member).error(error);
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.Message.error(TRY_LATER), true));
        return true;
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Offered to every member whose phone number is verified. */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return MemberAttributes.verifiedPhoneNumber(user).isPresent();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}

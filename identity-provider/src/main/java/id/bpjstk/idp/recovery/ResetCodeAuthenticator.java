package id.bpjstk.idp.recovery;

import java.util.List;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.otp.OtpPage;
import id.bpjstk.idp.otp.OtpSettings;
import id.bpjstk.idp.otp.SmsCodeStep;
import id.bpjstk.idp.otp.WrongCodeLimit;

/**
 * Second step of "Lupa kata sandi": a code by SMS to the verified phone of the member the identity step found
 * (outbox purpose {@code reset}). Same code rules as the sign-in: 5 minutes, 3 wrong entries kill it, resend limits
 * per account and phone; wrong codes count toward the realm's lockout, toward the account's daily cap of wrong codes
 * and toward its own daily cap of wrong recovery codes. While the realm's brute-force protection holds the account
 * temporarily, nothing is sent or checked: the page says "try again later", as the sign-in's code page does, and the
 * lock ends by itself. A permanently locked account, which only recovery opens, gets one recovery a day
 * ({@link RecoveryPass}, taken by the identity step); any other recovery of it is refused in the same words. A right
 * code alone lifts nothing, only the new password does.
 */
public class ResetCodeAuthenticator extends SmsCodeStep implements RecoveryStep {

    static final String USE = "reset";

    @Override
    protected UserModel member(AuthenticationFlowContext context) {
        return ResetSubject.of(context);
    }

    @Override
    protected String use() {
        return USE;
    }

    @Override
    protected String titleKey() {
        return "bpjstkResetCodeTitle";
    }

    @Override
    protected String purpose(AuthenticationFlowContext context) {
        return OutgoingMessage.Purpose.RESET;
    }

    @Override
    protected void describe(AuthenticationFlowContext context, UserModel member) {
        context.getEvent().event(EventType.RESET_PASSWORD).detail(Details.AUTH_METHOD, "sms-otp")
                .detail("otp_purpose", OutgoingMessage.Purpose.RESET);
    }

    @Override
    protected List<WrongCodeLimit> wrongCodeLimits(AuthenticationFlowContext context, UserModel member, OtpSettings settings) {
        return List.of(WrongCodeLimit.codes(context.getSession(), context.getRealm(), member, settings),
                WrongCodeLimit.recovery(context.getSession(), context.getRealm(), member, settings));
    }

    @Override
    protected boolean refused(AuthenticationFlowContext context, UserModel member, String phone) {
        String error = lockError(context, member);
        if (error == null) {
            return false;
        }
        context.getEvent().event(EventType.RESET_PASSWORD).user(member).error(error);
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.Message.error(TRY_LATER), true));
        return true;
    }

    /** Why the realm's lockout stops this recovery's code, or null when it does not. */
    private static String lockError(AuthenticationFlowContext context, UserModel member) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (!realm.isBruteForceProtected()) {
            return null;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (protector.isPermanentlyLockedOut(session, realm, member)) {
            return RecoveryPass.holds(context) ? null : Errors.USER_DISABLED;
        }
        return protector.isTemporarilyDisabled(session, realm, member) ? Errors.USER_TEMPORARILY_DISABLED : null;
    }

    @Override
    protected void accepted(AuthenticationFlowContext context) {
        context.success();
    }
}

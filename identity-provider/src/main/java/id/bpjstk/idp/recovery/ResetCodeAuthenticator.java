package id.bpjstk.idp.recovery;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.otp.SmsCodeStep;

/**
 * Second step of "Lupa kata sandi": a code by SMS to the verified phone of the member the identity step found
 * (outbox purpose {@code reset}). Same code rules as the sign-in: 5 minutes, 3 wrong entries kill it, resend limits
 * per account and phone. Wrong codes count toward the realm's lockout. The code is checked even while the account is
 * locked: it goes only to the member's own phone, and recovery is how a member leaves a lock; a right code alone
 * lifts nothing, only the new password does.
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
    protected void accepted(AuthenticationFlowContext context) {
        context.success();
    }
}

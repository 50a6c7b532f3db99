package id.bpjstk.idp.otp;

import java.time.Instant;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.member.MemberAttributes;

/**
 * A flow step that sends a six-digit code by SMS to a member's verified phone and checks it: the code page, "resend"
 * under the send limits, and the verdicts. Wrong codes are failures of the flow (the factories report them as
 * category {@code otp}, so they count toward the realm's lockout). What differs between uses (whose phone, what the
 * page is called, why the code is sent, what a right code does) is left to the subclass.
 */
public abstract class SmsCodeStep implements Authenticator {

    /** The member the code is for; null when the flow has none (the step then fails). */
    protected abstract UserModel member(AuthenticationFlowContext context);

    /** What the code is for in this login: part of its binding, so a code of one use never serves another. */
    protected abstract String use();

    protected abstract String titleKey();

    /** The outbox purpose of a code sent now. */
    protected abstract String purpose(AuthenticationFlowContext context);

    /** A right code. */
    protected abstract void accepted(AuthenticationFlowContext context);

    /** Whether the step refuses to send or check anything now (and has answered the request itself). */
    protected boolean refused(AuthenticationFlowContext context, UserModel member, String phone) {
        return false;
    }

    /** Event details of a code check. */
    protected void describe(AuthenticationFlowContext context, UserModel member) {
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel member = member(context);
        if (member == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        String phone = MemberAttributes.verifiedPhoneNumber(member).orElse(null);
        if (refused(context, member, phone)) {
            return;
        }
        OtpService otp = service(context);
        OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), use());
        OtpPage.Message message = null;
        if (challenge.isDead()) {
            message = OtpPage.Message.error("bpjstkOtpDead");
        } else if (!challenge.hasLiveCode(Time.currentTimeMillis())) {
            OtpService.SendResult sent = send(context, otp, member, phone);
            message = OtpPage.after(sent, false, challenge.hasLiveCode(Time.currentTimeMillis()), Instant.ofEpochMilli(Time.currentTimeMillis()));
        }
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), message, challenge.isDead(),
                challenge.hasLiveCode(Time.currentTimeMillis())));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel member = member(context);
        if (member == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        String phone = MemberAttributes.verifiedPhoneNumber(member).orElse(null);
        if (refused(context, member, phone)) {
            return;
        }
        OtpService otp = service(context);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(FormFields.RESEND)) {
            OtpChallenge challenge = otp.challenge(authSession, use());
            OtpPage.Message message = challenge.isDead()
                    ? OtpPage.Message.error("bpjstkOtpDead")
                    : OtpPage.after(send(context, otp, member, phone), true, challenge.hasLiveCode(Time.currentTimeMillis()),
                            Instant.ofEpochMilli(Time.currentTimeMillis()));
            context.challenge(OtpPage.render(context.form(), phone, titleKey(), message, challenge.isDead(),
                    challenge.hasLiveCode(Time.currentTimeMillis())));
            return;
        }

        OtpChallenge.Verdict verdict = otp.verify(context.getRealm(), authSession, use(), form.getFirst(FormFields.OTP));
        context.getEvent().user(member);
        describe(context, member);
        OtpChallenge challenge = otp.challenge(authSession, use());
        switch (verdict) {
            case ACCEPTED -> accepted(context);
            case WRONG, KILLED -> {
                context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, OtpPage.render(context.form(), phone,
                        titleKey(), OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
            }
            default -> context.challenge(OtpPage.render(context.form(), phone, titleKey(),
                    OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead(), challenge.hasLiveCode(Time.currentTimeMillis())));
        }
    }

    private OtpService.SendResult send(AuthenticationFlowContext context, OtpService otp, UserModel member, String phone) {
        return otp.send(context.getRealm(), member, context.getAuthenticationSession(), use(), purpose(context), phone);
    }

    private static OtpService service(AuthenticationFlowContext context) {
        return new OtpService(context.getSession(), OtpSettings.from(context.getAuthenticatorConfig()));
    }
}

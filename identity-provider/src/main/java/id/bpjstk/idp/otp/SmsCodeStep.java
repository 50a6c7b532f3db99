package id.bpjstk.idp.otp;

import java.time.Instant;
import java.util.List;

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
 * category {@code otp}, so they count toward the realm's lockout), and they count toward the account's daily caps of
 * wrong codes ({@link WrongCodeLimit}), which no password sign-in resets: once a cap is reached the step sends and
 * checks nothing and says only "try again later", as during a lockout. What differs between uses (whose phone, what the
 * page is called, why the code is sent, what a right code does) is left to the subclass.
 */
public abstract class SmsCodeStep implements Authenticator {

    /** The page's only message while code entry is refused, whatever the reason (a lockout, a cap). */
    public static final String TRY_LATER = "bpjstkOtpTryLater";
    /** Event error: a daily cap of wrong codes of the account was reached, or code entry was refused because of it. */
    public static final String CODE_LIMIT_REACHED = "code_limit_reached";

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

    /**
     * The daily caps of wrong codes per account this step counts toward; the first, the count of every code of the
     * account, is cleared by a right code. While any of them is reached nothing is sent or checked.
     */
    protected List<WrongCodeLimit> wrongCodeLimits(AuthenticationFlowContext context, UserModel member, OtpSettings settings) {
        return List.of(WrongCodeLimit.codes(context.getSession(), context.getRealm(), member, settings));
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
        if (refused(context, member, phone) || capReached(context, member, phone)) {
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
        if (refused(context, member, phone) || capReached(context, member, phone)) {
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
            case ACCEPTED -> {
                limits(context, member).get(0).clear();
                accepted(context);
            }
            case WRONG, KILLED -> {
                context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
                boolean blocked = countWrongCode(context, member);
                OtpPage.Message message = blocked ? OtpPage.Message.error(TRY_LATER) : OtpPage.after(verdict, challenge.attemptsLeft());
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, OtpPage.render(context.form(), phone,
                        titleKey(), message, blocked || challenge.isDead()));
            }
            default -> context.challenge(OtpPage.render(context.form(), phone, titleKey(),
                    OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead(), challenge.hasLiveCode(Time.currentTimeMillis())));
        }
    }

    /** A cap of wrong codes is reached: the page says only "try again later", nothing is sent or checked. */
    private boolean capReached(AuthenticationFlowContext context, UserModel member, String phone) {
        if (limits(context, member).stream().noneMatch(WrongCodeLimit::reached)) {
            return false;
        }
        context.getEvent().user(member).error(CODE_LIMIT_REACHED);
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.Message.error(TRY_LATER), true));
        return true;
    }

    /**
     * Counts a wrong code toward every cap of the step; a cap it reaches is told to the member and written as an event.
     *
     * @return whether code entry is blocked now
     */
    private boolean countWrongCode(AuthenticationFlowContext context, UserModel member) {
        boolean blocked = false;
        for (WrongCodeLimit limit : limits(context, member)) {
            WrongCodeLimit.Count count = limit.count();
            if (count == WrongCodeLimit.Count.REACHED) {
                context.getEvent().clone().user(member).detail("code_limit", limit.kind())
                        .detail("wrong_codes", Integer.toString(limit.cap())).error(CODE_LIMIT_REACHED);
                limit.tell(context.getSession(), context.getRealm(), member);
            }
            blocked |= count != WrongCodeLimit.Count.COUNTED;
        }
        return blocked;
    }

    private List<WrongCodeLimit> limits(AuthenticationFlowContext context, UserModel member) {
        return wrongCodeLimits(context, member, OtpSettings.from(context.getAuthenticatorConfig()));
    }

    private OtpService.SendResult send(AuthenticationFlowContext context, OtpService otp, UserModel member, String phone) {
        return otp.send(context.getRealm(), member, context.getAuthenticationSession(), use(), purpose(context), phone);
    }

    private static OtpService service(AuthenticationFlowContext context) {
        return new OtpService(context.getSession(), OtpSettings.from(context.getAuthenticatorConfig()));
    }
}

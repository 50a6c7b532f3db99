package id.bpjstk.idp.otp;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;

import id.bpjstk.idp.member.Jakarta;
import id.bpjstk.member.Masking;

/**
 * The one-time code page ({@code bpjstk-otp.ftl}), shared by sign-in, step-up and the phone actions: field
 * {@code otp}, a "resend" button, the masked number the code went to, and one message in the member's language.
 */
public final class OtpPage {

    static final String TEMPLATE = "bpjstk-otp.ftl";

    public enum Kind { INFO, SUCCESS, ERROR }

    /** One message of the page: a key of the login theme's messages and its parameters. */
    public record Message(Kind kind, String key, Object... parameters) {
        public static Message info(String key, Object... parameters) {
            return new Message(Kind.INFO, key, parameters);
        }

        public static Message success(String key, Object... parameters) {
            return new Message(Kind.SUCCESS, key, parameters);
        }

        public static Message error(String key, Object... parameters) {
            return new Message(Kind.ERROR, key, parameters);
        }
    }

    /** A moment on the page: Jakarta time to the second, {@code 13:05:30} (the text adds "WIB"). */
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Jakarta.ZONE);

    private OtpPage() {
    }

    /**
     * @param titleKey what the page is for ({@code bpjstkOtpTitle}, {@code bpjstkVerifyPhoneTitle}, ...)
     * @param dead     the code of this login is dead: the page offers to start again instead of a code field
     */
    public static Response render(LoginFormsProvider form, String phoneNumber, String titleKey, Message message, boolean dead) {
        return render(form, phoneNumber, titleKey, message, dead, true);
    }

    /**
     * @param codeSent whether this login holds a code that was sent in it: otherwise the page says that none was
     *                 sent here yet, instead of "a code was sent to ..."
     */
    public static Response render(LoginFormsProvider form, String phoneNumber, String titleKey, Message message, boolean dead,
            boolean codeSent) {
        form.setAttribute("bpjstkOtpTitle", titleKey)
                .setAttribute("bpjstkOtpPhone", phoneNumber == null ? "" : Masking.phone(phoneNumber))
                .setAttribute("bpjstkOtpDead", dead)
                .setAttribute("bpjstkOtpCodeSent", codeSent);
        if (message != null) {
            switch (message.kind()) {
                case INFO -> form.setInfo(message.key(), message.parameters());
                case SUCCESS -> form.setSuccess(message.key(), message.parameters());
                case ERROR -> form.setError(message.key(), message.parameters());
            }
        }
        return form.createForm(TEMPLATE);
    }

    /** What the member is told after a send attempt. */
    public static Message after(OtpService.SendResult result, boolean resent) {
        return switch (result.outcome()) {
            case SENT -> resent ? Message.success("bpjstkOtpResent") : Message.info("bpjstkOtpSent");
            case COOLDOWN -> Message.error("bpjstkOtpCooldown", result.secondsLeft());
            case HOURLY_LIMIT -> Message.error("bpjstkOtpHourlyLimit");
            case NO_PHONE -> Message.error("bpjstkOtpNoPhone");
            case NOT_SENT -> Message.error("bpjstkOtpNotSent");
        };
    }

    /**
     * What the member is told after a send attempt, knowing whether this login holds a code. The cooldown is the
     * account's, across logins: a login that starts while another login's code is fresh gets no code of its own yet,
     * and is told when it can have one.
     */
    public static Message after(OtpService.SendResult result, boolean resent, boolean codeInThisLogin, Instant now) {
        if (result.outcome() == OtpService.Outcome.COOLDOWN && !codeInThisLogin) {
            return Message.info("bpjstkOtpNotSentCooldown", CLOCK.format(now.plusSeconds(result.secondsLeft())), result.secondsLeft());
        }
        return after(result, resent);
    }

    /** What the member is told after entering a code that was not accepted. */
    public static Message after(OtpChallenge.Verdict verdict, int attemptsLeft) {
        return switch (verdict) {
            case MALFORMED -> Message.error("bpjstkOtpMalformed");
            case WRONG -> Message.error("bpjstkOtpWrong", attemptsLeft);
            case KILLED, DEAD -> Message.error("bpjstkOtpDead");
            case EXPIRED -> Message.error("bpjstkOtpExpired");
            case NONE -> Message.error("bpjstkOtpUsed");
            case ACCEPTED -> null;
        };
    }
}

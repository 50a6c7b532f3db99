package id.bpjstk.idp.recovery;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.validation.Validation;

import id.bpjstk.idp.identity.IdentityFields;
import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.member.Jakarta;
import id.bpjstk.member.Masking;

/**
 * First step of "Lupa kata sandi": KPJ or email, NIK and birth date. Malformed input is refused field by field and
 * checks nothing; a well-formed answer goes to {@link MemberIdentityCheck}, whose every way of not matching gets one
 * message, so the page never tells whether an account exists, is locked, or which field was wrong.
 */
public class ResetIdentityAuthenticator implements RecoveryStep {

    static final String TEMPLATE = "bpjstk-reset-identify.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(page(context, new MultivaluedHashMap<>(), List.of()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        context.getEvent().event(EventType.RESET_PASSWORD).detail(Details.AUTH_METHOD, "bpjstk-reset");
        List<FormMessage> errors = new ArrayList<>();
        String username = form.getFirst(FormFields.USERNAME);
        if (Validation.isBlank(username)) {
            errors.add(new FormMessage(FormFields.USERNAME, "bpjstkResetUsernameMissing"));
        }
        String nik = form.getFirst(FormFields.NIK);
        IdentityFields.nikDigitsProblem(nik).ifPresent(key -> errors.add(new FormMessage(FormFields.NIK, key)));
        IdentityFields.BirthDate birthDate = IdentityFields.birthDate(form.getFirst(FormFields.BIRTH_DATE), Jakarta.today());
        if (!birthDate.isUsable()) {
            // a date in the future is only "not a birth date" here
            errors.add(new FormMessage(FormFields.BIRTH_DATE, IdentityFields.BIRTH_DATE_INVALID));
        }
        if (!errors.isEmpty()) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(page(context, form, errors));
            return;
        }

        MemberIdentityCheck.Result result = MemberIdentityCheck.check(context.getSession(), context.getRealm(),
                context.getAuthenticatorConfig(), context.getConnection().getRemoteAddr(), username, nik.trim(), birthDate.date());
        context.getEvent().detail(Details.USERNAME, Masking.typedUsername(username)).detail("membership_number", result.maskedMembershipNumber());
        switch (result.outcome()) {
            case VERIFIED -> {
                UserModel user = result.user();
                ResetSubject.set(context, user);
                var event = context.getEvent().clone().user(user).event(EventType.RESET_PASSWORD).detail("reset_step", "identity");
                if (permanentlyLocked(context, user)) {
                    // the page goes on the same way: the code step says whether this recovery may check a code
                    event.detail("recovery_pass", Boolean.toString(RecoveryPass.take(context, user)));
                }
                event.success();
                context.success();
            }
            case MISMATCH -> refuse(context, form, "identity_mismatch", "bpjstkResetIdentityMismatch");
            case KPJ_BLOCKED -> refuse(context, form, "reset_kpj_blocked", "bpjstkResetKpjBlocked");
            case ADDRESS_REFUSED -> refuse(context, form, "reset_throttled", "bpjstkResetTooManyAttempts");
            case UNAVAILABLE -> refuse(context, form, "registry_unavailable", "bpjstkResetUnavailable");
        }
    }

    private static boolean permanentlyLocked(AuthenticationFlowContext context, UserModel user) {
        return context.getRealm().isBruteForceProtected() && context.getSession().getProvider(BruteForceProtector.class)
                .isPermanentlyLockedOut(context.getSession(), context.getRealm(), user);
    }

    private void refuse(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String error, String message) {
        context.getEvent().error(error);
        // not reported as a failed login: the throttle has counted the check, and no account may be charged for it
        context.challenge(page(context, form, List.of(new FormMessage(null, message))));
    }

    /** The page with what was typed, except the NIK, which is never shown back. */
    private static Response page(AuthenticationFlowContext context, MultivaluedMap<String, String> form, List<FormMessage> errors) {
        var page = context.form()
                .setAttribute("bpjstkResetUsername", trimmed(form.getFirst(FormFields.USERNAME)))
                .setAttribute("bpjstkResetBirthDate", trimmed(form.getFirst(FormFields.BIRTH_DATE)));
        for (FormMessage error : errors) {
            if (error.getField() == null) {
                page.setError(error.getMessage());
            } else {
                page.addError(error);
            }
        }
        return page.createForm(TEMPLATE);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}

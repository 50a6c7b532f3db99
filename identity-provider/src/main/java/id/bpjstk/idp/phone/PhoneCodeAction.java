package id.bpjstk.idp.phone;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.Config;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.managers.BruteForceProtector;

import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.otp.OtpChallenge;
import id.bpjstk.idp.otp.OtpPage;
import id.bpjstk.idp.otp.OtpService;
import id.bpjstk.idp.otp.OtpSettings;
import id.bpjstk.idp.otp.SmsCodeStep;
import id.bpjstk.idp.otp.WrongCodeLimit;
import id.bpjstk.idp.settings.FlowSettings;

/**
 * A required action that proves the member holds the phone on their account: a code by SMS, typed back. What
 * follows the proof is the subclass's business. Usable as a pending action on the account or from a client with
 * {@code kc_action=<id>}. Wrong codes count toward the realm's lockout like wrong sign-in codes.
 */
abstract class PhoneCodeAction implements RequiredActionProvider, RequiredActionFactory {

    /** What this action is called in the code's binding, so its codes serve nothing else. */
    protected abstract String use();

    /** Message key of the page title. */
    protected abstract String titleKey();

    /** The number to prove, if the member has one this action may use. */
    protected abstract Optional<String> phoneNumber(UserModel user);

    /** Done once the code was right. */
    protected abstract void onProof(RequiredActionContext context, OtpService otp, String phoneNumber);

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        String phone = phoneNumber(context.getUser()).orElse(null);
        if (capReached(context, phone)) {
            return;
        }
        OtpService otp = service(context);
        OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), use());
        OtpPage.Message message = null;
        if (phone == null) {
            message = OtpPage.Message.error("bpjstkOtpNoPhone");
        } else if (challenge.isDead()) {
            message = OtpPage.Message.error("bpjstkOtpDead");
        } else if (!challenge.hasLiveCode(Time.currentTimeMillis())) {
            OtpService.SendResult sent = send(context, otp, phone);
            message = OtpPage.after(sent, false, challenge.hasLiveCode(Time.currentTimeMillis()), Instant.ofEpochMilli(Time.currentTimeMillis()));
        }
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), message, challenge.isDead() || phone == null,
                challenge.hasLiveCode(Time.currentTimeMillis())));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        UserModel user = context.getUser();
        String phone = phoneNumber(user).orElse(null);
        if (phone == null) {
            requiredActionChallenge(context);
            return;
        }
        if (capReached(context, phone)) {
            return;
        }
        OtpService otp = service(context);
        OtpChallenge challenge = otp.challenge(context.getAuthenticationSession(), use());
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(FormFields.RESEND)) {
            OtpPage.Message message = challenge.isDead() ? OtpPage.Message.error("bpjstkOtpDead")
                    : OtpPage.after(send(context, otp, phone), true, challenge.hasLiveCode(Time.currentTimeMillis()),
                            Instant.ofEpochMilli(Time.currentTimeMillis()));
            context.challenge(OtpPage.render(context.form(), phone, titleKey(), message, challenge.isDead(),
                    challenge.hasLiveCode(Time.currentTimeMillis())));
            return;
        }
        OtpChallenge.Verdict verdict = otp.verify(context.getRealm(), context.getAuthenticationSession(), use(), form.getFirst(FormFields.OTP));
        if (verdict == OtpChallenge.Verdict.ACCEPTED) {
            limit(context).clear();
            onProof(context, otp, phone);
            // Keycloak writes the action's success event (CUSTOM_REQUIRED_ACTION) from this builder once it completes
            context.getEvent().detail("bpjstk_action", getId());
            context.success();
            return;
        }
        if (verdict == OtpChallenge.Verdict.WRONG || verdict == OtpChallenge.Verdict.KILLED) {
            context.getEvent().clone().user(user).detail("bpjstk_action", getId()).error(Errors.INVALID_USER_CREDENTIALS);
            if (context.getRealm().isBruteForceProtected()) {
                context.getSession().getProvider(BruteForceProtector.class).failedLogin(context.getRealm(), user,
                        context.getConnection(), context.getUriInfo(), Set.of(OTPCredentialModel.TYPE));
            }
            WrongCodeLimit limit = limit(context);
            WrongCodeLimit.Count count = limit.count();
            if (count == WrongCodeLimit.Count.REACHED) {
                context.getEvent().clone().user(user).detail("bpjstk_action", getId()).detail("code_limit", limit.kind())
                        .detail("wrong_codes", Integer.toString(limit.cap())).error(SmsCodeStep.CODE_LIMIT_REACHED);
                limit.tell(context.getSession(), context.getRealm(), user);
            }
            if (count != WrongCodeLimit.Count.COUNTED) {
                context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.Message.error(SmsCodeStep.TRY_LATER), true));
                return;
            }
        }
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.after(verdict, challenge.attemptsLeft()), challenge.isDead()));
    }

    /** The account's daily cap of wrong codes is reached: "try again later", nothing sent or checked. */
    private boolean capReached(RequiredActionContext context, String phone) {
        if (!limit(context).reached()) {
            return false;
        }
        context.getEvent().clone().user(context.getUser()).detail("bpjstk_action", getId()).error(SmsCodeStep.CODE_LIMIT_REACHED);
        context.challenge(OtpPage.render(context.form(), phone, titleKey(), OtpPage.Message.error(SmsCodeStep.TRY_LATER), true));
        return true;
    }

    private static WrongCodeLimit limit(RequiredActionContext context) {
        return WrongCodeLimit.codes(context.getSession(), context.getRealm(), context.getUser(), settings(context));
    }

    private static OtpSettings settings(RequiredActionContext context) {
        return OtpSettings.from(context.getConfig() == null ? null : context.getConfig().getConfig());
    }

    private OtpService.SendResult send(RequiredActionContext context, OtpService otp, String phone) {
        return otp.send(context.getRealm(), context.getUser(), context.getAuthenticationSession(), use(),
                OutgoingMessage.Purpose.PHONE_VERIFICATION, phone);
    }

    private static OtpService service(RequiredActionContext context) {
        return new OtpService(context.getSession(), settings(context));
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return OtpSettings.CONFIG_PROPERTIES;
    }

    /** A code setting out of its range is refused when saved (400 naming the setting), never read as a default. */
    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel config) {
        RequiredActionFactory.super.validateConfig(session, realm, config);
        FlowSettings.refuseOutOfRange(session, realm, config, getConfigMetadata());
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}

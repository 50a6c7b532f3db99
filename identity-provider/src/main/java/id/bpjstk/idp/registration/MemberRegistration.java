package id.bpjstk.idp.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.Config;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import id.bpjstk.idp.identity.BlockedKpjNotice;
import id.bpjstk.idp.identity.IdentityCheckThrottle;
import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.member.Jakarta;
import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.idp.registry.NikHash;
import id.bpjstk.member.Masking;

/**
 * Registration of a member who is already a participant: KPJ, NIK, birth date, email and mobile number on the
 * registration page ({@link RegistrationForm}). The NIK's structure is checked first; then, under the identity-check
 * throttle, the {@link MemberRegistry} is asked whether the three belong to one active member, and the typed mobile
 * number must be the one the registry holds for that member ({@link RegistryPhone}). Every mismatch (a number other
 * than the registry's included), and a KPJ that already has an account, get one and the same message. The
 * registry's phone and email are told of every account made for their KPJ. The account is made through the user profile and
 * filled by {@link NewMemberAccount}. Replaces Keycloak's "Registration User Profile Creation" in the registration
 * form; a form action that is its own factory, as Keycloak's {@code RegistrationTermsAndConditions}.
 */
public class MemberRegistration implements FormAction, FormActionFactory {

    public static final String PROVIDER_ID = "bpjstk-member-registration";

    /** The SPI of form actions, whose scope holds this provider's server settings. */
    static final String SPI = "form-action";

    private static final String MATCH_NAME = "bpjstk.registration.name";
    private static final String MATCH_CATEGORY = "bpjstk.registration.category";
    private static final String MATCH_EMAIL = "bpjstk.registration.email";
    static final String CREATED_NOTICE = "registrationAccountCreatedNotice";
    private static final String MEMBERSHIP_NUMBER_DETAIL = "membership_number";

    // ---- the form action ----------------------------------------------------------------------------------------

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        context.getEvent().detail(Details.REGISTER_METHOD, "form");
        RegistrationForm answer = RegistrationForm.read(form, Jakarta.today());
        if (!answer.isUsable()) {
            refuse(context, form, Errors.INVALID_REGISTRATION, answer.errors());
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        MemberRegistry registry = session.getProvider(MemberRegistry.class);
        if (registry.nikHash().isEmpty()) {
            // without the key no NIK could be kept: nothing is checked or created
            refuse(context, form, "registration_not_configured", List.of(new FormMessage(null, "registrationUnavailable")));
            return;
        }

        String kpj = answer.kpj();
        context.getEvent().detail(MEMBERSHIP_NUMBER_DETAIL, Masking.kpj(kpj));
        IdentityCheckThrottle throttle = new IdentityCheckThrottle(session, realm,
                IdentityCheckThrottle.Limits.from(context.getAuthenticatorConfig()));
        IdentityCheckThrottle.Reservation check = throttle.reserve(kpj, context.getConnection().getRemoteAddr());
        switch (check.state()) {
            case KPJ_BLOCKED -> {
                refuse(context, form, "registration_blocked", List.of(new FormMessage(null, "registrationKpjBlocked")));
                return;
            }
            case ADDRESS_REFUSED -> {
                refuse(context, form, "registration_throttled", List.of(new FormMessage(null, "registrationTooManyAttempts")));
                return;
            }
            case OPEN, SLOW -> {
            }
        }

        MemberRegistry.Verification verification = registry.verify(kpj, answer.nik(), answer.birthDate());
        if (verification instanceof MemberRegistry.Unavailable) {
            throttle.passed(check);
            refuse(context, form, "registry_unavailable", List.of(new FormMessage(null, "registrationUnavailable")));
            return;
        }
        // looked up whatever the registry said, so that a right KPJ + NIK + birth date with a wrong number is no faster
        UserModel existing = MemberAttributes.accountOf(session, realm, kpj);
        if (verification instanceof MemberRegistry.Match && existing != null) {
            throttle.passed(check);
            if (firstNoticeThisHour(context, kpj, "attempt")) {
                MemberNotices notices = new MemberNotices(session, realm);
                notices.sms(existing, existing.getFirstAttribute(MemberAttributes.PHONE_NUMBER), OutgoingMessage.Purpose.NOTICE, "registrationAttemptNotice");
                notices.email(existing, OutgoingMessage.Purpose.NOTICE, "registrationAttemptNotice");
            }
            refuse(context, form, Errors.USERNAME_IN_USE, List.of(new FormMessage(null, "registrationIdentityMismatch")));
            return;
        }
        // the code goes only to the registry's number for this KPJ: another number is one more mismatch, answered alike
        if (!(verification instanceof MemberRegistry.Match match) || !RegistryPhone.isOnRecord(match, answer.phoneNumber())) {
            if (throttle.failed(check)) {
                context.newEvent().event(EventType.REGISTER_ERROR)
                        .detail(MEMBERSHIP_NUMBER_DETAIL, Masking.kpj(kpj)).error("registration_kpj_blocked");
                BlockedKpjNotice.send(session, realm, kpj);
            }
            refuse(context, form, "identity_mismatch", List.of(new FormMessage(null, "registrationIdentityMismatch")));
            return;
        }
        throttle.passed(check);

        try {
            profile(context, answer).validate();
        } catch (ValidationException e) {
            List<FormMessage> profileErrors = Validation.getFormErrorsFromValidation(e.getErrors());
            refuse(context, form, e.hasError(Messages.EMAIL_EXISTS) ? Errors.EMAIL_IN_USE : Errors.INVALID_REGISTRATION, profileErrors);
            return;
        }
        context.getAuthenticationSession().setAuthNote(MATCH_NAME, match.name());
        context.getAuthenticationSession().setAuthNote(MATCH_CATEGORY, match.participantCategory() == null ? "" : match.participantCategory());
        context.getAuthenticationSession().setAuthNote(MATCH_EMAIL, match.email() == null ? "" : match.email());
        context.success();
    }

    @Override
    public void success(FormContext context) {
        RegistrationForm answer = RegistrationForm.read(context.getHttpRequest().getDecodedFormParameters(), Jakarta.today());
        String name = context.getAuthenticationSession().getAuthNote(MATCH_NAME);
        String category = context.getAuthenticationSession().getAuthNote(MATCH_CATEGORY);
        String registryEmail = context.getAuthenticationSession().getAuthNote(MATCH_EMAIL);
        NikHash nikHash = context.getSession().getProvider(MemberRegistry.class).nikHash()
                .orElseThrow(() -> new IllegalStateException("the NIK hash key is not configured"));

        UserModel user = profile(context, answer).create();
        NewMemberAccount.fill(user, context.getRealm(), answer, name, category, nikHash);
        context.getAuthenticationSession().removeAuthNote(MATCH_NAME);
        context.getAuthenticationSession().removeAuthNote(MATCH_CATEGORY);
        context.getAuthenticationSession().removeAuthNote(MATCH_EMAIL);
        tellTheRegistrysContacts(context, user, answer, registryEmail);

        context.setUser(user);
        context.getAuthenticationSession().setClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM, answer.kpj());
        String masked = Masking.kpj(answer.kpj());
        context.getEvent().user(user).detail(Details.USERNAME, masked).detail(MEMBERSHIP_NUMBER_DETAIL, masked).success();
    }

    /**
     * The registry's phone (the account's now) and the registry's email hear that an account was made for their KPJ,
     * so that an owner whose identity data leaked learns of it at once.
     */
    private static void tellTheRegistrysContacts(FormContext context, UserModel user, RegistrationForm answer, String registryEmail) {
        MemberNotices notices = new MemberNotices(context.getSession(), context.getRealm());
        String when = MemberNotices.wib(Instant.ofEpochMilli(Time.currentTimeMillis()));
        String kpj = Masking.kpj(answer.kpj());
        notices.sms(user, answer.phoneNumber(), OutgoingMessage.Purpose.NOTICE, CREATED_NOTICE, when, kpj);
        if (registryEmail != null && !registryEmail.isBlank()) {
            notices.emailTo(user, registryEmail, OutgoingMessage.Purpose.NOTICE, CREATED_NOTICE, when, kpj);
        }
    }

    private static UserProfile profile(FormContext context, RegistrationForm answer) {
        return context.getSession().getProvider(UserProfileProvider.class).create(UserProfileContext.REGISTRATION,
                Map.of(UserModel.USERNAME, answer.kpj(), UserModel.EMAIL, answer.email()));
    }

    private static void refuse(ValidationContext context, MultivaluedMap<String, String> form, String error, List<FormMessage> errors) {
        // the page never shows the NIK back; the password fields are the password action's business
        form.remove(FormFields.NIK);
        context.error(error);
        context.validationError(form, errors);
        context.excludeOtherErrors();
    }

    /** Notices of one kind go to a KPJ's owner at most once an hour, whoever keeps trying. */
    private static boolean firstNoticeThisHour(FormContext context, String kpj, String kind) {
        return context.getSession().singleUseObjects()
                .putIfAbsent("bpjstk-registration-notice:" + context.getRealm().getId() + ":" + kind + ":" + kpj, 3600);
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

    // ---- the factory ----------------------------------------------------------------------------------------------

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public FormAction create(KeycloakSession session) {
        return this;
    }

    /** The registry and the NIK key are the member registry's settings now: the old ones here stop the server. */
    @Override
    public void init(Config.Scope config) {
        RetiredSettings.refuse(config::get);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getDisplayType() {
        return "BPJSTK member registration";
    }

    @Override
    public String getHelpText() {
        return "Checks KPJ, NIK and birth date against the member registry and creates the member's account.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IdentityCheckThrottle.Limits.CONFIG_PROPERTIES;
    }
}

package id.bpjstk.idp.registration;

import id.bpjstk.member.Nik;
import id.bpjstk.member.IndonesianMobileNumber;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.Config;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
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

import id.bpjstk.idp.mapper.MemberAttributes;
import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.idp.registry.NikHash;
import id.bpjstk.idp.otp.MemberNotices;
import id.bpjstk.idp.otp.sender.OutgoingMessage;

/**
 * Registration of a member who is already a participant: KPJ, NIK, birth date, email and mobile number on the
 * registration page. The NIK's structure is checked first; then the registry is asked whether the three belong to
 * one active member. Every mismatch, and a KPJ that already has an account, get one and the same message. Failed
 * checks are throttled per KPJ and per client address. The account is made through the user profile, with the
 * registry's name, the KPJ as username, the NIK only as a keyed hash, and the phone and email still to be verified
 * (required actions). Replaces Keycloak's "Registration User Profile Creation" in the registration form.
 */
public class MemberRegistration implements FormAction, FormActionFactory {

    public static final String PROVIDER_ID = "bpjstk-member-registration";

    static final String FIELD_KPJ = "username";
    static final String FIELD_NIK = "nik";
    static final String FIELD_BIRTH_DATE = "birthDate";
    static final String FIELD_EMAIL = "email";
    static final String FIELD_PHONE = "phoneNumber";

    /** The SPI of form actions, whose scope holds this provider's server settings. */
    static final String SPI = "form-action";

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String MATCH_NAME = "bpjstk.registration.name";
    private static final String MATCH_CATEGORY = "bpjstk.registration.category";
    private static final String VERIFY_PHONE_ACTION = "bpjstk-verify-phone";

    // ---- the form action ----------------------------------------------------------------------------------------

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        context.getEvent().detail(Details.REGISTER_METHOD, "form");
        LocalDate today = LocalDate.now(JAKARTA);
        List<FormMessage> errors = new ArrayList<>();

        String kpj = form.getFirst(FIELD_KPJ);
        if (!MemberAttributes.isMembershipNumber(kpj)) {
            errors.add(new FormMessage(FIELD_KPJ, "registrationKpjInvalid"));
        }
        Nik.Result nik = Nik.parse(form.getFirst(FIELD_NIK), today);
        if (nik instanceof Nik.Invalid invalid) {
            errors.add(new FormMessage(FIELD_NIK, nikMessage(invalid.reason())));
        }
        LocalDate birthDate = birthDate(form.getFirst(FIELD_BIRTH_DATE), today, errors);
        Optional<String> phone = IndonesianMobileNumber.normalise(form.getFirst(FIELD_PHONE));
        if (phone.isEmpty()) {
            errors.add(new FormMessage(FIELD_PHONE, "registrationPhoneInvalid"));
        }
        if (Validation.isBlank(form.getFirst(FIELD_EMAIL))) {
            errors.add(new FormMessage(FIELD_EMAIL, Messages.MISSING_EMAIL));
        }
        if (!errors.isEmpty()) {
            refuse(context, form, Errors.INVALID_REGISTRATION, errors);
            return;
        }
        MemberRegistry registry = context.getSession().getProvider(MemberRegistry.class);
        if (registry.nikHash().isEmpty()) {
            // without the key no NIK could be kept: nothing is checked or created
            refuse(context, form, "registration_not_configured", List.of(new FormMessage(null, "registrationUnavailable")));
            return;
        }

        String address = context.getConnection().getRemoteAddr();
        IdentityCheckThrottle throttle = new IdentityCheckThrottle(context.getSession(), context.getRealm(),
                IdentityCheckThrottle.Limits.from(context.getAuthenticatorConfig()));
        context.getEvent().detail("membership_number", Kpj.mask(kpj));
        IdentityCheckThrottle.Reservation check = throttle.reserve(kpj, address);
        switch (check.state()) {
            case KPJ_BLOCKED -> {
                refuse(context, form, "registration_blocked", List.of(new FormMessage(null, "registrationKpjBlocked")));
                return;
            }
            case ADDRESS_REFUSED -> {
                refuse(context, form, "registration_throttled", List.of(new FormMessage(null, "registrationTooManyAttempts")));
                return;
            }
            case SLOW -> slowDown();
            case OPEN -> {
            }
        }

        MemberRegistry.Verification verification = registry.verify(kpj, form.getFirst(FIELD_NIK), birthDate);
        if (verification instanceof MemberRegistry.NoMatch) {
            if (throttle.failed(check)) {
                context.newEvent().event(org.keycloak.events.EventType.REGISTER_ERROR)
                        .detail("membership_number", Kpj.mask(kpj)).error("registration_kpj_blocked");
                kpjBlocked(context.getSession(), context.getRealm(), kpj);
            }
            refuse(context, form, "identity_mismatch", List.of(new FormMessage(null, "registrationIdentityMismatch")));
            return;
        }
        throttle.passed(check);
        if (verification instanceof MemberRegistry.Unavailable) {
            refuse(context, form, "registry_unavailable", List.of(new FormMessage(null, "registrationUnavailable")));
            return;
        }
        MemberRegistry.Match match = (MemberRegistry.Match) verification;
        UserModel existing = existingAccount(context.getSession(), context.getRealm(), kpj);
        if (existing != null) {
            if (firstNoticeThisHour(context, kpj, "attempt")) {
                MemberNotices notices = new MemberNotices(context.getSession(), context.getRealm());
                notices.sms(existing, existing.getFirstAttribute("phoneNumber"), OutgoingMessage.Purpose.NOTICE, "registrationAttemptNotice");
                notices.email(existing, OutgoingMessage.Purpose.NOTICE, "registrationAttemptNotice");
            }
            refuse(context, form, Errors.USERNAME_IN_USE, List.of(new FormMessage(null, "registrationIdentityMismatch")));
            return;
        }

        try {
            profile(context, kpj, form.getFirst(FIELD_EMAIL)).validate();
        } catch (ValidationException e) {
            List<FormMessage> profileErrors = Validation.getFormErrorsFromValidation(e.getErrors());
            refuse(context, form, e.hasError(Messages.EMAIL_EXISTS) ? Errors.EMAIL_IN_USE : Errors.INVALID_REGISTRATION, profileErrors);
            return;
        }
        context.getAuthenticationSession().setAuthNote(MATCH_NAME, match.name());
        context.getAuthenticationSession().setAuthNote(MATCH_CATEGORY, match.participantCategory() == null ? "" : match.participantCategory());
        context.success();
    }

    @Override
    public void success(FormContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        RealmModel realm = context.getRealm();
        String kpj = form.getFirst(FIELD_KPJ);
        String name = context.getAuthenticationSession().getAuthNote(MATCH_NAME);
        String category = context.getAuthenticationSession().getAuthNote(MATCH_CATEGORY);

        UserModel user = profile(context, kpj, form.getFirst(FIELD_EMAIL)).create();
        user.setEnabled(true);
        int space = name.indexOf(' ');
        user.setFirstName(space < 0 ? name : name.substring(0, space));
        user.setLastName(space < 0 ? null : name.substring(space + 1));
        user.setSingleAttribute(MemberAttributes.MEMBERSHIP_NUMBER, kpj);
        if (MemberAttributes.isParticipantCategory(category)) {
            user.setSingleAttribute(MemberAttributes.PARTICIPANT_CATEGORY, category);
        }
        user.setSingleAttribute("phoneNumber", IndonesianMobileNumber.normalise(form.getFirst(FIELD_PHONE)).orElseThrow());
        user.setSingleAttribute("phoneNumberVerified", "false");
        NikHash nikHash = context.getSession().getProvider(MemberRegistry.class).nikHash()
                .orElseThrow(() -> new IllegalStateException("the NIK hash key is not configured"));
        user.setSingleAttribute(MemberAttributes.NIK_HASH, nikHash.of(form.getFirst(FIELD_NIK)));
        RoleModel member = realm.getRole("member");
        if (member != null) {
            user.grantRole(member);
        }
        user.addRequiredAction(VERIFY_PHONE_ACTION);
        user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        context.getAuthenticationSession().removeAuthNote(MATCH_NAME);
        context.getAuthenticationSession().removeAuthNote(MATCH_CATEGORY);

        context.setUser(user);
        context.getAuthenticationSession().setClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM, kpj);
        context.getEvent().user(user).detail(Details.USERNAME, Kpj.mask(kpj)).detail("membership_number", Kpj.mask(kpj)).success();
    }

    private UserProfile profile(FormContext context, String kpj, String email) {
        return context.getSession().getProvider(UserProfileProvider.class).create(UserProfileContext.REGISTRATION,
                Map.of(UserModel.USERNAME, kpj, UserModel.EMAIL, email == null ? "" : email.trim()));
    }

    private static void refuse(ValidationContext context, MultivaluedMap<String, String> form, String error, List<FormMessage> errors) {
        // the page never shows the NIK back; the password fields are the password action's business
        form.remove(FIELD_NIK);
        context.error(error);
        context.validationError(form, errors);
        context.excludeOtherErrors();
    }

    /**
     * The KPJ was just blocked from identity checks (by registration or by password recovery, which share the
     * throttle): a notice to its owner, by the account's channels or else the registry's phone number.
     */
    static void kpjBlocked(KeycloakSession session, RealmModel realm, String kpj) {
        MemberNotices notices = new MemberNotices(session, realm);
        UserModel owner = existingAccount(session, realm, kpj);
        if (owner != null) {
            notices.sms(owner, owner.getFirstAttribute("phoneNumber"), OutgoingMessage.Purpose.NOTICE, "registrationBlockedNotice");
            notices.email(owner, OutgoingMessage.Purpose.NOTICE, "registrationBlockedNotice");
        } else {
            session.getProvider(MemberRegistry.class).contact(kpj).ifPresent(contact ->
                    notices.sms(null, contact.phoneNumber(), OutgoingMessage.Purpose.NOTICE, "registrationBlockedNotice"));
        }
    }

    /** Notices of one kind go to a KPJ's owner at most once an hour, whoever keeps trying. */
    private static boolean firstNoticeThisHour(FormContext context, String kpj, String kind) {
        return context.getSession().singleUseObjects()
                .putIfAbsent("bpjstk-registration-notice:" + context.getRealm().getId() + ":" + kind + ":" + kpj, 3600);
    }

    private static UserModel existingAccount(KeycloakSession session, RealmModel realm, String kpj) {
        UserModel byUsername = session.users().getUserByUsername(realm, kpj);
        if (byUsername != null) {
            return byUsername;
        }
        return session.users().searchForUserByUserAttributeStream(realm, MemberAttributes.MEMBERSHIP_NUMBER, kpj)
                .findFirst().orElse(null);
    }

    private static LocalDate birthDate(String value, LocalDate today, List<FormMessage> errors) {
        if (Validation.isBlank(value)) {
            errors.add(new FormMessage(FIELD_BIRTH_DATE, "registrationBirthDateInvalid"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(today)) {
                errors.add(new FormMessage(FIELD_BIRTH_DATE, "registrationBirthDateFuture"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FormMessage(FIELD_BIRTH_DATE, "registrationBirthDateInvalid"));
            return null;
        }
    }

    static String nikMessage(Nik.Reason reason) {
        return switch (reason) {
            case MISSING, NOT_SIXTEEN_DIGITS -> "registrationNikDigits";
            case UNKNOWN_PROVINCE -> "registrationNikProvince";
            case INVALID_REGENCY, INVALID_DISTRICT -> "registrationNikRegion";
            case INVALID_BIRTH_DAY, INVALID_BIRTH_MONTH, IMPOSSIBLE_BIRTH_DATE, BIRTH_DATE_IN_FUTURE -> "registrationNikBirthDate";
            case ZERO_SERIAL -> "registrationNikSerial";
        };
    }

    /** Past the slow-down threshold, each further check from the address waits a little. */
    static void slowDown() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        return MemberIdentityCheck.THROTTLE_PROPERTIES;
    }
}

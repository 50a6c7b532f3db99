package id.bpjstk.portal.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import id.bpjstk.member.Masking;
import id.bpjstk.portal.client.Account;
import id.bpjstk.portal.client.AccountApi;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.ServiceException;
import id.bpjstk.portal.session.AccountActions;
import id.bpjstk.portal.session.ActionOutcomes;
import id.bpjstk.portal.session.ActionOutcomes.Outcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * {@code /security}, for everyone who signs in (members and staff): her sessions and devices, with any other one to
 * end; how she signs in (password, SMS two-step verification, authenticator apps, passkeys), with the changes Keycloak
 * makes on its own pages ({@link AccountActions}); and her recent sign-in activity. Everything comes from Keycloak's
 * account API and the extension's {@code bpjstk-account} resource, called with her own access token; a part Keycloak
 * does not give in time is shown unavailable and the rest still shows.
 */
@Path("/security")
@Authenticated
public class SecurityPage {

    private static final Logger LOG = Logger.getLogger(SecurityPage.class);

    /** How the page names Keycloak when a part is unavailable. */
    static final String SSO = "BPJSTK SSO";
    /** The user attribute, and its value, of SMS two-step verification (the extension's {@code TwoStep}). */
    static final String TWO_STEP_ATTRIBUTE = "twoStepVerification";
    static final String TWO_STEP_SMS = "sms";
    static final String PHONE_ATTRIBUTE = "phoneNumber";
    static final String PASSWORD = "password";
    static final String OTP = "otp";
    static final String PASSKEY = "webauthn-passwordless";
    /** What Keycloak's device detection says when it cannot tell. */
    private static final Set<String> UNKNOWN = Set.of("Other", "Unknown", "");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance security(Security security);
    }

    /** One session: the browser and system it runs on, where from, since when, the applications used in it. */
    public record SessionLine(String id, String browser, String system, String ipAddress, Instant started,
            Instant lastAccess, List<Account.Client> apps, boolean current) {

        /** The id of the cell that names the device, which the row's button refers to. */
        public String deviceCellId() {
            return "session-" + id;
        }
    }

    /** One credential of hers: an authenticator app, a passkey, the password. */
    public record Method(String id, String label, Instant created) {
    }

    /** How she signs in. {@code password} is null when she has none; {@code maskedPhone} is null without a number. */
    public record SignInMethods(Method password, boolean smsTwoStep, String maskedPhone, List<Method> apps,
            List<Method> passkeys) {

        public boolean hasPhone() {
            return maskedPhone != null;
        }

        /** The ids of the credentials she may remove here (apps and passkeys; never the password). */
        boolean removable(String id) {
            return id != null && (apps.stream().anyMatch(m -> id.equals(m.id())) || passkeys.stream().anyMatch(m -> id.equals(m.id())));
        }
    }

    /** One line of her recent activity. */
    public record ActivityLine(String kind, Instant time, String clientId, String ipAddress, String method) {
    }

    /** An application she allowed to see some of her data: its name, what it may see, since when. */
    public record PartnerAccess(String clientId, String name, List<String> scopes, Instant since) {
    }

    /** A notice of what the last form did. */
    public enum Notice {
        SESSION_ENDED, SESSION_GONE, ACTION_REFUSED, CONSENT_REVOKED
    }

    /** What the page shows. */
    public record Security(Parts<List<SessionLine>> sessions, Parts<SignInMethods> methods, Parts<List<ActivityLine>> activity,
            Parts<List<PartnerAccess>> partners, Notice notice, Outcome outcome) {

        /** A notice that something was done, rather than refused. */
        public boolean noticeIsGood() {
            return notice == Notice.SESSION_ENDED || notice == Notice.CONSENT_REVOKED;
        }
    }

    @Inject
    @RestClient
    AccountApi account;

    @Inject
    MemberToken token;

    @Inject
    AccountActions actions;

    @Inject
    ActionOutcomes outcomes;

    @Inject
    Viewer viewer;

    @ConfigProperty(name = "portal.security-timeout")
    Duration timeout;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam(ActionOutcomes.OUTCOME) String outcome, @QueryParam("notice") String notice) {
        Notice shown = "ended".equals(notice) ? Notice.SESSION_ENDED : "revoked".equals(notice) ? Notice.CONSENT_REVOKED : null;
        return Templates.security(load(shown, outcomes.open(outcome).orElse(null)));
    }

    /**
     * "Akhiri sesi ini": ends one of her other sessions at Keycloak, which signs that browser out of every application
     * (the portal's own session there ends by back-channel logout). Her current session is ended by signing out.
     */
    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response endSession(@FormParam("session") String id) {
        String bearer = token.bearer();
        Optional<SessionLine> session = sessions(await(account.devices(bearer))).stream()
                .filter(line -> line.id().equals(id)).findFirst();
        if (session.isEmpty()) {
            return page(409, Notice.SESSION_GONE);
        }
        if (session.get().current()) {
            return Response.seeOther(URI.create("/logout")).build();
        }
        try {
            account.endSession(bearer, id);
        } catch (ServiceException e) {
            if (e.isNotFound()) {
                return page(409, Notice.SESSION_GONE);
            }
            throw e;
        }
        LOG.info("Session ended from the security page by its owner");
        return Response.seeOther(URI.create(AccountActions.PATH + "?notice=ended")).build();
    }

    /**
     * "Cabut izin": withdraws what she allowed a partner application. Keycloak ends that application's sessions and
     * refresh tokens with it, and asks her again the next time the application signs her in. Only an application she
     * has allowed can be named; anything else changes nothing.
     */
    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response revokeConsent(@FormParam("client") String clientId) {
        String bearer = token.bearer();
        boolean allowed = partners(await(account.applications(bearer)), null).stream()
                .anyMatch(partner -> partner.clientId().equals(clientId));
        if (!allowed) {
            return page(409, Notice.ACTION_REFUSED);
        }
        account.revokeConsent(bearer, clientId);
        LOG.info("A partner's consent withdrawn from the security page by its owner");
        return Response.seeOther(URI.create(AccountActions.PATH + "?notice=revoked")).build();
    }

    /**
     * Starts a change of how she signs in on Keycloak's pages: {@code action} is one of the changes the page offers,
     * {@code credential} the app or passkey to remove. Anything else, or a change that does not apply to her (an app
     * that is not hers, SMS two-step already on or without a phone), changes nothing.
     */
    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response startAction(@FormParam("action") String action, @FormParam("credential") String credential) {
        String kcAction = keycloakAction(action, credential);
        if (kcAction == null) {
            return page(400, Notice.ACTION_REFUSED);
        }
        return actions.begin(kcAction);
    }

    private String keycloakAction(String action, String credential) {
        if (action == null) {
            return null;
        }
        switch (action) {
            case AccountActions.CONFIGURE_TOTP, AccountActions.UPDATE_PASSWORD, AccountActions.REGISTER_PASSKEY:
                return action;
            case AccountActions.ENABLE_SMS_TWO_STEP: {
                SignInMethods methods = currentMethods();
                return !methods.smsTwoStep() && methods.hasPhone() ? action : null;
            }
            case AccountActions.DELETE_CREDENTIAL: {
                String removal = AccountActions.DELETE_CREDENTIAL + ":" + credential;
                return AccountActions.isAllowed(removal) && currentMethods().removable(credential) ? removal : null;
            }
            default:
                return null;
        }
    }

    private SignInMethods currentMethods() {
        String bearer = token.bearer();
        CompletionStage<Account.User> user = account.user(bearer);
        return methods(await(user), await(account.credentials(bearer)));
    }

    private Response page(int status, Notice notice) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.security(load(notice, null))).build();
    }

    private Security load(Notice notice, Outcome outcome) {
        String bearer = token.bearer();
        long deadline = Parts.deadline(timeout);
        CompletionStage<List<Account.Device>> devices = account.devices(bearer);
        CompletionStage<Account.User> user = account.user(bearer);
        CompletionStage<List<Account.CredentialType>> credentials = account.credentials(bearer);
        CompletionStage<Account.Activity> activity = account.activity(bearer);
        CompletionStage<List<Account.Application>> applications = account.applications(bearer);
        PartnerScopes words = new PartnerScopes(Words.of(viewer));
        return new Security(
                Parts.await(devices.thenApply(SecurityPage::sessions), deadline, SSO),
                Parts.await(user.thenCombine(credentials, SecurityPage::methods), deadline, SSO),
                Parts.await(activity.thenApply(SecurityPage::activity), deadline, SSO),
                Parts.await(applications.thenApply(apps -> partners(apps, words)), deadline, SSO),
                notice, outcome);
    }

    private <T> T await(CompletionStage<T> call) {
        try {
            return call.toCompletableFuture().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new jakarta.ws.rs.ProcessingException("Keycloak did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Her sessions, this one first, then the most recently used. */
    static List<SessionLine> sessions(List<Account.Device> devices) {
        List<SessionLine> lines = new ArrayList<>();
        for (Account.Device device : devices == null ? List.<Account.Device>of() : devices) {
            for (Account.Session session : device.sessions() == null ? List.<Account.Session>of() : device.sessions()) {
                lines.add(new SessionLine(session.id(), browser(session.browser() != null ? session.browser() : device.browser()),
                        system(device.os(), device.osVersion()), session.ipAddress(), Instant.ofEpochSecond(session.started()),
                        Instant.ofEpochSecond(session.lastAccess()), session.clients() == null ? List.of() : session.clients(),
                        Boolean.TRUE.equals(session.current())));
            }
        }
        lines.sort(Comparator.comparing(SessionLine::current).reversed().thenComparing(SessionLine::lastAccess, Comparator.reverseOrder()));
        return lines;
    }

    /** {@code Chrome/120.0.6099} as {@code Chrome 120.0.6099}; null when Keycloak could not tell. */
    static String browser(String detected) {
        if (detected == null || UNKNOWN.contains(detected.strip())) {
            return null;
        }
        return detected.replace('/', ' ').strip();
    }

    static String system(String os, String version) {
        if (os == null || UNKNOWN.contains(os.strip())) {
            return null;
        }
        return version == null || UNKNOWN.contains(version.strip()) ? os : os + " " + version;
    }

    static SignInMethods methods(Account.User user, List<Account.CredentialType> types) {
        Method password = null;
        List<Method> apps = new ArrayList<>();
        List<Method> passkeys = new ArrayList<>();
        for (Account.CredentialType type : types == null ? List.<Account.CredentialType>of() : types) {
            for (Account.CredentialMetadata metadata : type.userCredentialMetadatas() == null
                    ? List.<Account.CredentialMetadata>of() : type.userCredentialMetadatas()) {
                Account.Credential credential = metadata.credential();
                if (credential == null) {
                    continue;
                }
                Method method = new Method(credential.id(), credential.userLabel(),
                        credential.createdDate() == null ? null : Instant.ofEpochMilli(credential.createdDate()));
                switch (type.type()) {
                    case PASSWORD -> password = method;
                    case OTP -> apps.add(method);
                    case PASSKEY -> passkeys.add(method);
                    default -> {
                        // a kind the realm does not offer members (recovery codes, second-factor WebAuthn): not shown
                    }
                }
            }
        }
        String phone = user.attribute(PHONE_ATTRIBUTE);
        return new SignInMethods(password, TWO_STEP_SMS.equals(user.attribute(TWO_STEP_ATTRIBUTE)),
                phone == null || phone.isBlank() ? null : Masking.phone(phone), apps, passkeys);
    }

    /** The applications she allowed (those with a consent), each scope in words when {@code words} is given. */
    static List<PartnerAccess> partners(List<Account.Application> applications, PartnerScopes words) {
        List<PartnerAccess> partners = new ArrayList<>();
        for (Account.Application app : applications == null ? List.<Account.Application>of() : applications) {
            if (app.consent() == null || app.clientId() == null) {
                continue;
            }
            List<String> scopes = app.consent().grantedScopes() == null ? List.of() : app.consent().grantedScopes().stream()
                    .map(Account.GrantedScope::name).filter(java.util.Objects::nonNull)
                    .map(name -> words == null ? name : words.of(name)).toList();
            Long since = app.consent().createdDate();
            partners.add(new PartnerAccess(app.clientId(), app.clientName() == null || app.clientName().isBlank()
                    ? app.clientId() : app.clientName(), scopes, since == null ? null : Instant.ofEpochMilli(since)));
        }
        return partners;
    }

    /**
     * A partner's scopes in the page's words. Keycloak's account API names a granted scope by its consent-screen text
     * (the message key, {@code ${balancesReadScopeConsentText}}) or, without one, by the scope's name: both are known
     * here; anything else is shown as it is, without the key's braces.
     */
    record PartnerScopes(id.bpjstk.portal.i18n.Msg msg) {
        String of(String scope) {
            return switch (scope) {
                case "membership", "${membershipScopeConsentText}" -> msg.security_scope_membership();
                case "balances.read", "${balancesReadScopeConsentText}" -> msg.security_scope_balances();
                case "contributions.read", "${contributionsReadScopeConsentText}" -> msg.security_scope_contributions();
                case "profile", "${profileScopeConsentText}" -> msg.security_scope_profile();
                case "email", "${emailScopeConsentText}" -> msg.security_scope_email();
                case "roles", "${rolesScopeConsentText}" -> msg.security_scope_roles();
                default -> scope.startsWith("${") && scope.endsWith("}") ? scope.substring(2, scope.length() - 1) : scope;
            };
        }
    }

    static List<ActivityLine> activity(Account.Activity activity) {
        if (activity == null || activity.events() == null) {
            return List.of();
        }
        return activity.events().stream().map(entry -> new ActivityLine(entry.kind(), Instant.ofEpochMilli(entry.time()),
                entry.clientId(), entry.ipAddress(), entry.method())).toList();
    }
}

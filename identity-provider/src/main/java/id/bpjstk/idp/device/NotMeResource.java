package id.bpjstk.idp.device;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.util.LocaleUtil;

import id.bpjstk.idp.messaging.MemberNotices;

/**
 * {@code /realms/{realm}/bpjstk-not-me/{key}}: the link of a new-device notice. A GET shows what the sign-in was and a
 * button, and changes nothing, since link previews and mail scanners fetch links on their own. Only the button's POST,
 * carrying the one-time form token that page was made with, locks the account ({@link NotMeLock}) and uses the key up.
 * A key that is used, expired, malformed or of another realm gets a page that says so, and nothing happens. Pages are
 * the login theme's, in the member's language.
 */
public class NotMeResource {

    static final String TEMPLATE = "bpjstk-not-me.ftl";
    static final String TOKEN_FIELD = "token";

    private static final Logger LOG = Logger.getLogger(NotMeResource.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    enum State { CONFIRM, LOCKED, GONE }

    private final KeycloakSession session;

    NotMeResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("key") String key) {
        RealmModel realm = realm();
        if (httpsRequired(realm)) {
            return httpsRequiredPage();
        }
        NotMeLinks links = links();
        Optional<NotMeLinks.SignIn> signIn = links.peek(realm.getId(), key);
        if (signIn.isEmpty()) {
            return gone();
        }
        return confirmation(key, signIn.get(), links, null, Response.Status.OK);
    }

    @POST
    @Path("{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response lock(@PathParam("key") String key) {
        RealmModel realm = realm();
        if (httpsRequired(realm)) {
            return httpsRequiredPage();
        }
        NotMeLinks links = links();
        Optional<NotMeLinks.SignIn> live = links.peek(realm.getId(), key);
        if (live.isEmpty()) {
            return gone();
        }
        String token = session.getContext().getHttpRequest().getDecodedFormParameters().getFirst(TOKEN_FIELD);
        if (!links.takeFormToken(key, token)) {
            // not posted from a page this server made for this link (or the page is too old): nothing happens
            return confirmation(key, live.get(), links, "bpjstkNotMePageExpired", Response.Status.BAD_REQUEST);
        }
        Optional<NotMeLinks.SignIn> taken = links.take(realm.getId(), key);
        UserModel user = taken.map(signIn -> session.users().getUserById(realm, signIn.userId())).orElse(null);
        if (user == null) {
            return gone();
        }
        NotMeLock.lock(session, realm, user, taken.get());
        LOG.infof("user %s locked the account from a new-device notice", user.getId());
        return page(State.LOCKED, user, Response.Status.OK).createForm(TEMPLATE);
    }

    private Response confirmation(String key, NotMeLinks.SignIn signIn, NotMeLinks links, String error, Response.Status status) {
        UserModel user = session.users().getUserById(session.getContext().getRealm(), signIn.userId());
        DeviceLabel label = signIn.label();
        Object[] names = label.parameters();
        LoginFormsProvider form = page(State.CONFIRM, user, status)
                .setAttribute("bpjstkNotMeWhen", MemberNotices.wib(Instant.ofEpochMilli(signIn.time())))
                .setAttribute("bpjstkNotMeDeviceKey", label.messageKey())
                .setAttribute("bpjstkNotMeBrowser", names[0])
                .setAttribute("bpjstkNotMeOs", names[1])
                .setAttribute("bpjstkNotMeAction", session.getContext().getUri().getRequestUri().toString())
                .setAttribute("bpjstkNotMeToken", links.issueFormToken(key));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private Response gone() {
        return page(State.GONE, null, Response.Status.NOT_FOUND).createForm(TEMPLATE);
    }

    private LoginFormsProvider page(State state, UserModel user, Response.Status status) {
        // Keycloak adds the realm's browser security headers (no referrer, no framing, no indexing); the page holds a
        // form token and speaks of the member's sign-in, so no cache keeps it either
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("bpjstkNotMeState", state.name().toLowerCase(Locale.ROOT))
                .setResponseHeader("Cache-Control", "no-store")
                .setStatus(status);
        if (user != null) {
            form.setUser(user); // for the member's language
        }
        return form;
    }

    /** The realm, with the page's language as the language switcher's {@code kc_locale} asks, as on Keycloak's pages. */
    private RealmModel realm() {
        RealmModel realm = session.getContext().getRealm();
        LocaleUtil.processLocaleParam(session, realm, null);
        return realm;
    }

    /** The realm's "require SSL" applies here as on its sign-in pages. */
    private boolean httpsRequired(RealmModel realm) {
        return !"https".equals(session.getContext().getUri().getBaseUri().getScheme())
                && realm.getSslRequired().isRequired(session.getContext().getConnection());
    }

    private Response httpsRequiredPage() {
        return session.getProvider(LoginFormsProvider.class).setError(Messages.HTTPS_REQUIRED).createErrorPage(Response.Status.FORBIDDEN);
    }

    private NotMeLinks links() {
        return new NotMeLinks(session.singleUseObjects(), RANDOM);
    }
}

package id.bpjstk.partner.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import id.bpjstk.partner.client.Balances;
import id.bpjstk.partner.client.MembershipApi;
import id.bpjstk.partner.client.MembershipRefusal;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.json.JsonObject;

/**
 * {@code /account}: her name and KPJ from the ID token and, when her access token was granted {@code balances.read},
 * her JHT balance, fetched here on the server from membership-service with that token. A token without the scope, or
 * the service's 403 {@code insufficient_scope}, says she did not allow it; any other failure, that it is unavailable.
 */
@Path("/account")
@Authenticated
public class AccountPage {

    public static final String BALANCES_SCOPE = "balances.read";

    private static final Logger LOG = Logger.getLogger(AccountPage.class);

    /** The balance part of the page. */
    public record Balance(State state, Balances balances) {

        public enum State {
            SHOWN, NOT_ALLOWED, UNAVAILABLE
        }

        public boolean shown() {
            return state == State.SHOWN;
        }

        public boolean notAllowed() {
            return state == State.NOT_ALLOWED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Balance balance);
    }

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    @RestClient
    MembershipApi membership;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.account(balance());
    }

    private Balance balance() {
        if (!scopes(accessToken.getToken()).contains(BALANCES_SCOPE)) {
            return new Balance(Balance.State.NOT_ALLOWED, null);
        }
        try {
            return new Balance(Balance.State.SHOWN, membership.balances("Bearer " + accessToken.getToken()));
        } catch (MembershipRefusal refusal) {
            LOG.infof("membership-service refused the balance: %s", refusal.getMessage());
            return new Balance(refusal.insufficientScope() ? Balance.State.NOT_ALLOWED : Balance.State.UNAVAILABLE, null);
        } catch (ProcessingException e) {
            LOG.warnf("membership-service did not answer: %s", e.getClass().getSimpleName());
            return new Balance(Balance.State.UNAVAILABLE, null);
        }
    }

    /**
     * The scopes Keycloak granted the access token ({@code scope}). quarkus-oidc verified the token's signature when the
     * session was made ({@code verify-access-token}), so its payload is only read here.
     */
    static Set<String> scopes(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Set.of();
        }
        try {
            JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String scope = payload.getString("scope", "");
            return Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            return Set.of();
        }
    }
}

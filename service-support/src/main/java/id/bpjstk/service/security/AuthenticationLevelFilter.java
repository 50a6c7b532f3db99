package id.bpjstk.service.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RequiresAcr}. Anonymous requests are left to the role check, which answers 401;
 * a signed-in caller whose {@code acr} is too low gets 403 with the RFC 9470 challenge, before the
 * body is read and before anything is written.
 */
public class AuthenticationLevelFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> requireAuthenticationLevel(ResourceInfo resourceInfo) {
        Method method = resourceInfo.getResourceMethod();
        RequiresAcr required = method == null ? null : method.getAnnotation(RequiresAcr.class);
        if (required == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> check(identity, required.value())).replaceWithVoid();
    }

    private static void check(SecurityIdentity identity, String requiredAcr) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        if (!meets(Caller.claimAsString(token, Caller.ACR_CLAIM), requiredAcr)) {
            throw new InsufficientAuthenticationLevelException(requiredAcr);
        }
    }

    /** Levels are small integers as strings; anything unreadable counts as too low. */
    static boolean meets(String acr, String required) {
        if (acr == null) {
            return false;
        }
        try {
            return Integer.parseInt(acr.strip()) >= Integer.parseInt(required);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

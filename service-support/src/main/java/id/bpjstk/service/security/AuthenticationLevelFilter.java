package id.bpjstk.service.security;

import id.bpjstk.service.config.ApiConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RequiresAcr}. Anonymous requests are left to the role check, which answers 401;
 * a signed-in caller whose {@code acr} is too low, or whose level-2 sign-in is older than
 * {@code bpjstk.api.level-2-max-age} (or of unknown age), gets 403 with the RFC 9470 challenge, before the
 * body is read and before anything is written.
 */
public class AuthenticationLevelFilter {

    /** From this level up, a sign-in counts only while it is recent. */
    static final int FIRST_LEVEL_WITH_MAX_AGE = 2;

    @Inject
    CurrentIdentityAssociation identities;

    // lazily: the filter is created before the runtime configuration exists
    @Inject
    Instance<ApiConfig> config;

    @ServerRequestFilter
    public Uni<Void> requireAuthenticationLevel(ResourceInfo resourceInfo) {
        RequiresAcr required = required(resourceInfo);
        if (required == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> check(identity, required.value())).replaceWithVoid();
    }

    /** The method's {@link RequiresAcr}, else its class's. */
    private static RequiresAcr required(ResourceInfo resourceInfo) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        RequiresAcr onMethod = method.getAnnotation(RequiresAcr.class);
        if (onMethod != null) {
            return onMethod;
        }
        Class<?> resource = resourceInfo.getResourceClass() != null ? resourceInfo.getResourceClass()
                : method.getDeclaringClass();
        return resource.getAnnotation(RequiresAcr.class);
    }

    private void check(SecurityIdentity identity, String requiredAcr) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Duration maxAge = maxAgeFor(requiredAcr, config.get().level2MaxAge());
        if (!meets(Caller.claimAsString(token, Caller.ACR_CLAIM), requiredAcr)) {
            throw InsufficientAuthenticationLevelException.levelTooLow(requiredAcr, maxAge);
        }
        if (maxAge == null) {
            return;
        }
        Instant authTime = Caller.authTime(token);
        if (authTime == null) {
            throw InsufficientAuthenticationLevelException.signInTimeUnknown(requiredAcr, maxAge);
        }
        if (!recent(authTime, Instant.now(), maxAge)) {
            throw InsufficientAuthenticationLevelException.signInTooOld(requiredAcr, maxAge);
        }
    }

    /** How recent a sign-in at this level must be: {@code level2MaxAge} from level 2 up, any age below. */
    static Duration maxAgeFor(String requiredAcr, Duration level2MaxAge) {
        try {
            return Integer.parseInt(requiredAcr.strip()) >= FIRST_LEVEL_WITH_MAX_AGE ? level2MaxAge : null;
        } catch (NumberFormatException e) {
            return level2MaxAge;
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

    /** A sign-in exactly {@code maxAge} ago still counts; one a second older does not. */
    static boolean recent(Instant authTime, Instant now, Duration maxAge) {
        return !authTime.plus(maxAge).isBefore(now);
    }
}

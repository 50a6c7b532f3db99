package id.bpjstk.service.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RequiresScope}. Anonymous requests are left to the role check, which answers 401 (and runs before
 * any request filter, so a token without the role gets 403 {@code forbidden} whatever its scopes); a token that lacks
 * the scope gets 403 {@code insufficient_scope} with the RFC 6750 challenge naming it, before the body is read and
 * before anything is written. Runs ahead of {@link AuthenticationLevelFilter}: asking the member to sign in again
 * would not give the client a scope it was not granted.
 */
public class ScopeFilter {

    /** Where the token lists what it was granted: RFC 6749 scope values, separated by spaces. */
    public static final String SCOPE_CLAIM = "scope";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> requireScope(ResourceInfo resourceInfo) {
        RequiresScope required = required(resourceInfo);
        if (required == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> check(identity, required.value())).replaceWithVoid();
    }

    /** The method's {@link RequiresScope}, else its class's. */
    static RequiresScope required(ResourceInfo resourceInfo) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        RequiresScope onMethod = method.getAnnotation(RequiresScope.class);
        if (onMethod != null) {
            return onMethod;
        }
        Class<?> resource = resourceInfo.getResourceClass() != null ? resourceInfo.getResourceClass()
                : method.getDeclaringClass();
        return resource.getAnnotation(RequiresScope.class);
    }

    private static void check(SecurityIdentity identity, String requiredScope) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        if (!grants(token.getClaim(SCOPE_CLAIM), requiredScope)) {
            throw new InsufficientScopeException(requiredScope);
        }
    }

    /**
     * Whether a {@code scope} claim lists the scope as one of its values: whole values only ({@code balances.read}
     * is not granted by {@code balances.readers}), case-sensitive as RFC 6749 says; a claim that is no string grants
     * nothing.
     */
    static boolean grants(Object scopeClaim, String requiredScope) {
        return scopes(scopeClaim).contains(requiredScope);
    }

    /** The scope values of a {@code scope} claim; none when it is absent or not a string. */
    static Set<String> scopes(Object scopeClaim) {
        String value = scopeClaim instanceof JsonString json ? json.getString()
                : scopeClaim instanceof String text ? text : null;
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.strip().split("[ ]+")).collect(Collectors.toUnmodifiableSet());
    }
}

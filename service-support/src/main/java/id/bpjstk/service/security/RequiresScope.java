package id.bpjstk.service.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource method, or every method of the resource class, needs a token that was granted this OAuth scope: one of
 * the space-separated values of its {@code scope} claim ({@code balances.read}, {@code claims.write}, ...); on a method
 * it wins over its class's. The role the operation needs is still checked, first: a scope gives a client part of what
 * the member may do, never more than her roles. Checked by {@link ScopeFilter} before the body is read, and before
 * {@link RequiresAcr} (a stronger sign-in would not grant a scope the client was not given).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresScope {

    String value();
}

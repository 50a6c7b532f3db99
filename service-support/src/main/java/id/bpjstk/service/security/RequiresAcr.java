package id.bpjstk.service.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource method, or every method of the resource class, needs a token whose {@code acr} claim is this level
 * or higher ("1" password, "2" password and one-time code); on a method it wins over its class's. From level 2 up
 * the sign-in must be recent too: its {@code auth_time} at most {@code bpjstk.api.level-2-max-age} ago (RFC 9470
 * {@code max_age}). Checked by {@link AuthenticationLevelFilter} before the body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresAcr {

    String value();
}

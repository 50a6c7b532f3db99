package id.bpjstk.service.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource method needs a token whose {@code acr} claim is this level or higher ("1" password,
 * "2" password and one-time code). Checked by {@link AuthenticationLevelFilter} before the body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresAcr {

    String value();
}

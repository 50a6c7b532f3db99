package id.bpjstk.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Keycloak's error answers to the account calls as {@link ServiceException}s. */
public class AccountErrors implements ResponseExceptionMapper<ServiceException> {

    /** How the error pages and logs name Keycloak. */
    public static final String SERVICE = "keycloak";

    @Override
    public ServiceException toThrowable(Response response) {
        return ServiceErrors.read(SERVICE, response);
    }
}

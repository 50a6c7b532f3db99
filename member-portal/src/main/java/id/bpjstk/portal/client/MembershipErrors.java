package id.bpjstk.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** membership-service's error answers as {@link ServiceException}s. */
public class MembershipErrors implements ResponseExceptionMapper<ServiceException> {

    @Override
    public ServiceException toThrowable(Response response) {
        return ServiceErrors.read("membership-service", response);
    }
}

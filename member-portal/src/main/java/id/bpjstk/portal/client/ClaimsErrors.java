package id.bpjstk.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** claims-service's error answers as {@link ServiceException}s. */
public class ClaimsErrors implements ResponseExceptionMapper<ServiceException> {

    @Override
    public ServiceException toThrowable(Response response) {
        return ServiceErrors.read("claims-service", response);
    }
}

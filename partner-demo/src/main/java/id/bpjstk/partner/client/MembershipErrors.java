package id.bpjstk.partner.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns membership-service's error answers into {@link MembershipRefusal}, reading the challenge, not the body. */
public class MembershipErrors implements ResponseExceptionMapper<MembershipRefusal> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public MembershipRefusal toThrowable(Response response) {
        String challenge = response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        boolean insufficientScope = response.getStatus() == 403 && challenge != null
                && challenge.contains("error=\"insufficient_scope\"");
        return new MembershipRefusal(response.getStatus(), insufficientScope);
    }
}

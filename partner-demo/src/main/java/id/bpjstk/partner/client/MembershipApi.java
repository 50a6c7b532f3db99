package id.bpjstk.partner.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The one call this partner makes to membership-service, with the member's own access token: her balances, which the
 * service answers only to a token granted {@code balances.read}. Error answers arrive as {@link MembershipRefusal}.
 */
@RegisterRestClient(configKey = "membership")
@RegisterProvider(MembershipErrors.class)
@Path("/api/members/me")
public interface MembershipApi {

    @GET
    @Path("/balances")
    Balances balances(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}

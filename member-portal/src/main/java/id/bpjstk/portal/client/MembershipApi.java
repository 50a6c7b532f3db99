package id.bpjstk.portal.client;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * membership-service's member API, called with the member's own access token ({@link MemberToken#bearer()}). Error
 * answers arrive as {@link ServiceException}.
 */
@RegisterRestClient(configKey = "membership")
@RegisterProvider(MembershipErrors.class)
@Path("/api/members/me")
public interface MembershipApi {

    @GET
    CompletionStage<Member> profile(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/balances")
    CompletionStage<Balances> balances(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/contributions")
    CompletionStage<ContributionPage> contributions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
            @QueryParam("size") int size);
}

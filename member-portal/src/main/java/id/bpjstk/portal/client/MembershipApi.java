package id.bpjstk.portal.client;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

    /** The same page of months as {@link #contributions}, waited for: the pages that need every month of a range. */
    @GET
    @Path("/contributions")
    ContributionPage contributionHistory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /**
     * The e-statement of {@code year} as PDF; a year without contributions is 404 {@code statement_not_found}. As bytes,
     * not a stream: the client reads an error's JSON body only when the answer is read whole.
     */
    @GET
    @Path("/statement")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    byte[] statement(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("year") int year);

    /**
     * Replaces address and correspondence email; answers the updated profile. Needs a level-2 sign-in of the last 30
     * minutes: otherwise the {@link ServiceException} says {@link ServiceException#stepUpRequired()}.
     */
    @PUT
    @Path("/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    Member updateContact(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, ContactUpdate contact);
}

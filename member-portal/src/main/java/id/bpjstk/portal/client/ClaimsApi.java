package id.bpjstk.portal.client;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * claims-service's member and officer API, called with the signed-in person's access token
 * ({@link MemberToken#bearer()}). Error answers arrive as {@link ServiceException}.
 */
@RegisterRestClient(configKey = "claims")
@RegisterProvider(ClaimsErrors.class)
@Path("/api")
public interface ClaimsApi {

    @GET
    @Path("/claims")
    CompletionStage<ClaimSummary.Mine> myClaims(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}

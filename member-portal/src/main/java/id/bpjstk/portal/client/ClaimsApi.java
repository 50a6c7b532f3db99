package id.bpjstk.portal.client;

import java.io.InputStream;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

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

    /** The header that makes a repeated {@code POST /api/claims} return the claim the first one made. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/claim-types")
    CompletionStage<ClaimTypes> claimTypes(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    Claim create(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            NewClaim claim);

    @GET
    @Path("/claims/{id}")
    Claim claim(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    /** multipart {@code type} + {@code file}: see {@link id.bpjstk.portal.web.ClaimsPage}. */
    @POST
    @Path("/claims/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Claim.Document upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
            ClientMultipartForm form);

    /** The document's bytes as they arrive (an InputStream is not buffered by the client). */
    @GET
    @Path("/claims/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    InputStream document(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
            @PathParam("documentId") String documentId);

    @POST
    @Path("/claims/{id}/submit")
    Claim submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @POST
    @Path("/claims/{id}/cancel")
    Claim cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @GET
    @Path("/officer/claims")
    ClaimPage queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("status") String status,
            @QueryParam("type") String type, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/officer/claims/{id}")
    Claim officerClaim(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @GET
    @Path("/officer/claims/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    InputStream officerDocument(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
            @PathParam("documentId") String documentId);

    @POST
    @Path("/officer/claims/{id}/verify")
    Claim verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @POST
    @Path("/officer/claims/{id}/approve")
    Claim approve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @POST
    @Path("/officer/claims/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    Claim reject(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id, Rejection rejection);

    @POST
    @Path("/officer/claims/{id}/pay")
    Claim pay(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);
}

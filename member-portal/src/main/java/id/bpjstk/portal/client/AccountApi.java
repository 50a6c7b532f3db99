package id.bpjstk.portal.client;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Keycloak's account API of the realm and the extension's {@code bpjstk-account} resource beside it, called on the
 * server with the signed-in person's own access token ({@link MemberToken#bearer()}): member-web's tokens carry the
 * audience {@code account} and the role {@code manage-account} for this. Error answers arrive as
 * {@link ServiceException}s of service {@code keycloak}.
 */
@RegisterRestClient(configKey = "keycloak-account")
@RegisterProvider(AccountErrors.class)
@Produces(MediaType.APPLICATION_JSON)
public interface AccountApi {

    @GET
    @Path("/account/")
    CompletionStage<Account.User> user(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/account/sessions/devices")
    CompletionStage<List<Account.Device>> devices(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Ends one of her sessions (and with it its refresh tokens); Keycloak tells its applications by back-channel. */
    @DELETE
    @Path("/account/sessions/{id}")
    void endSession(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @GET
    @Path("/account/credentials")
    CompletionStage<List<Account.CredentialType>> credentials(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/bpjstk-account/activity")
    CompletionStage<Account.Activity> activity(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/account/applications")
    CompletionStage<List<Account.Application>> applications(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** Withdraws what she allowed an application; Keycloak ends its sessions and refresh tokens with it. */
    @DELETE
    @Path("/account/applications/{clientId}/consent")
    void revokeConsent(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("clientId") String clientId);
}

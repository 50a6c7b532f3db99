package id.bpjstk.membership.api;

import id.bpjstk.member.Kpj;
import id.bpjstk.membership.service.MemberService;
import id.bpjstk.service.api.ErrorResponse;
import id.bpjstk.service.security.Caller;
import id.bpjstk.service.security.RequiresAcr;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registry look-ups for staff: role operator, signed in with password and one-time code in the last 30 minutes. */
@Path("/api/operator/members")
@RolesAllowed("operator")
@RequiresAcr("2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator", description = "Registry look-ups for staff (role operator, acr 2)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "403", description = "No operator role (forbidden), or no sign-in with password and "
        + "one-time code in the last 30 minutes (insufficient_user_authentication, with WWW-Authenticate: Bearer "
        + "error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class OperatorResource {

    private final Caller caller;
    private final MemberService members;

    OperatorResource(Caller caller, MemberService members) {
        this.caller = caller;
        this.members = members;
    }

    @GET
    @Path("/{kpj}")
    @Operation(summary = "A member's record and balances")
    @APIResponseSchema(value = OperatorMemberResponse.class, responseDescription = "The member and balances")
    @APIResponse(responseCode = "400", description = "The KPJ is not 11 digits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public OperatorMemberResponse member(
            @PathParam("kpj") @Pattern(regexp = Kpj.PATTERN, message = "must be 11 digits") String kpj) {
        return OperatorMemberResponse.from(members.overview(kpj, caller.subject()));
    }
}

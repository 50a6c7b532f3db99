package id.bpjstk.claims.api;

import id.bpjstk.claims.service.EligibilityService;
import id.bpjstk.service.api.ErrorResponse;
import id.bpjstk.service.security.RequiresScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claim-types")
@RolesAllowed("member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member claims", description = "The signed-in member's benefit claims (role member)")
@SecurityRequirement(name = "bearer")
public class ClaimTypeResource {

    private final ClaimsCaller caller;
    private final EligibilityService eligibility;

    ClaimTypeResource(ClaimsCaller caller, EligibilityService eligibility) {
        this.caller = caller;
        this.eligibility = eligibility;
    }

    @GET
    @RequiresScope("claims.read")
    @Operation(summary = "Claim types, their documents, and whether the caller may claim each now",
            description = "For every type (JHT, JP, JKK, JKM, JKP) and reason: the required document types and the "
                    + "caller's eligibility today with the reason in Bahasa Indonesia and English and the rule's "
                    + "legal source, evaluated on the member registry's facts.")
    @APIResponseSchema(value = ClaimTypesResponse.class, responseDescription = "The claim types")
    @APIResponse(responseCode = "401", description = "No, invalid or expired token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "403", description = "No member role or no membership_number claim (forbidden), or the "
            + "token was not granted claims.read (insufficient_scope, with WWW-Authenticate: Bearer "
            + "error=\"insufficient_scope\", scope=\"claims.read\")",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "503", description = "The member registry cannot be reached (membership_unavailable)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimTypesResponse claimTypes() {
        return ClaimTypesResponse.from(eligibility.forMember(caller.member().membershipNumber()));
    }
}

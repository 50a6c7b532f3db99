package id.bpjstk.membership.api;

import id.bpjstk.member.Kpj;
import id.bpjstk.membership.service.MemberFactsService;
import id.bpjstk.service.api.ErrorResponse;
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

/** Called by claims-service's service account to evaluate a member's eligibility for a benefit claim. */
@Path("/internal/members/{kpj}/facts")
@RolesAllowed("claims-reader")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal (claims)", description = "For claims-service's service account (role claims-reader)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, invalid or expired token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "No claims-reader role",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class MemberFactsResource {

    private final MemberFactsService facts;

    MemberFactsResource(MemberFactsService facts) {
        this.facts = facts;
    }

    @GET
    @Operation(summary = "The facts benefit eligibility is decided on",
            description = "Birth date, participant category, end of employment and contribution months of an "
                    + "active member. 404 member_not_found alike for an unknown KPJ and an inactive member.")
    @APIResponseSchema(value = MemberFactsResponse.class, responseDescription = "The member's facts")
    @APIResponse(responseCode = "400", description = "The KPJ is not 11 digits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No active member with this KPJ",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public MemberFactsResponse facts(
            @PathParam("kpj") @Pattern(regexp = Kpj.PATTERN, message = "must be 11 digits") String kpj) {
        return MemberFactsResponse.from(facts.facts(kpj));
    }
}

package id.bpjstk.membership.api;

import id.bpjstk.member.Kpj;
import id.bpjstk.membership.service.RegistryVerificationService;
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

/**
 * Called by the identity provider's service account when it has blocked a KPJ after repeated failed
 * identity checks, to notify the member who owns it (who may have no account there yet).
 */
@Path("/internal/members")
@RolesAllowed("registry-verifier")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "For the identity provider's service account (role registry-verifier)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, invalid or expired token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "No registry-verifier role",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class MemberContactResource {

    private final RegistryVerificationService registry;

    MemberContactResource(RegistryVerificationService registry) {
        this.registry = registry;
    }

    @GET
    @Path("/{kpj}/contact")
    @Operation(summary = "How to reach the active member with this KPJ",
            description = "Name, phone number and email of an active member. 404 member_not_found alike for an "
                    + "unknown KPJ and an inactive member.")
    @APIResponseSchema(value = MemberContactResponse.class, responseDescription = "The member's contact channels")
    @APIResponse(responseCode = "400", description = "The KPJ is not 11 digits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No active member with this KPJ",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public MemberContactResponse contact(
            @PathParam("kpj") @Pattern(regexp = Kpj.PATTERN, message = "must be 11 digits") String kpj) {
        return MemberContactResponse.from(registry.contact(kpj));
    }
}

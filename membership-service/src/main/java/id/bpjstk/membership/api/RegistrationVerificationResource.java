package id.bpjstk.membership.api;

import id.bpjstk.membership.service.RegistryVerificationService;
import id.bpjstk.service.api.ErrorResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

/** Called by the identity provider's service account at registration and password reset. */
@Path("/internal/registrations")
@RolesAllowed("registry-verifier")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "For the identity provider's service account (role registry-verifier)")
@SecurityRequirement(name = "bearer")
public class RegistrationVerificationResource {

    private final RegistryVerificationService verification;

    RegistrationVerificationResource(RegistryVerificationService verification) {
        this.verification = verification;
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do this KPJ, NIK and birth date belong to one active member?",
            description = "Always 200 for a well-formed request. {\"match\":false} is the whole answer for an "
                    + "unknown KPJ, a wrong NIK, a wrong birth date or an inactive member alike.")
    @APIResponseSchema(value = VerifyRegistrationResponse.class,
            responseDescription = "{\"match\":false}, or match true with the member's contact facts")
    @APIResponse(responseCode = "400", description = "Malformed body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public VerifyRegistrationResponse verify(@Valid @NotNull VerifyRegistrationRequest body) {
        return verification.verify(body.membershipNumber(), body.nik(), body.birthDate())
                .map(VerifyRegistrationResponse::matched)
                .orElseGet(VerifyRegistrationResponse::noMatch);
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.service.ClaimAction;
import id.bpjstk.claims.service.ClaimService;
import id.bpjstk.claims.service.DocumentService;
import id.bpjstk.service.api.ErrorResponse;
import id.bpjstk.service.security.RequiresAcr;
import id.bpjstk.service.security.RequiresScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The claims officers' queue and decisions, for officers signed in with password and one-time code in the last
 * 30 minutes. Each decision is a status change by the table of allowed transitions under optimistic locking: of two
 * officers deciding one claim at once, one gets 200 and the other 409. No officer decides a claim filed under her own
 * KPJ, approves a claim she verified or marks paid one she approved (409 {@code own_claim}, {@code same_officer}).
 * Officers work in the member portal, whose tokens carry every member scope: reads need {@code claims.read}, decisions
 * {@code claims.write}, as for members.
 */
@Path("/api/officer/claims")
@RolesAllowed("claims-officer")
@RequiresAcr("2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officer", description = "The claims officers' queue and decisions (role claims-officer)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, invalid or expired token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "No claims-officer role (forbidden); the token was not granted "
        + "claims.read (reads) or claims.write (decisions) (insufficient_scope, with WWW-Authenticate: Bearer "
        + "error=\"insufficient_scope\", scope=\"<the scope>\"); or no sign-in with password and "
        + "one-time code in the last 30 minutes (insufficient_user_authentication, with WWW-Authenticate: Bearer "
        + "error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class OfficerClaimResource {

    static final String STATUS = "^(DRAFT|SUBMITTED|VERIFIED|APPROVED|PAID|REJECTED|CANCELLED)$";
    static final String STATUS_MESSAGE = "must be one of DRAFT, SUBMITTED, VERIFIED, APPROVED, PAID, REJECTED, CANCELLED";
    // page and size are read as text so that "abc" is a 400 with a field, not JAX-RS's 404
    static final String PAGE = "^[0-9]{1,9}$";
    static final String PAGE_MESSAGE = "must be a whole number, 0 or more";
    static final String SIZE = "^(100|[1-9][0-9]?)$";
    static final String SIZE_MESSAGE = "must be a whole number from 1 to 100";

    private final ClaimsCaller caller;
    private final ClaimService claims;
    private final DocumentService documents;

    OfficerClaimResource(ClaimsCaller caller, ClaimService claims, DocumentService documents) {
        this.caller = caller;
        this.claims = claims;
        this.documents = documents;
    }

    @GET
    @RequiresScope("claims.read")
    @Operation(summary = "The queue: claims by status and type, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPageResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or type, page < 0, size outside 1..100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimPageResponse queue(
            @Parameter(description = "Only claims in this status. Default: every status but DRAFT.")
            @QueryParam("status") @Pattern(regexp = STATUS, message = STATUS_MESSAGE) String status,
            @Parameter(description = "Only claims of this type (JHT, JP, JKK, JKM, JKP)")
            @QueryParam("type") String type,
            @Parameter(description = "Page index, from 0")
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = PAGE, message = PAGE_MESSAGE) String page,
            @Parameter(description = "Page size, 1 to 100")
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = SIZE, message = SIZE_MESSAGE) String size) {
        return ClaimPageResponse.from(claims.queue(Optional.ofNullable(status).map(ClaimStatus::valueOf),
                Optional.ofNullable(type).filter(t -> !t.isBlank()), Integer.parseInt(page), Integer.parseInt(size)));
    }

    @GET
    @Path("/{id}")
    @RequiresScope("claims.read")
    @Operation(summary = "A claim with its documents and status history")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse get(@PathParam("id") String id) {
        return ClaimResponse.from(claims.details(PathIds.claim(id), caller.officer()));
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @RequiresScope("claims.read")
    @Produces({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "Download a claim's document, byte for byte as uploaded")
    @APIResponse(responseCode = "200", description = "The document",
            content = { @Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png") })
    @APIResponse(responseCode = "404", description = "No such claim or document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return Downloads.of(documents.download(PathIds.claim(id), PathIds.document(documentId), caller.officer()));
    }

    @POST
    @Path("/{id}/verify")
    @RequiresScope("claims.write")
    @Operation(summary = "The documents are checked: SUBMITTED to VERIFIED")
    @APIResponse(responseCode = "200", description = "The claim, now VERIFIED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the claim's status (invalid_transition), "
            + "another officer changed it at the same time (concurrent_change), or it is filed under your own KPJ "
            + "(own_claim)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse verify(@PathParam("id") String id) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.officer(), ClaimAction.VERIFY, null));
    }

    @POST
    @Path("/{id}/approve")
    @RequiresScope("claims.write")
    @Operation(summary = "Grant the benefit: VERIFIED to APPROVED")
    @APIResponse(responseCode = "200", description = "The claim, now APPROVED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the claim's status (invalid_transition), "
            + "another officer changed it at the same time (concurrent_change), it is filed under your own KPJ "
            + "(own_claim), or you verified it (same_officer: another officer approves)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse approve(@PathParam("id") String id) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.officer(), ClaimAction.APPROVE, null));
    }

    @POST
    @Path("/{id}/reject")
    @RequiresScope("claims.write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse the claim with a reason: SUBMITTED or VERIFIED to REJECTED")
    @APIResponse(responseCode = "200", description = "The claim, now REJECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the claim's status (invalid_transition), "
            + "another officer changed it at the same time (concurrent_change), or it is filed under your own KPJ "
            + "(own_claim)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse reject(@PathParam("id") String id, @Valid @NotNull(message = "is required") RejectRequest body) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.officer(), ClaimAction.REJECT,
                body.reason()));
    }

    @POST
    @Path("/{id}/pay")
    @RequiresScope("claims.write")
    @Operation(summary = "The benefit has been paid: APPROVED to PAID")
    @APIResponse(responseCode = "200", description = "The claim, now PAID",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the claim's status (invalid_transition), "
            + "another officer changed it at the same time (concurrent_change), it is filed under your own KPJ "
            + "(own_claim), or you approved it (same_officer: another officer marks it paid)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse pay(@PathParam("id") String id) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.officer(), ClaimAction.PAY, null));
    }
}

package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.ClaimDocument;
import id.bpjstk.claims.service.ClaimAction;
import id.bpjstk.claims.service.ClaimCreationService;
import id.bpjstk.claims.service.ClaimService;
import id.bpjstk.claims.service.DocumentService;
import id.bpjstk.service.api.ErrorResponse;
import id.bpjstk.service.api.InvalidRequestException;
import id.bpjstk.service.security.RequiresAcr;
import id.bpjstk.service.security.RequiresScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The signed-in member's own claims; the member is the token's {@code membership_number}. Another
 * member's claim answers 404, exactly like a claim that does not exist. Reading needs the scope {@code claims.read},
 * every change {@code claims.write}.
 */
@Path("/api/claims")
@RolesAllowed("member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member claims", description = "The signed-in member's benefit claims (role member)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, invalid or expired token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "No member role or no membership_number claim (forbidden); the "
        + "token was not granted the operation's scope, claims.read to read and claims.write to change (insufficient_scope, "
        + "with WWW-Authenticate: Bearer error=\"insufficient_scope\", scope=\"<the scope>\"); or, where acr 2 is "
        + "needed, a weaker sign-in or one more than 30 minutes ago (RFC 9470 challenge: WWW-Authenticate: Bearer "
        + "error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class MemberClaimResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("^[\\x21-\\x7E]{1,100}$");

    private final ClaimsCaller caller;
    private final ClaimService claims;
    private final ClaimCreationService creation;
    private final DocumentService documents;

    MemberClaimResource(ClaimsCaller caller, ClaimService claims, ClaimCreationService creation,
            DocumentService documents) {
        this.caller = caller;
        this.claims = claims;
        this.creation = creation;
        this.documents = documents;
    }

    @POST
    @RequiresScope("claims.write")
    @RequiresAcr("2")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a claim (a DRAFT), idempotently",
            description = "Needs acr 2. The member registry is asked for the caller's facts and the reason's rules "
                    + "applied: NOT_ELIGIBLE is refused (422). A retry with the same Idempotency-Key and the same body "
                    + "answers 200 with the claim made the first time (header Idempotent-Replayed: true); the same key "
                    + "with a different body is 422 idempotency_key_reused. A second open claim of the same type is "
                    + "409 open_claim_exists.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The claim's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry: the claim created earlier with this Idempotency-Key",
            headers = @Header(name = "Idempotent-Replayed", description = "true"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown type or reason, malformed bank account, missing Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "An open claim of this type exists (open_claim_exists)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Not eligible (not_eligible), or the key was used for another request "
            + "(idempotency_key_reused)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "503", description = "The member registry cannot be reached; nothing was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(
            @Parameter(description = "A key of the client's choosing (a UUID, say), 1 to 100 visible ASCII characters; "
                    + "the same key makes a retry return the same claim", required = true)
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull(message = "is required") CreateClaimRequest body) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY, "is required: 1 to 100 visible ASCII characters");
        }
        ClaimCreationService.Outcome outcome = creation.create(caller.member(), body.toNewClaim(), idempotencyKey);
        ClaimResponse claim = ClaimResponse.from(outcome.claim());
        if (outcome.replayed()) {
            return Response.ok(claim).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(URI.create("/api/claims/" + claim.id())).entity(claim).build();
    }

    @GET
    @RequiresScope("claims.read")
    @Operation(summary = "The caller's claims, newest first")
    @APIResponse(responseCode = "200", description = "The claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimListResponse.class)))
    public ClaimListResponse list() {
        return ClaimListResponse.from(claims.claimsOf(caller.member().membershipNumber()));
    }

    @GET
    @Path("/{id}")
    @RequiresScope("claims.read")
    @Operation(summary = "One of the caller's claims, with its documents and status history")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim among the caller's (claim_not_found)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse get(@PathParam("id") String id) {
        return ClaimResponse.from(claims.details(PathIds.claim(id), caller.member()));
    }

    @POST
    @Path("/{id}/documents")
    @RequiresScope("claims.write")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a document to a DRAFT claim",
            description = "multipart/form-data with the part `type` (a document type the claim's reason requires) and "
                    + "the file part `file`: PDF, JPEG or PNG, recognised by content, at most "
                    + "claims.documents.max-file-bytes (5 MiB); all of a claim's documents together at most "
                    + "claims.documents.max-total-bytes (20 MiB).")
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The document's download URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown document type, missing or empty file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim among the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The claim is no longer a DRAFT (claim_not_editable)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "413", description = "The file (document_too_large) or the claim's documents together "
            + "(claim_documents_too_large) are over their cap",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by content (unsupported_document)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response upload(@PathParam("id") String id,
            @RestForm("type") @Schema(description = "Document type, e.g. KTP", examples = "KTP") String type,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        Map<String, String> violations = new LinkedHashMap<>();
        if (type == null || type.isBlank()) {
            violations.put("type", "is required");
        }
        if (file == null) {
            violations.put("file", "is required: a PDF, JPEG or PNG file");
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ClaimDocument document = documents.upload(PathIds.claim(id), caller.member(), type.strip(), file.fileName(),
                file.uploadedFile());
        return Response.created(URI.create("/api/claims/" + id + "/documents/" + document.getId()))
                .entity(DocumentResponse.from(document)).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @RequiresScope("claims.read")
    @Produces({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "Download a document of one of the caller's claims",
            description = "The bytes exactly as uploaded, with the detected content type, checked against the SHA-256 "
                    + "taken at upload (also sent as Repr-Digest).")
    @APIResponse(responseCode = "200", description = "The document",
            content = { @Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png") })
    @APIResponse(responseCode = "404", description = "No such claim among the caller's, or no such document on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return Downloads.of(documents.download(PathIds.claim(id), PathIds.document(documentId), caller.member()));
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @RequiresScope("claims.write")
    @Operation(summary = "Remove a document from a DRAFT claim")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such claim among the caller's, or no such document on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The claim is no longer a DRAFT (claim_not_editable)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response deleteDocument(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        documents.delete(PathIds.claim(id), PathIds.document(documentId), caller.member());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @RequiresScope("claims.write")
    @RequiresAcr("2")
    @Operation(summary = "Submit a DRAFT claim to the officers",
            description = "Needs acr 2 and a document of every required type; otherwise 409 documents_missing with one "
                    + "violation per missing type.")
    @APIResponse(responseCode = "200", description = "The claim, now SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim among the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Documents missing (documents_missing), the claim is not a DRAFT "
            + "(invalid_transition), or it changed meanwhile (concurrent_change)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse submit(@PathParam("id") String id) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.member(), ClaimAction.SUBMIT, null));
    }

    @POST
    @Path("/{id}/cancel")
    @RequiresScope("claims.write")
    @Operation(summary = "Withdraw a claim before a decision (from DRAFT or SUBMITTED)")
    @APIResponse(responseCode = "200", description = "The claim, now CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "404", description = "No such claim among the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "An officer has verified or decided it already (invalid_transition)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ClaimResponse cancel(@PathParam("id") String id) {
        return ClaimResponse.from(claims.transition(PathIds.claim(id), caller.member(), ClaimAction.CANCEL, null));
    }
}

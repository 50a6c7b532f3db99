package id.bpjstk.portal.web;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.bpjstk.portal.client.Claim;
import id.bpjstk.portal.client.ClaimSummary;
import id.bpjstk.portal.client.ClaimTypes;
import id.bpjstk.portal.client.ClaimsApi;
import id.bpjstk.portal.client.DocumentType;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.ServiceException;
import id.bpjstk.portal.i18n.ClaimsMsg;
import id.bpjstk.portal.session.PendingForms.PendingForm;
import id.bpjstk.portal.session.StepUp;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/**
 * The member's claims: {@code /claims} (her claims, and every type with her eligibility), {@code /claims/new} (filing
 * a claim: a fresh level 2 and an idempotency key per form), {@code /claims/{id}} (status, history, documents, upload,
 * submit, cancel). Every form is checked here first and then by claims-service, whose refusals come back as messages
 * on the same page. A claim that is not hers, unknown or malformed is "not found", exactly like a missing page.
 */
@Path("/claims")
@Authenticated
public class ClaimsPage {

    private static final Logger LOG = Logger.getLogger(ClaimsPage.class);
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final String NEW = "/claims/new";
    static final String SUBMIT = "submit";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimViews.ClaimList view);

        static native TemplateInstance form(ClaimViews.NewClaim view);

        static native TemplateInstance claim(ClaimViews.ClaimPage view);

        static native TemplateInstance cancel(ClaimViews.ClaimPage view);
    }

    @Inject
    @RestClient
    ClaimsApi claims;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @Inject
    StepUp stepUp;

    @Inject
    DocumentLimits limits;

    @ConfigProperty(name = "portal.dashboard-timeout")
    Duration timeout;

    // ---- /claims ------------------------------------------------------------------------------------------------

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice) {
        if (!viewer.member()) {
            return forbidden();
        }
        String bearer = token.bearer();
        long deadline = Parts.deadline(timeout);
        CompletionStage<List<ClaimSummary>> mine = claims.myClaims(bearer).thenApply(ClaimSummary.Mine::items);
        CompletionStage<ClaimTypes> types = claims.claimTypes(bearer);
        return Response.ok(Templates.list(new ClaimViews.ClaimList(Parts.await(mine, deadline, DashboardPage.CLAIMS),
                Parts.await(types, deadline, DashboardPage.CLAIMS), notice(notice)))).build();
    }

    // ---- /claims/new --------------------------------------------------------------------------------------------

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response newClaim(@QueryParam("type") String type, @QueryParam(StepUp.RESUME) String resume) {
        if (!viewer.member()) {
            return forbidden();
        }
        ClaimTypes catalog = Calls.join(claims.claimTypes(token.bearer()));
        Optional<PendingForm> kept = stepUp.resume(resume).filter(form -> form.path().startsWith(NEW));
        NewClaimForm form = kept.map(k -> NewClaimForm.of(k.fields()).normalized())
                .orElseGet(() -> NewClaimForm.blank(type == null ? "" : type.strip()));
        ClaimTypes.Type chosen = catalog.type(form.type()).orElse(null);
        return Response.ok(Templates.form(new ClaimViews.NewClaim(catalog, chosen, form, FormErrors.none(), null,
                kept.isPresent(), null))).build();
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response file(@RestForm String type, @RestForm String reason, @RestForm String bankName,
            @RestForm String bankAccountNumber, @RestForm String idempotencyKey) {
        if (!viewer.member()) {
            return forbidden();
        }
        String bearer = token.bearer();
        ClaimTypes catalog = Calls.join(claims.claimTypes(bearer));
        NewClaimForm form = new NewClaimForm(type, reason, bankName, bankAccountNumber, idempotencyKey).normalized();
        Optional<ClaimTypes.Type> chosen = catalog.type(form.type());
        Map<String, NewClaimForm.Problem> problems = form.problems(chosen);
        ClaimsMsg msg = msg();
        if (chosen.isEmpty()) {
            // the type comes from the page itself: only a tampered form lacks one, so offer the choice again
            return formPage(400, new ClaimViews.NewClaim(catalog, null, NewClaimForm.blank(""),
                    FormErrors.none().add("type", msg.claims_new_error_type()), null, false, null));
        }
        if (!problems.isEmpty()) {
            FormErrors errors = FormErrors.none();
            problems.forEach((field, problem) -> errors.add(field, message(msg, problem)));
            return formPage(400, new ClaimViews.NewClaim(catalog, chosen.get(), form, errors, null, false, null));
        }
        try {
            Claim claim = claims.create(bearer, form.idempotencyKey(), form.toNewClaim());
            return seeOther("/claims/" + claim.id() + "?notice=created");
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                return stepUp.begin(NEW + "?type=" + form.type(), form.fields());
            }
            return refusedClaim(e, catalog, chosen.get(), form, msg, bearer);
        }
    }

    private Response refusedClaim(ServiceException e, ClaimTypes catalog, ClaimTypes.Type type, NewClaimForm form, ClaimsMsg msg,
            String bearer) {
        FormErrors errors = FormErrors.none();
        String alert = null;
        String existing = null;
        NewClaimForm shown = form;
        switch (e.status() + " " + e.code()) {
            case "409 open_claim_exists" -> {
                alert = msg.claims_new_open_claim_exists(type.code());
                existing = Calls.join(claims.myClaims(bearer)).items().stream()
                        .filter(claim -> claim.type().equals(type.code()) && claim.open())
                        .map(claim -> claim.id().toString()).findFirst().orElse(null);
            }
            case "422 not_eligible" -> errors.add("reason", msg.claims_new_not_eligible(type.reason(form.reason())
                    .map(reason -> reason.eligibility().reason().in(viewer.language())).orElse("")));
            case "422 idempotency_key_reused" -> {
                // the same form was sent before with other values: what she sees now is a new claim
                alert = msg.claims_new_key_reused();
                shown = form.withNewKey();
            }
            case "400 invalid_request" -> {
                for (ServiceException.Violation violation : e.violations()) {
                    switch (violation.field()) {
                        case "type" -> errors.add("type", msg.claims_new_error_type());
                        case "reason" -> errors.add("reason", msg.claims_new_error_reason_unknown());
                        case "bankName" -> errors.add("bankName", msg.claims_new_error_bank_name_characters());
                        case "bankAccountNumber" -> errors.add("bankAccountNumber", msg.claims_new_error_account_format());
                        default -> alert = msg.claims_new_refused();
                    }
                }
                if (errors.isEmpty() && alert == null) {
                    alert = msg.claims_new_refused();
                }
            }
            case "503 membership_unavailable" -> alert = msg.claims_new_unavailable();
            default -> throw e;
        }
        LOG.infof("A new %s claim was refused by claims-service: %d %s", type.code(), e.status(), e.code());
        return formPage(e.status(), new ClaimViews.NewClaim(catalog, type, shown, errors, alert, false, existing));
    }

    // ---- /claims/{id} -------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("id") String id, @QueryParam("notice") String notice,
            @QueryParam("upload") String upload, @QueryParam(StepUp.RESUME) String resume) {
        Optional<Response> refused = refusal(id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String path = "/claims/" + id;
        boolean resumedSubmit = stepUp.resume(resume)
                .filter(form -> form.path().equals(path) && SUBMIT.equals(form.fields().get("action"))).isPresent();
        FormErrors errors = FormErrors.none();
        if ("too-large".equals(upload)) {
            errors.add("file", msg().claim_upload_error_too_large(ClaimFormats.fileSize(limits.maxFileBytes(),
                    viewer.language().locale())));
        }
        return claimPage(200, id, errors, notice(notice), null, List.of(), null, resumedSubmit);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") String id, @RestForm("type") String type, @RestForm("file") FileUpload file) {
        Optional<Response> refused = refusal(id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String bearer = token.bearer();
        Claim claim = claims.claim(bearer, id);
        ClaimsMsg msg = msg();
        String documentType = type == null ? "" : type.strip();
        FormErrors errors = FormErrors.none();
        if (documentType.isEmpty()) {
            errors.add("type", msg.claim_upload_error_type_required());
        } else if (claim.documentType(documentType).isEmpty()) {
            errors.add("type", msg.claim_upload_error_type_unknown());
        }
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            errors.add("file", msg.claim_upload_error_file_required());
        } else if (file.size() == 0) {
            errors.add("file", msg.claim_upload_error_file_empty());
        }
        if (!errors.isEmpty()) {
            return claimPage(400, claim, errors, null, null, List.of(), documentType, false);
        }
        try {
            claims.upload(bearer, id, ClientMultipartForm.create()
                    .attribute("type", documentType, null)
                    .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                            file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType()));
            return seeOther("/claims/" + id + "?notice=uploaded");
        } catch (ServiceException e) {
            String alert = null;
            String max = ClaimFormats.fileSize(limits.maxFileBytes(), viewer.language().locale());
            switch (e.status() + " " + e.code()) {
                case "413 document_too_large", "413 payload_too_large" ->
                        errors.add("file", msg.claim_upload_error_too_large(max));
                case "413 claim_documents_too_large" -> errors.add("file", msg.claim_upload_error_total_too_large(
                        ClaimFormats.fileSize(limits.maxTotalBytes(), viewer.language().locale()),
                        ClaimFormats.fileSize(Math.max(0, limits.maxTotalBytes() - claim.documentBytes()),
                                viewer.language().locale())));
                case "415 unsupported_document", "415 unsupported_media_type" ->
                        errors.add("file", msg.claim_upload_error_unsupported());
                case "409 claim_not_editable" -> alert = msg.claim_upload_error_not_editable();
                case "400 invalid_request" -> {
                    for (ServiceException.Violation violation : e.violations()) {
                        if ("type".equals(violation.field())) {
                            errors.add("type", msg.claim_upload_error_type_unknown());
                        } else {
                            errors.add("file", msg.claim_upload_error_file_empty());
                        }
                    }
                }
                default -> throw e;
            }
            LOG.infof("An upload to claim %s was refused by claims-service: %d %s", id, e.status(), e.code());
            return claimPage(e.status(), claim, errors, null, alert, List.of(), documentType, false);
        }
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @FileDownload
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        Optional<Response> refused = refusal(id, documentId);
        if (refused.isPresent()) {
            return refused.get();
        }
        String bearer = token.bearer();
        Optional<Claim.Document> document = claims.claim(bearer, id).document(documentId);
        if (document.isEmpty()) {
            return notFound();
        }
        return file(document.get(), claims.document(bearer, id, documentId));
    }

    /**
     * The document's bytes as they come from claims-service, as an attachment under its stored name and type; no
     * length is promised from the listing, the bytes themselves end the answer.
     */
    static Response file(Claim.Document document, InputStream content) {
        return Response.ok(content, document.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(document.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("/{id}/submit")
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") String id) {
        Optional<Response> refused = refusal(id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String bearer = token.bearer();
        try {
            claims.submit(bearer, id);
            return seeOther("/claims/" + id + "?notice=submitted");
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                return stepUp.begin("/claims/" + id, Map.of("action", SUBMIT));
            }
            if (e.status() != 409) {
                throw e;
            }
            Claim claim = claims.claim(bearer, id);
            LOG.infof("Claim %s was not submitted: %s", id, e.code());
            if ("documents_missing".equals(e.code())) {
                return claimPage(409, claim, FormErrors.none(), null, msg().claim_submit_missing(), claim.missingDocuments(),
                        null, false);
            }
            return claimPage(409, claim, FormErrors.none(), null, msg().claim_submit_not_allowed(), List.of(), null, false);
        }
    }

    @GET
    @Path("/{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmCancel(@PathParam("id") String id) {
        Optional<Response> refused = refusal(id);
        if (refused.isPresent()) {
            return refused.get();
        }
        Claim claim = claims.claim(token.bearer(), id);
        if (!claim.cancellable()) {
            return claimPage(409, claim, FormErrors.none(), null, msg().claim_cancel_not_allowed(), List.of(), null, false);
        }
        return Response.ok(Templates.cancel(view(claim, FormErrors.none(), null, null, List.of(), null, false))).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id) {
        Optional<Response> refused = refusal(id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String bearer = token.bearer();
        try {
            claims.cancel(bearer, id);
            return seeOther("/claims/" + id + "?notice=cancelled");
        } catch (ServiceException e) {
            if (e.status() != 409) {
                throw e;
            }
            return claimPage(409, claims.claim(bearer, id), FormErrors.none(), null, msg().claim_cancel_not_allowed(),
                    List.of(), null, false);
        }
    }

    // ---- the pages ----------------------------------------------------------------------------------------------

    private Response claimPage(int status, String id, FormErrors errors, String notice, String alert,
            List<DocumentType> missing, String uploadType, boolean resumedSubmit) {
        return claimPage(status, claims.claim(token.bearer(), id), errors, notice, alert, missing, uploadType, resumedSubmit);
    }

    private Response claimPage(int status, Claim claim, FormErrors errors, String notice, String alert,
            List<DocumentType> missing, String uploadType, boolean resumedSubmit) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.claim(view(claim, errors, notice, alert, missing, uploadType, resumedSubmit))).build();
    }

    private ClaimViews.ClaimPage view(Claim claim, FormErrors errors, String notice, String alert,
            List<DocumentType> missing, String uploadType, boolean resumedSubmit) {
        // the names of type and reason are the catalog's; a catalog that cannot be read leaves the codes
        Parts<ClaimTypes> catalog = Parts.await(claims.claimTypes(token.bearer()), Parts.deadline(timeout), DashboardPage.CLAIMS);
        return new ClaimViews.ClaimPage(claim, new ClaimViews.Names(catalog.value()), limits, errors, notice, alert, missing,
                uploadType, resumedSubmit);
    }

    private static Response formPage(int status, ClaimViews.NewClaim view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(view)).build();
    }

    private String notice(String notice) {
        if (notice == null) {
            return null;
        }
        ClaimsMsg msg = msg();
        return switch (notice) {
            case "created" -> msg.claims_notice_created();
            case "uploaded" -> msg.claims_notice_uploaded();
            case "submitted" -> msg.claims_notice_submitted();
            case "cancelled" -> msg.claims_notice_cancelled();
            default -> null;
        };
    }

    private static String message(ClaimsMsg msg, NewClaimForm.Problem problem) {
        return switch (problem) {
            case TYPE_UNKNOWN -> msg.claims_new_error_type();
            case REASON_REQUIRED -> msg.claims_new_error_reason_required();
            case REASON_UNKNOWN -> msg.claims_new_error_reason_unknown();
            case BANK_NAME_REQUIRED -> msg.claims_new_error_bank_name_required();
            case BANK_NAME_TOO_LONG -> msg.claims_new_error_bank_name_too_long(NewClaimForm.BANK_NAME_MAX);
            case BANK_NAME_CHARACTERS -> msg.claims_new_error_bank_name_characters();
            case ACCOUNT_REQUIRED -> msg.claims_new_error_account_required();
            case ACCOUNT_FORMAT -> msg.claims_new_error_account_format();
        };
    }

    private ClaimsMsg msg() {
        return MessageBundles.get(ClaimsMsg.class, Localized.Literal.of(viewer.lang()));
    }

    /**
     * The answer before anything is asked of claims-service about a claim: the forbidden page for someone who is not a
     * member, the not-found page for an id that is not one; empty when the request may go on.
     */
    private Optional<Response> refusal(String... ids) {
        if (!viewer.member()) {
            return Optional.of(forbidden());
        }
        for (String id : ids) {
            if (!UUID_TEXT.matcher(id).matches()) {
                return Optional.of(notFound());
            }
        }
        return Optional.empty();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response forbidden() {
        return ErrorPages.page(403, ErrorPages.Kind.FORBIDDEN, null);
    }

    static Response notFound() {
        return ErrorPages.page(404, ErrorPages.Kind.NOT_FOUND, null);
    }
}

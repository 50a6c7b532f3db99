package id.bpjstk.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import id.bpjstk.portal.client.Claim;
import id.bpjstk.portal.client.ClaimPage;
import id.bpjstk.portal.client.ClaimsApi;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.Rejection;
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
 * The claims officers' workspace (role {@code claims-officer}; anyone else gets the forbidden page): {@code /officer}
 * (the queue by status and type, paged) and {@code /officer/claims/{id}} (the claim, its documents and history, and the
 * decisions its status allows). A decision is taken only on the claim as the officer saw it: the form carries the
 * claim's version, and a claim changed since, or one the service finds already decided, is "already decided by
 * another officer", with the claim as it is now. claims-service keeps the separation of duties; its refusals are told
 * as such.
 */
@Path("/officer")
@Authenticated
public class OfficerPage {

    private static final Logger LOG = Logger.getLogger(OfficerPage.class);
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final int REASON_MAX = 1000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(OfficerViews.Queue view);

        static native TemplateInstance claim(OfficerViews.Detail view);
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

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response queue(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("page") String page) {
        if (!viewer.officer()) {
            return ClaimsPage.forbidden();
        }
        QueueFilter filter = QueueFilter.parse(status, type, page);
        ClaimsMsg msg = msg();
        FormErrors errors = FormErrors.none();
        filter.invalid().forEach(field -> errors.add(field, switch (field) {
            case "status" -> msg.officer_filter_error_status();
            case "type" -> msg.officer_filter_error_type();
            default -> msg.officer_filter_error_page();
        }));
        try {
            ClaimPage results = claims.queue(token.bearer(), filter.serviceStatus(), filter.serviceType(),
                    filter.servicePage(), QueueFilter.PAGE_SIZE);
            return Response.status(errors.isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.queue(new OfficerViews.Queue(filter, errors, results))).build();
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                return stepUp.begin(filter.pageUrl(filter.page()), Map.of());
            }
            throw e;
        }
    }

    @GET
    @Path("/claims/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("id") String id, @QueryParam("notice") String notice,
            @QueryParam(StepUp.RESUME) String resume) {
        if (!viewer.officer()) {
            return ClaimsPage.forbidden();
        }
        if (!UUID_TEXT.matcher(id).matches()) {
            return ClaimsPage.notFound();
        }
        String path = "/officer/claims/" + id;
        Optional<PendingForm> kept = stepUp.resume(resume).filter(form -> form.path().equals(path));
        try {
            Claim claim = claims.officerClaim(token.bearer(), id);
            return page(200, new OfficerViews.Detail(claim, FormErrors.none(), notice(notice), null,
                    kept.map(form -> form.fields().get("reason")).orElse(""), kept.isPresent()));
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                return stepUp.begin(path, Map.of());
            }
            throw e;
        }
    }

    @POST
    @Path("/claims/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") String id, @RestForm String action, @RestForm String reason,
            @RestForm String version) {
        if (!viewer.officer()) {
            return ClaimsPage.forbidden();
        }
        if (!UUID_TEXT.matcher(id).matches()) {
            return ClaimsPage.notFound();
        }
        String path = "/officer/claims/" + id;
        String bearer = token.bearer();
        String why = reason == null ? "" : reason.strip();
        ClaimsMsg msg = msg();
        Optional<Decision> decision = Decision.of(action);
        try {
            Claim seen = claims.officerClaim(bearer, id);
            if (decision.isEmpty()) {
                return page(400, new OfficerViews.Detail(seen, FormErrors.none(), null, msg.officer_decision_unknown(), why,
                        false));
            }
            if (!Long.toString(seen.version()).equals(version == null ? "" : version.strip())) {
                // the claim changed since the officer loaded it: she decides again on what it is now
                LOG.infof("Claim %s changed before the officer's %s; not sent", id, decision.get().action());
                return page(409, new OfficerViews.Detail(seen, FormErrors.none(), null, msg.officer_refused_already_decided(),
                        why, false));
            }
            if (decision.get() == Decision.REJECT) {
                FormErrors errors = FormErrors.none();
                if (why.isEmpty()) {
                    errors.add("reason", msg.officer_reject_reason_required());
                } else if (why.length() > REASON_MAX) {
                    errors.add("reason", msg.officer_reject_reason_too_long(REASON_MAX));
                }
                if (!errors.isEmpty()) {
                    return page(400, new OfficerViews.Detail(seen, errors, null, null, why, false));
                }
            }
            switch (decision.get()) {
                case VERIFY -> claims.verify(bearer, id);
                case APPROVE -> claims.approve(bearer, id);
                case REJECT -> claims.reject(bearer, id, new Rejection(why));
                case PAY -> claims.pay(bearer, id);
            }
            return ClaimsPage.seeOther(path + "?notice=" + decision.get().action());
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("action", action == null ? "" : action);
                fields.put("reason", why);
                return stepUp.begin(path, fields);
            }
            Optional<Decision.Refusal> refusal = decision.flatMap(d -> Decision.refusal(e));
            if (refusal.isEmpty()) {
                throw e;
            }
            LOG.infof("claims-service refused the %s of claim %s: %s", decision.get().action(), id, e.code());
            String alert = switch (refusal.get()) {
                case ALREADY_DECIDED -> msg.officer_refused_already_decided();
                case SAME_OFFICER -> decision.get() == Decision.PAY ? msg.officer_refused_same_officer_pay()
                        : msg.officer_refused_same_officer_approve();
                case OWN_CLAIM -> msg.officer_refused_own_claim();
            };
            return page(409, new OfficerViews.Detail(claims.officerClaim(bearer, id), FormErrors.none(), null, alert, why,
                    false));
        }
    }

    @GET
    @Path("/claims/{id}/documents/{documentId}")
    @FileDownload
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        if (!viewer.officer()) {
            return ClaimsPage.forbidden();
        }
        if (!UUID_TEXT.matcher(id).matches() || !UUID_TEXT.matcher(documentId).matches()) {
            return ClaimsPage.notFound();
        }
        String bearer = token.bearer();
        Optional<Claim.Document> document = claims.officerClaim(bearer, id).document(documentId);
        if (document.isEmpty()) {
            return ClaimsPage.notFound();
        }
        return ClaimsPage.file(document.get(), claims.officerDocument(bearer, id, documentId));
    }

    private static Response page(int status, OfficerViews.Detail view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.claim(view)).build();
    }

    private String notice(String notice) {
        ClaimsMsg msg = msg();
        return Decision.of(notice).map(decision -> switch (decision) {
            case VERIFY -> msg.officer_notice_verify();
            case APPROVE -> msg.officer_notice_approve();
            case REJECT -> msg.officer_notice_reject();
            case PAY -> msg.officer_notice_pay();
        }).orElse(null);
    }

    private ClaimsMsg msg() {
        return MessageBundles.get(ClaimsMsg.class, Localized.Literal.of(viewer.lang()));
    }
}

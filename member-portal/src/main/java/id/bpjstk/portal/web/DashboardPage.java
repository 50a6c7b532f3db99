package id.bpjstk.portal.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import id.bpjstk.portal.client.Balances;
import id.bpjstk.portal.client.ClaimSummary;
import id.bpjstk.portal.client.ClaimsApi;
import id.bpjstk.portal.client.ContributionPage;
import id.bpjstk.portal.client.Member;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.MembershipApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * {@code /}: the member's home page. Her profile, balances, latest contribution and open claims come from
 * membership-service and claims-service in parallel, each within {@code portal.dashboard-timeout}; a service that
 * fails or is late leaves its part "unavailable" and the rest shows. Claims officers without a KPJ go to
 * {@code /officer}.
 */
@Path("/")
@Authenticated
public class DashboardPage {

    static final String MEMBERSHIP = "membership-service";
    static final String CLAIMS = "claims-service";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard);
    }

    /** What the page shows; each part may be unavailable. */
    public record Dashboard(Parts<Member> member, Parts<Balances> balances, Parts<ContributionPage> latest,
            Parts<List<ClaimSummary>> openClaims) {

        public ContributionPage.Month latestMonth() {
            return latest.available() && !latest.value().items().isEmpty() ? latest.value().items().get(0) : null;
        }
    }

    @Inject
    @RestClient
    MembershipApi membership;

    @Inject
    @RestClient
    ClaimsApi claims;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @ConfigProperty(name = "portal.dashboard-timeout")
    Duration timeout;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        if (!viewer.member() && viewer.officer()) {
            return Response.seeOther(URI.create("/officer")).build();
        }
        String bearer = token.bearer();
        long deadline = Parts.deadline(timeout);
        CompletionStage<Member> profile = membership.profile(bearer);
        CompletionStage<Balances> balances = membership.balances(bearer);
        CompletionStage<ContributionPage> latest = membership.contributions(bearer, null, null, 0, 1);
        CompletionStage<List<ClaimSummary>> open = claims.myClaims(bearer)
                .thenApply(mine -> mine.items().stream().filter(ClaimSummary::open).toList());
        Dashboard dashboard = new Dashboard(Parts.await(profile, deadline, MEMBERSHIP),
                Parts.await(balances, deadline, MEMBERSHIP), Parts.await(latest, deadline, MEMBERSHIP),
                Parts.await(open, deadline, CLAIMS));
        return Response.ok(Templates.dashboard(dashboard)).build();
    }
}

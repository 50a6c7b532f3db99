package id.bpjstk.portal.web;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import id.bpjstk.portal.client.ContributionPage;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.MembershipApi;
import id.bpjstk.portal.client.ServiceException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * {@code /statements}: the years the member has contributions for, from her newest contribution month back to her
 * oldest, each with its e-statement; {@code /statements/{year}.pdf} passes that year's PDF on from membership-service
 * (a year's statement is a few pages).
 * A year of her range without contributions is said on the page; a year that is no year of the programme is the
 * not-found page.
 */
@Path("/statements")
@Authenticated
public class StatementsPage {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    static final String PDF = "application/pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statements(StatementsView view);
    }

    /** One year of the list; {@code current} for the year under way, whose statement runs to {@code latestMonth}. */
    public record StatementYear(int year, boolean current, String url) {
    }

    /** The years, newest first; {@code missing} names a year asked for that has no statement. */
    public record StatementsView(List<StatementYear> years, String latestMonth, Integer missing) {
    }

    @Inject
    @RestClient
    MembershipApi membership;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        if (!viewer.member()) {
            return Members.only();
        }
        return render(200, null);
    }

    @GET
    @Path("{year}.pdf")
    public Response pdf(@PathParam("year") String yearText) {
        if (!viewer.member()) {
            return Members.only();
        }
        int currentYear = Year.now(Formats.JAKARTA).getValue();
        if (yearText == null || !YEAR.matcher(yearText).matches()) {
            return ErrorPages.page(404, ErrorPages.Kind.NOT_FOUND, null);
        }
        int year = Integer.parseInt(yearText);
        if (year < MonthFilter.FIRST.getYear() || year > currentYear) {
            return ErrorPages.page(404, ErrorPages.Kind.NOT_FOUND, null);
        }
        byte[] pdf;
        try {
            pdf = membership.statement(token.bearer(), year);
        } catch (ServiceException e) {
            if ("statement_not_found".equals(e.code())) {
                return render(404, year);
            }
            if (e.status() == 400) {
                return ErrorPages.page(404, ErrorPages.Kind.NOT_FOUND, null);
            }
            throw e;
        }
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"e-statement-" + year + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response render(int status, Integer missing) {
        String bearer = token.bearer();
        YearMonth now = YearMonth.now(Formats.JAKARTA);
        // her range: the newest month of the programme's whole span, and the oldest (the last of the pages of one)
        ContributionPage newest = membership.contributionHistory(bearer, MonthFilter.FIRST.toString(), now.toString(), 0, 1);
        List<StatementYear> years = new ArrayList<>();
        String latestMonth = null;
        if (newest.totalItems() > 0) {
            ContributionPage oldest = membership.contributionHistory(bearer, newest.from(), newest.to(),
                    (int) newest.totalItems() - 1, 1);
            YearMonth latest = YearMonth.parse(newest.items().get(0).period());
            int first = oldest.items().isEmpty() ? latest.getYear() : YearMonth.parse(oldest.items().get(0).period()).getYear();
            latestMonth = latest.toString();
            for (int year = latest.getYear(); year >= first; year--) {
                years.add(new StatementYear(year, year == now.getYear(), "/statements/" + year + ".pdf"));
            }
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.statements(new StatementsView(years, latestMonth, missing))).build();
    }
}

package id.bpjstk.portal.web;

import java.net.URI;
import java.time.YearMonth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.i18n.Msg;
import io.quarkus.security.Authenticated;

/**
 * {@code /contributions.csv?from=&to=}: every month of the range (not only a page) as {@link ContributionCsv}, named
 * {@code iuran-<kpj>-<from>-<to>.csv} after the range membership-service settled. A filter that does not pass
 * {@link MonthFilter} goes back to the page, which says what is wrong at the field.
 */
@Path("/contributions.csv")
@Authenticated
public class ContributionsCsv {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ContributionMonths months;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @GET
    public Response download(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (!viewer.member()) {
            return Members.only();
        }
        MonthFilter filter = MonthFilter.read(from, to, YearMonth.now(Formats.JAKARTA));
        if (!filter.valid()) {
            return Response.seeOther(URI.create("/contributions?from=" + ContributionsPage.encode(from) + "&to="
                    + ContributionsPage.encode(to))).build();
        }
        ContributionMonths.Range range = months.all(token.bearer(), filter.fromParam(), filter.toParam());
        Msg msg = Words.of(viewer);
        String csv = ContributionCsv.write(range.months(),
                new ContributionCsv.Labels(msg.contributions_csv_period(), msg.contributions_csv_wage(),
                        msg.contributions_csv_total()));
        // the KPJ comes from her token; only its digits go into a header
        String kpj = viewer.kpj().replaceAll("[^0-9]", "");
        return Response.ok(csv, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"iuran-" + kpj + "-" + range.from() + "-" + range.to() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}

package id.bpjstk.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import id.bpjstk.portal.client.ContributionPage;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.MembershipApi;
import id.bpjstk.portal.client.ServiceException;
import id.bpjstk.portal.i18n.Msg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * {@code /contributions?from=&to=&page=}: the member's contribution history by month, newest first, twelve months a
 * page, with a chart of the monthly totals of the whole range and the range as CSV ({@link ContributionsCsv}). A
 * filter that does not pass {@link MonthFilter} is answered with the messages at its fields and the range she was
 * looking at ({@code shownFrom}, {@code shownTo}, carried by the form) shown as before.
 */
@Path("/contributions")
@Authenticated
public class ContributionsPage {

    static final int PAGE_SIZE = 12;
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contributions(ContributionsView view);
    }

    /** What the page shows. Months are {@code YYYY-MM}; errors and the notice are in the page's language. */
    public record ContributionsView(String fromValue, String toValue, String fromError, String toError,
            String from, String to, int page, long pages, long totalItems, List<String> columns,
            List<ContributionRow> rows, ContributionChart chart, String notice, String previousUrl, String nextUrl,
            String csvUrl, String firstMonth, String latestMonth) {

        public boolean invalid() {
            return fromError != null || toError != null;
        }

        public boolean paged() {
            return pages > 1;
        }
    }

    @Inject
    @RestClient
    MembershipApi membership;

    @Inject
    ContributionMonths months;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("shownFrom") String shownFrom,
            @QueryParam("shownTo") String shownTo) {
        if (!viewer.member()) {
            return Members.only();
        }
        Msg msg = Words.of(viewer);
        YearMonth latest = YearMonth.now(Formats.JAKARTA);
        MonthFilter typed = MonthFilter.read(from, to, latest);
        MonthFilter before = MonthFilter.read(shownFrom, shownTo, latest);
        MonthFilter fallback = before.valid() ? before : MonthFilter.none();
        String bearer = token.bearer();
        if (!typed.valid()) {
            return render(400, fetch(bearer, fallback, 1, msg), typed.fromText(), typed.toText(),
                    error(typed.fromProblem(), latest, msg), error(typed.toProblem(), latest, msg), bearer, latest);
        }
        Fetched fetched;
        try {
            fetched = fetch(bearer, typed, pageNumber(page), msg);
        } catch (ServiceException e) {
            // the service has the last word on a range: what it refuses is said at the field it names
            if (e.status() != 400 || e.violations().stream().noneMatch(v -> "from".equals(v.field()) || "to".equals(v.field()))) {
                throw e;
            }
            boolean fromRefused = e.violations().stream().anyMatch(v -> "from".equals(v.field()));
            boolean toRefused = e.violations().stream().anyMatch(v -> "to".equals(v.field()));
            return render(400, fetch(bearer, fallback, 1, msg), typed.fromText(), typed.toText(),
                    fromRefused ? msg.contributions_error_refused() : null,
                    toRefused ? msg.contributions_error_refused() : null, bearer, latest);
        }
        return render(200, fetched, fetched.answer.from(), fetched.answer.to(), null, null, bearer, latest);
    }

    /** A page of the range, and why it is not the page asked for when that one does not exist. */
    private record Fetched(ContributionPage answer, String notice) {
    }

    private Fetched fetch(String bearer, MonthFilter filter, Integer asked, Msg msg) {
        int number = asked == null ? 1 : asked;
        ContributionPage answer = membership.contributionHistory(bearer, filter.fromParam(), filter.toParam(),
                number - 1, PAGE_SIZE);
        String notice = asked == null ? msg.contributions_page_missing(1) : null;
        if (answer.totalPages() > 0 && number > answer.totalPages()) {
            int last = (int) answer.totalPages();
            answer = membership.contributionHistory(bearer, answer.from(), answer.to(), last - 1, PAGE_SIZE);
            notice = msg.contributions_page_missing(last);
        }
        return new Fetched(answer, notice);
    }

    private Response render(int status, Fetched fetched, String fromValue, String toValue, String fromError,
            String toError, String bearer, YearMonth latest) {
        ContributionPage answer = fetched.answer;
        List<ContributionPage.Month> range = answer.totalPages() <= 1 && answer.page() == 0 ? answer.items()
                : months.all(bearer, answer.from(), answer.to()).months();
        List<String> columns = ContributionRow.columns(range);
        ContributionChart chart = ContributionChart.of(range.stream()
                .map(month -> new ContributionChart.Point(YearMonth.parse(month.period()), month.total())).toList());
        int page = answer.page() + 1;
        String query = "from=" + encode(answer.from()) + "&to=" + encode(answer.to());
        String previous = page > 1 ? "/contributions?" + query + "&page=" + (page - 1) : null;
        String next = page < answer.totalPages() ? "/contributions?" + query + "&page=" + (page + 1) : null;
        ContributionsView view = new ContributionsView(fromValue, toValue, fromError, toError, answer.from(), answer.to(),
                page, Math.max(1, answer.totalPages()), answer.totalItems(), columns,
                ContributionRow.of(answer.items(), columns), chart, fetched.notice, previous, next,
                "/contributions.csv?" + query, MonthFilter.FIRST.toString(), latest.toString());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.contributions(view)).build();
    }

    /** The page asked for: 1 when none; null when it is not a page number at all. */
    private static Integer pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        return PAGE.matcher(page.strip()).matches() ? Integer.valueOf(page.strip()) : null;
    }

    private String error(MonthFilter.Problem problem, YearMonth latest, Msg msg) {
        if (problem == null) {
            return null;
        }
        Locale locale = viewer.language().locale();
        return switch (problem) {
            case FORMAT -> msg.contributions_error_format();
            case BEFORE_FIRST -> msg.contributions_error_before_first(Formats.month(MonthFilter.FIRST.toString(), locale, null));
            case AFTER_LATEST -> msg.contributions_error_after_latest(Formats.month(latest.toString(), locale, null));
            case FROM_AFTER_TO -> msg.contributions_error_from_after_to();
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}

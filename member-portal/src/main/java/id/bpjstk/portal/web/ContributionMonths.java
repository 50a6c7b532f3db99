package id.bpjstk.portal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import id.bpjstk.portal.client.ContributionPage;
import id.bpjstk.portal.client.MembershipApi;

/**
 * Every month of a range of the contribution history, for the chart and the CSV: membership-service gives at most
 * 100 months a page, so the pages are fetched one after the other, the later ones for the range the first answer
 * settled (a default range cannot shift between two pages).
 */
@ApplicationScoped
public class ContributionMonths {

    /** The most months membership-service gives in one page. */
    static final int SERVICE_PAGE_MAX = 100;
    /** The longest range a member can ask for (1977 to now) is far fewer pages; a service answering more is wrong. */
    private static final int MAX_PAGES = 20;

    /** The range as the service settled it, and its months, newest first. */
    public record Range(String from, String to, List<ContributionPage.Month> months) {
    }

    @Inject
    @RestClient
    MembershipApi membership;

    /** One page of the history, as membership-service answers it. */
    @FunctionalInterface
    interface Pages {
        ContributionPage page(String from, String to, int page, int size);
    }

    /** The months of [from, to], either null for the service's default. */
    public Range all(String bearer, String from, String to) {
        return all((f, t, page, size) -> membership.contributionHistory(bearer, f, t, page, size), from, to);
    }

    static Range all(Pages pages, String from, String to) {
        ContributionPage first = pages.page(from, to, 0, SERVICE_PAGE_MAX);
        List<ContributionPage.Month> months = new ArrayList<>(first.items());
        for (int page = 1; page < first.totalPages(); page++) {
            if (page >= MAX_PAGES) {
                throw new IllegalStateException("membership-service gave more than " + MAX_PAGES + " pages of months");
            }
            List<ContributionPage.Month> items = pages.page(first.from(), first.to(), page, SERVICE_PAGE_MAX).items();
            if (items.isEmpty()) {
                break;
            }
            months.addAll(items);
        }
        return new Range(first.from(), first.to(), List.copyOf(months));
    }
}

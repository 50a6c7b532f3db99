package id.bpjstk.portal.client;

import java.time.LocalDate;

/** JHT and (wage earners only) JP balances in whole rupiah ({@code GET /api/members/me/balances}). */
public record Balances(LocalDate asOf, String currency, Jht jht, Jp jp) {

    public record Jht(long contributions, long investmentReturns, long total) {
    }

    public record Jp(long contributions, int contributionMonths, long estimatedMonthlyBenefit) {
    }
}

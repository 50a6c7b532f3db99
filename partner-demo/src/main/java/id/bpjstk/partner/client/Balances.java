package id.bpjstk.partner.client;

import java.time.LocalDate;

/** The part of {@code GET /api/members/me/balances} this partner shows: the JHT balance in whole rupiah. */
public record Balances(LocalDate asOf, Jht jht) {

    public record Jht(long total) {
    }
}

package id.bpjstk.portal.client;

import java.util.List;

/** One page of contribution months, newest first ({@code GET /api/members/me/contributions}). */
public record ContributionPage(String from, String to, int page, int size, long totalItems, long totalPages,
        List<Month> items) {

    public record Month(String period, long wage, List<ProgrammeAmount> programmes, long total) {
    }

    public record ProgrammeAmount(String programme, long employer, long employee, long total) {
    }
}

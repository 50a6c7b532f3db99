package id.bpjstk.portal.client;

import java.util.List;

/** One page of the officers' queue, oldest first ({@code GET /api/officer/claims}). */
public record ClaimPage(int page, int size, long totalItems, long totalPages, List<ClaimSummary> items) {
}

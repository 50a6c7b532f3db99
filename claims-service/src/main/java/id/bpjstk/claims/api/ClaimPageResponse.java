package id.bpjstk.claims.api;

import id.bpjstk.claims.service.QueuePage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimPage", description = "One page of the officers' queue, oldest first.")
public record ClaimPageResponse(int page, int size, long totalItems, long totalPages, List<ClaimSummaryResponse> items) {

    public static ClaimPageResponse from(QueuePage page) {
        return new ClaimPageResponse(page.page(), page.size(), page.totalItems(), page.totalPages(),
                page.items().stream().map(ClaimSummaryResponse::from).toList());
    }
}

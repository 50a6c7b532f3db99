package id.bpjstk.membership.api;

import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.service.ContributionHistory;
import id.bpjstk.membership.service.MonthlyContribution;
import id.bpjstk.membership.service.ProgrammeContribution;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContributionPage", description = "One page of contribution months, newest first; amounts in whole rupiah.")
public record ContributionPageResponse(
        @Schema(examples = "2025-11") String from,
        @Schema(examples = "2026-10") String to,
        int page,
        int size,
        long totalItems,
        long totalPages,
        List<Item> items) {

    @Schema(name = "ContributionMonth")
    public record Item(
            @Schema(examples = "2026-10") String period,
            @Schema(description = "Reported wage (PU) or declared income (BPU)") long wage,
            List<ProgrammeAmount> programmes,
            long total) {
    }

    @Schema(name = "ProgrammeContribution")
    public record ProgrammeAmount(Programme programme, long employer, long employee, long total) {
    }

    public static ContributionPageResponse from(ContributionHistory history) {
        List<Item> items = history.items().stream().map(ContributionPageResponse::item).toList();
        return new ContributionPageResponse(history.from().toString(), history.to().toString(), history.page(),
                history.size(), history.totalItems(), history.totalPages(), items);
    }

    private static Item item(MonthlyContribution month) {
        List<ProgrammeAmount> programmes = month.programmes().stream().map(ContributionPageResponse::amount).toList();
        return new Item(month.period().toString(), month.wage(), programmes, month.total());
    }

    private static ProgrammeAmount amount(ProgrammeContribution line) {
        return new ProgrammeAmount(line.programme(), line.employer(), line.employee(), line.total());
    }
}

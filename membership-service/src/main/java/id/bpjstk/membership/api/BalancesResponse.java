package id.bpjstk.membership.api;

import id.bpjstk.membership.service.Balances;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Balances", description = "Balances in whole rupiah, as of the last day of the latest contribution month.")
public record BalancesResponse(
        @Schema(description = "Null when the member has no contribution yet", nullable = true) LocalDate asOf,
        @Schema(examples = "IDR") String currency,
        Jht jht,
        @Schema(description = "Null for BPU participants, who are not in the pension programme", nullable = true)
        Jp jp) {

    public static final String CURRENCY = "IDR";

    @Schema(name = "JhtBalance")
    public record Jht(long contributions, long investmentReturns, long total) {
    }

    @Schema(name = "JpBalance")
    public record Jp(
            long contributions,
            int contributionMonths,
            @Schema(description = "1% x (contribution months / 12) x average monthly JP wage (PP 45/2015), "
                    + "rounded half up to whole rupiah") long estimatedMonthlyBenefit) {
    }

    public static BalancesResponse from(Balances balances) {
        Jht jht = new Jht(balances.jht().contributions(), balances.jht().investmentReturns(), balances.jht().total());
        Jp jp = balances.jp() == null ? null
                : new Jp(balances.jp().contributions(), balances.jp().contributionMonths(),
                        balances.jp().estimatedMonthlyBenefit());
        return new BalancesResponse(balances.asOf(), CURRENCY, jht, jp);
    }
}

package id.bpjstk.membership.persistence;

/**
 * Sums over one member's contribution lines of one programme.
 *
 * @param contributions employer plus employee shares, rupiah
 * @param months number of months with a line for the programme
 * @param baseSum sum of the wages the rates were applied to, rupiah
 */
public record ProgrammeTotals(long contributions, long months, long baseSum) {

    public static final ProgrammeTotals NONE = new ProgrammeTotals(0, 0, 0);
}

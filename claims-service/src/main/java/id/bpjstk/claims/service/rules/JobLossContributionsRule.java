package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * {@code JOB_LOSS_CONTRIBUTIONS} (JKP, PP 37/2021): employment has ended, with at least
 * {@code minMonthsInWindow} contribution months in the {@code windowMonths} months up to the job
 * loss and the last {@code consecutiveMonths} of them paid without a gap.
 *
 * <p>Simplifications, for the officer to check on the documents:
 * <ul>
 * <li>the month employment ended counts as the last month before the job loss (the windows end with it);</li>
 * <li>the registry gives the number of months and the first and last month only, so gaps cannot be
 * placed: every gap is counted inside each window ({@link MemberFacts#monthsPaidAtLeast}), which can
 * refuse a member whose gap was long before the job loss, never accept one who falls short;</li>
 * <li>the registry does not say whether employment ended by dismissal (PHK) or by resignation (no
 * JKP): the required proof of dismissal (BUKTI_PHK) settles that;</li>
 * <li>the time limit for filing after the job loss and the age limit at enrolment are not checked.</li>
 * </ul>
 */
record JobLossContributionsRule(int windowMonths, int minMonthsInWindow, int consecutiveMonths, String source)
        implements Rule {

    JobLossContributionsRule {
        if (windowMonths < 1 || minMonthsInWindow < 0 || minMonthsInWindow > windowMonths || consecutiveMonths < 0
                || consecutiveMonths > windowMonths) {
            throw new IllegalArgumentException("JOB_LOSS_CONTRIBUTIONS parameters are inconsistent");
        }
    }

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        LocalDate ended = facts.employmentEndDate();
        if (ended == null) {
            return Eligibility.notEligible(source,
                    "Menurut data kepesertaan Anda masih bekerja: JKP dibayarkan setelah pemutusan hubungan kerja (PHK).",
                    "The registry shows you still employed: JKP is paid after a dismissal (termination of employment).");
        }
        if (ended.isAfter(today)) {
            return Eligibility.notEligible(source,
                    "Hubungan kerja Anda berakhir pada " + Calendar.id(ended) + ": JKP dapat diklaim setelah itu.",
                    "Your employment ends on " + Calendar.en(ended) + ": JKP can be claimed after that.");
        }
        YearMonth loss = YearMonth.from(ended);
        YearMonth windowStart = loss.minusMonths(windowMonths - 1L);
        int inWindow = facts.monthsPaidAtLeast(windowStart, loss);
        if (inWindow < minMonthsInWindow) {
            return Eligibility.notEligible(source,
                    "JKP memerlukan paling sedikit " + minMonthsInWindow + " bulan iuran dalam " + windowMonths
                            + " bulan sampai PHK (" + Calendar.id(windowStart) + " - " + Calendar.id(loss)
                            + "); data kepesertaan menunjukkan " + inWindow + " bulan.",
                    "JKP needs at least " + minMonthsInWindow + " contribution months in the " + windowMonths
                            + " months up to the job loss (" + Calendar.en(windowStart) + " - " + Calendar.en(loss)
                            + "); the registry shows " + inWindow + ".");
        }
        YearMonth recentStart = loss.minusMonths(consecutiveMonths - 1L);
        if (consecutiveMonths > 0 && facts.monthsPaidAtLeast(recentStart, loss) < consecutiveMonths) {
            return Eligibility.notEligible(source,
                    "JKP memerlukan iuran " + consecutiveMonths + " bulan berturut-turut sebelum PHK ("
                            + Calendar.id(recentStart) + " - " + Calendar.id(loss) + "); data kepesertaan tidak"
                            + " menunjukkan iuran lengkap untuk bulan-bulan itu.",
                    "JKP needs " + consecutiveMonths + " consecutive months paid before the job loss ("
                            + Calendar.en(recentStart) + " - " + Calendar.en(loss) + "); the registry does not show"
                            + " all of those months paid.");
        }
        return Eligibility.eligible(source,
                "Hubungan kerja Anda berakhir pada " + Calendar.id(ended) + "; Anda memiliki " + inWindow
                        + " bulan iuran dalam " + windowMonths + " bulan sebelumnya, " + consecutiveMonths
                        + " bulan terakhir berturut-turut: JKP dapat diklaim dengan bukti PHK.",
                "Your employment ended on " + Calendar.en(ended) + "; you have " + inWindow
                        + " contribution months in the " + windowMonths + " months up to it, the last "
                        + consecutiveMonths + " without a gap: JKP can be claimed with the proof of dismissal.");
    }
}

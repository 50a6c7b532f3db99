package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/**
 * {@code EMPLOYMENT_ENDED}: employment ended at least {@code waitingMonths} ago (JHT after a
 * resignation or a dismissal: one month, Permenaker 19/2015). The day the waiting ends is the same
 * day of the month, {@code waitingMonths} later (31 January + 1 month = 28 or 29 February).
 */
record EmploymentEndedRule(String programme, int waitingMonths, String source) implements Rule {

    EmploymentEndedRule {
        if (waitingMonths < 0 || waitingMonths > 120) {
            throw new IllegalArgumentException("EMPLOYMENT_ENDED waitingMonths must be 0..120, not " + waitingMonths);
        }
    }

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        LocalDate ended = facts.employmentEndDate();
        if (ended == null) {
            return Eligibility.notEligible(source,
                    "Menurut data kepesertaan Anda masih bekerja. " + programme + " karena berhenti bekerja dapat"
                            + " diklaim " + waitingMonths + " bulan setelah hubungan kerja berakhir.",
                    "The registry shows you still employed. " + programme + " on stopping work can be claimed "
                            + Calendar.monthsEn(waitingMonths) + " after your employment ends.");
        }
        LocalDate claimableFrom = ended.plusMonths(waitingMonths);
        if (today.isBefore(claimableFrom)) {
            return Eligibility.notEligible(source,
                    "Hubungan kerja Anda berakhir pada " + Calendar.id(ended) + ". " + programme
                            + " karena berhenti bekerja dapat diklaim setelah masa tunggu " + waitingMonths
                            + " bulan, mulai " + Calendar.id(claimableFrom) + ".",
                    "Your employment ends on " + Calendar.en(ended) + ". " + programme + " on stopping work can be"
                            + " claimed after a waiting period of " + Calendar.monthsEn(waitingMonths) + ", from "
                            + Calendar.en(claimableFrom) + ".");
        }
        return Eligibility.eligible(source,
                "Hubungan kerja Anda berakhir pada " + Calendar.id(ended) + " dan masa tunggu " + waitingMonths
                        + " bulan telah lewat: " + programme + " karena berhenti bekerja dapat diklaim.",
                "Your employment ended on " + Calendar.en(ended) + " and the waiting period of "
                        + Calendar.monthsEn(waitingMonths) + " is over: " + programme
                        + " on stopping work can be claimed.");
    }
}

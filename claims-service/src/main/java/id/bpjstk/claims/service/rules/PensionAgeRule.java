package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/**
 * {@code PENSION_AGE}: the JP old-age pension is claimed on reaching the pension age of the current
 * year. With at least {@code minMonthsForMonthly} months of JP contributions (15 years) it is a
 * monthly pension; with fewer, the contributions and their returns are paid as a lump sum.
 */
record PensionAgeRule(String programme, PensionAgeSchedule schedule, int minMonthsForMonthly, String source)
        implements Rule {

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        int year = today.getYear();
        int pensionAge = schedule.ageIn(year);
        int age = facts.ageOn(today);
        String rule = "PP 45/2015 Pasal 15";
        if (age >= pensionAge) {
            int months = facts.jpContributionMonths();
            String reachedId = "Usia Anda " + age + " tahun dan usia pensiun " + programme + " pada tahun " + year
                    + " adalah " + pensionAge + " tahun (" + rule + "). ";
            String reachedEn = "You are " + age + " and the " + programme + " pension age in " + year + " is "
                    + pensionAge + " (" + rule + "). ";
            if (months >= minMonthsForMonthly) {
                return Eligibility.eligible(source,
                        reachedId + "Dengan " + months + " bulan iuran " + programme + " (paling sedikit "
                                + minMonthsForMonthly + " bulan) Anda menerima manfaat pensiun hari tua bulanan.",
                        reachedEn + "With " + months + " months of " + programme + " contributions (at least "
                                + minMonthsForMonthly + ") you receive a monthly old-age pension.");
            }
            return Eligibility.eligible(source,
                    reachedId + "Dengan " + months + " bulan iuran " + programme + ", kurang dari " + minMonthsForMonthly
                            + " bulan (15 tahun) yang diperlukan untuk pensiun bulanan, Anda menerima akumulasi iuran"
                            + " dan hasil pengembangannya sekaligus.",
                    reachedEn + "With " + months + " months of " + programme + " contributions, fewer than the "
                            + minMonthsForMonthly + " (15 years) a monthly pension needs, you receive your"
                            + " contributions and their returns as a lump sum.");
        }
        StringBuilder id = new StringBuilder("Usia pensiun " + programme + " pada tahun " + year + " adalah "
                + pensionAge + " tahun (" + rule + "); usia Anda " + age + " tahun.");
        StringBuilder en = new StringBuilder("The " + programme + " pension age in " + year + " is " + pensionAge
                + " (" + rule + "); you are " + age + ".");
        schedule.firstDayReached(facts.birthDate(), today).ifPresent(day -> {
            int then = schedule.ageIn(day.getYear());
            id.append(" Anda mencapai usia pensiun pada ").append(Calendar.id(day)).append(", saat usia pensiun ")
                    .append(then).append(" tahun.");
            en.append(" You reach the pension age on ").append(Calendar.en(day)).append(", when it is ")
                    .append(then).append('.');
        });
        return Eligibility.notEligible(source, id.toString(), en.toString());
    }
}

package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/** {@code MIN_AGE}: the benefit is paid from a given age (JHT at 56). */
record MinimumAgeRule(String programme, int age, String source) implements Rule {

    MinimumAgeRule {
        if (age < 1 || age > 120) {
            throw new IllegalArgumentException("MIN_AGE age must be 1..120, not " + age);
        }
    }

    @Override
    public Eligibility evaluate(MemberFacts facts, LocalDate today) {
        LocalDate reached = facts.birthDate().plusYears(age);
        int current = facts.ageOn(today);
        if (!today.isBefore(reached)) {
            return Eligibility.eligible(source,
                    "Usia Anda " + current + " tahun (lahir " + Calendar.id(facts.birthDate()) + "): " + programme
                            + " karena usia pensiun dibayarkan mulai usia " + age + " tahun.",
                    "You are " + current + " (born " + Calendar.en(facts.birthDate()) + "): " + programme
                            + " on reaching retirement age is paid from age " + age + ".");
        }
        return Eligibility.notEligible(source,
                "Usia Anda " + current + " tahun. " + programme + " karena usia pensiun dibayarkan mulai usia " + age
                        + " tahun, yang Anda capai pada " + Calendar.id(reached) + ".",
                "You are " + current + ". " + programme + " on reaching retirement age is paid from age " + age
                        + ", which you reach on " + Calendar.en(reached) + ".");
    }
}

package id.bpjstk.claims.service.rules;

import java.time.LocalDate;

/** One eligibility rule of a claim reason, built from its entry in rules/claim-types.json. */
public interface Rule {

    /** What the rule says about this member on {@code today}, with its legal source. */
    Eligibility evaluate(MemberFacts facts, LocalDate today);

    /** The legal source the rule comes from. */
    String source();
}

package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MonthSpan;

/**
 * What claims-service needs to decide eligibility: the member, and the contribution months counted
 * from the registry's rows (all programmes, and JP only).
 */
public record MemberFacts(Member member, MonthSpan contributions, long jpContributionMonths) {
}

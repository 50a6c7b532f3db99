package id.bpjstk.claims.service;

import id.bpjstk.claims.client.MembershipClient;
import id.bpjstk.claims.service.rules.ClaimCatalog;
import id.bpjstk.claims.service.rules.ClaimReason;
import id.bpjstk.claims.service.rules.ClaimType;
import id.bpjstk.claims.service.rules.Eligibility;
import id.bpjstk.claims.service.rules.MemberFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every claim type and reason, with what the rules say about one member today. */
@ApplicationScoped
public class EligibilityService {

    private final ClaimCatalog catalog;
    private final MembershipClient membership;
    private final Clock clock;

    EligibilityService(ClaimCatalog catalog, MembershipClient membership, Clock clock) {
        this.catalog = catalog;
        this.membership = membership;
        this.clock = clock;
    }

    public record ReasonEligibility(ClaimReason reason, Eligibility eligibility) {
    }

    public record TypeEligibility(ClaimType type, List<ReasonEligibility> reasons) {

        /** Some reason of the type is claimable now on the registry's facts alone. */
        public boolean eligible() {
            return reasons.stream().anyMatch(r -> r.eligibility().eligible());
        }
    }

    public record MemberEligibility(LocalDate asOf, List<TypeEligibility> types) {
    }

    /** Asks membership-service for the member's facts (503 when it cannot answer) and applies every rule. */
    public MemberEligibility forMember(String membershipNumber) {
        Optional<MemberFacts> facts = membership.facts(membershipNumber);
        LocalDate today = LocalDate.now(clock);
        List<TypeEligibility> types = catalog.types().stream()
                .map(type -> new TypeEligibility(type, type.reasons().stream()
                        .map(reason -> new ReasonEligibility(reason, reason.evaluate(facts, today)))
                        .toList()))
                .toList();
        return new MemberEligibility(today, types);
    }
}

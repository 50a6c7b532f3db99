package id.bpjstk.portal.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.bpjstk.portal.client.ServiceException;

/**
 * What a claims officer may do to a claim, from which statuses (claims-service's table of transitions), and how the
 * service's refusals of a decision read to her.
 */
public enum Decision {
    VERIFY(Set.of("SUBMITTED")),
    APPROVE(Set.of("VERIFIED")),
    REJECT(Set.of("SUBMITTED", "VERIFIED")),
    PAY(Set.of("APPROVED"));

    /** Why the service refused a decision, as the officer is told. */
    public enum Refusal {
        /** Another officer decided (or changed) the claim since she loaded it: invalid_transition, concurrent_change. */
        ALREADY_DECIDED,
        /** She verified it and would approve it, or approved it and would mark it paid: same_officer. */
        SAME_OFFICER,
        /** It is filed under her own KPJ: own_claim. */
        OWN_CLAIM
    }

    private final Set<String> from;

    Decision(Set<String> from) {
        this.from = from;
    }

    /** The decision a form names ({@code verify}, ...), or empty. */
    public static Optional<Decision> of(String action) {
        if (action != null) {
            for (Decision decision : values()) {
                if (decision.action().equals(action.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(decision);
                }
            }
        }
        return Optional.empty();
    }

    /** The form's value and the last part of the service's path. */
    public String action() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allowedFrom(String status) {
        return from.contains(status);
    }

    /** The refusal a 409 of the service means; empty for any other answer, which the error pages handle. */
    public static Optional<Refusal> refusal(ServiceException e) {
        if (e.status() != 409) {
            return Optional.empty();
        }
        return switch (e.code()) {
            case "invalid_transition", "concurrent_change", "conflict" -> Optional.of(Refusal.ALREADY_DECIDED);
            case "same_officer" -> Optional.of(Refusal.SAME_OFFICER);
            case "own_claim" -> Optional.of(Refusal.OWN_CLAIM);
            default -> Optional.empty();
        };
    }
}

package id.bpjstk.claims.service;

import id.bpjstk.claims.client.MembershipClient;
import id.bpjstk.claims.persistence.ClaimRepository;
import id.bpjstk.claims.service.rules.ClaimCatalog;
import id.bpjstk.claims.service.rules.ClaimReason;
import id.bpjstk.claims.service.rules.ClaimType;
import id.bpjstk.claims.service.rules.Eligibility;
import id.bpjstk.claims.service.rules.MemberFacts;
import id.bpjstk.service.api.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Creates a claim, idempotently: the same member with the same Idempotency-Key and the same request
 * gets the claim made the first time, however often and however concurrently they retry.
 *
 * <p>Not one transaction on purpose: membership-service is asked outside any, and the insert runs in
 * its own, so that when a concurrent request with the same key wins the race its claim can be read
 * back in a fresh transaction and answered.
 */
@ApplicationScoped
public class ClaimCreationService {

    private final ClaimService claims;
    private final ClaimCatalog catalog;
    private final MembershipClient membership;
    private final Clock clock;

    ClaimCreationService(ClaimService claims, ClaimCatalog catalog, MembershipClient membership, Clock clock) {
        this.claims = claims;
        this.catalog = catalog;
        this.membership = membership;
        this.clock = clock;
    }

    /** The claim, and whether it was created by an earlier request with the same key. */
    public record Outcome(ClaimDetails claim, boolean replayed) {
    }

    public Outcome create(Actor member, NewClaim request, String idempotencyKey) {
        ClaimType type = catalog.type(request.type()).orElseThrow(() -> new InvalidRequestException("type",
                "must be one of " + String.join(", ", catalog.typeCodes())));
        ClaimReason reason = type.reason(request.reason()).orElseThrow(() -> new InvalidRequestException("reason",
                "must be one of " + String.join(", ", type.reasonCodes()) + " for a " + type.code() + " claim"));
        String fingerprint = request.fingerprint();

        Optional<ClaimDetails> earlier = claims.findByIdempotencyKey(member.membershipNumber(), idempotencyKey,
                fingerprint);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        if (claims.hasOpenClaim(member.membershipNumber(), type.code())) {
            // the open claim may be the one a concurrent request with this key has just committed
            return replayOr(member, idempotencyKey, fingerprint, new OpenClaimExistsException(type.code()));
        }
        // membership-service down: MembershipUnavailableException (503) before anything is written
        Optional<MemberFacts> facts = membership.facts(member.membershipNumber());
        Eligibility eligibility = reason.evaluate(facts, LocalDate.now(clock));
        if (!eligibility.canFile()) {
            throw new NotEligibleException(eligibility);
        }
        try {
            return new Outcome(claims.create(member, request, reason, eligibility, idempotencyKey), false);
        } catch (PersistenceException e) {
            String constraint = uniqueConstraint(e).orElseThrow(() -> e);
            // a concurrent request got there first: with the same key, its claim is ours too
            RuntimeException otherwise = ClaimRepository.ONE_OPEN_PER_TYPE_CONSTRAINT.equals(constraint)
                    ? new OpenClaimExistsException(type.code()) : e;
            return replayOr(member, idempotencyKey, fingerprint, otherwise);
        }
    }

    /** The claim made under this key after all, or {@code otherwise} is thrown. */
    private Outcome replayOr(Actor member, String idempotencyKey, String fingerprint, RuntimeException otherwise) {
        return claims.findByIdempotencyKey(member.membershipNumber(), idempotencyKey, fingerprint)
                .map(claim -> new Outcome(claim, true))
                .orElseThrow(() -> otherwise);
    }

    /** The name of the unique constraint or index the failure violated, if it was one. */
    static Optional<String> uniqueConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                    && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                int open = message.indexOf('"');
                int close = open < 0 ? -1 : message.indexOf('"', open + 1);
                return Optional.of(close > open ? message.substring(open + 1, close) : "");
            }
        }
        return Optional.empty();
    }
}

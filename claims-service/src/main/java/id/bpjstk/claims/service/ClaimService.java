package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimDocument;
import id.bpjstk.claims.persistence.ClaimDocumentRepository;
import id.bpjstk.claims.persistence.ClaimRepository;
import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.persistence.StatusChange;
import id.bpjstk.claims.persistence.StatusChangeRepository;
import id.bpjstk.claims.service.rules.ClaimCatalog;
import id.bpjstk.claims.service.rules.ClaimReason;
import id.bpjstk.claims.service.rules.Eligibility;
import id.bpjstk.member.Masking;
import id.bpjstk.service.api.InvalidRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Claims as stored: reading them (a member only their own), creating one, and moving a claim
 * through its statuses by the table of {@link ClaimTransitions}, each move recorded in the history
 * and guarded by the claim's version (two concurrent moves: one wins, the other is a 409).
 */
@ApplicationScoped
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);
    /** What officers see unless they filter: everything a member has handed in. */
    private static final Set<ClaimStatus> QUEUE_DEFAULT = EnumSet.complementOf(EnumSet.of(ClaimStatus.DRAFT));

    private final ClaimRepository claims;
    private final ClaimDocumentRepository documents;
    private final StatusChangeRepository history;
    private final ClaimCatalog catalog;
    private final MeterRegistry meters;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ClaimDocumentRepository documents, StatusChangeRepository history,
            ClaimCatalog catalog, MeterRegistry meters, Clock clock) {
        this.claims = claims;
        this.documents = documents;
        this.history = history;
        this.catalog = catalog;
        this.meters = meters;
        this.clock = clock;
    }

    /** The claim made earlier under this member's Idempotency-Key, if the request was the same. */
    @Transactional
    public Optional<ClaimDetails> findByIdempotencyKey(String membershipNumber, String idempotencyKey,
            String fingerprint) {
        return claims.findByIdempotencyKey(membershipNumber, idempotencyKey).map(claim -> {
            if (!claim.getRequestHash().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return details(claim);
        });
    }

    @Transactional
    public boolean hasOpenClaim(String membershipNumber, String type) {
        return claims.hasOpenClaim(membershipNumber, type);
    }

    /**
     * Stores a new DRAFT claim and its first history line. Flushes here, so that a unique-constraint
     * violation (the same Idempotency-Key, or a second open claim of the type, from a concurrent
     * request) is thrown from this method and rolls everything back.
     */
    @Transactional
    public ClaimDetails create(Actor member, NewClaim request, ClaimReason reason, Eligibility eligibility,
            String idempotencyKey) {
        Instant now = now();
        Claim claim = new Claim(UUID.randomUUID(), member.membershipNumber(), request.type(), request.reason(),
                request.bankName(), request.bankAccountNumber(), idempotencyKey, request.fingerprint(),
                member.username(), now);
        claim.recordEligibility(eligibility.outcome().name(), eligibility.reason().id(), eligibility.reason().en(),
                eligibility.source());
        claims.persist(claim);
        claims.flush();
        history.persist(new StatusChange(claim, null, ClaimStatus.DRAFT, member.username(), ActorRole.MEMBER, now, null));
        history.flush();
        meters.counter("claims.created", "type", request.type()).increment();
        LOG.infof("Claim %s created: %s %s for %s, paid to account %s", claim.getId(), request.type(),
                request.reason(), Masking.kpj(member.membershipNumber()), Masks.bankAccount(request.bankAccountNumber()));
        return new ClaimDetails(claim, reason, List.of(), history.findByClaim(claim));
    }

    /** The member's own claims, newest first. */
    @Transactional
    public List<Claim> claimsOf(String membershipNumber) {
        return claims.findByMembershipNumber(membershipNumber);
    }

    /** One claim with its documents and history: a member's own, or any for an officer. */
    @Transactional
    public ClaimDetails details(UUID id, Actor actor) {
        return details(find(id, actor));
    }

    /** Officers' queue: by status (default: every status but DRAFT) and type, oldest first. */
    @Transactional
    public QueuePage queue(Optional<ClaimStatus> status, Optional<String> type, int page, int size) {
        if (type.isPresent() && catalog.type(type.get()).isEmpty()) {
            throw new InvalidRequestException("type", "must be one of " + String.join(", ", catalog.typeCodes()));
        }
        Set<ClaimStatus> statuses = status.map(EnumSet::of).orElse(EnumSet.copyOf(QUEUE_DEFAULT));
        long total = claims.countQueue(statuses, type);
        List<Claim> items = claims.findQueuePage(statuses, type, page, size);
        return new QueuePage(items, page, size, total, (total + size - 1) / size);
    }

    /**
     * Moves the claim by {@code action} if the table allows it from its current status and, for an
     * officer, {@link SeparationOfDuties} too (not her own claim; not the verifier approving, not the
     * approver paying); the reason (required to reject) is kept in the history and, for a rejection,
     * on the claim. Every refusal comes before anything is written.
     */
    @Transactional
    public ClaimDetails transition(UUID id, Actor actor, ClaimAction action, String reason) {
        Claim claim = find(id, actor);
        refuseOwnClaim(actor, claim, action);
        ClaimStatus from = claim.getStatus();
        ClaimTransitions.Transition transition = ClaimTransitions.find(from, action)
                .orElseThrow(() -> new InvalidTransitionException(from, action));
        if (transition.by() != actor.role()) {
            throw new IllegalStateException(actor.role() + " may not " + action);
        }
        if (SeparationOfDuties.dependsOnEarlierStep(action)) {
            refuseSameOfficer(actor, claim, action);
        }
        if (action == ClaimAction.REJECT && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException("reason", "must not be blank");
        }
        ClaimReason claimReason = reasonOf(claim);
        List<ClaimDocument> claimDocuments = documents.findByClaim(claim);
        if (action == ClaimAction.SUBMIT) {
            ClaimDetails current = new ClaimDetails(claim, claimReason, claimDocuments, List.of());
            if (!current.missingDocuments().isEmpty()) {
                throw new DocumentsMissingException(current.missingDocuments());
            }
        }
        Instant now = now();
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        claim.moveTo(transition.to(), action == ClaimAction.REJECT ? note : null, now);
        // the version check: if another request moved the claim since we read it, this throws
        claims.flush();
        history.persist(new StatusChange(claim, from, transition.to(), actor.username(), actor.role(), now, note));
        history.flush();
        meters.counter("claims.transitions", "to", transition.to().name()).increment();
        LOG.infof("Claim %s %s by %s (%s): %s -> %s", claim.getId(), action.pastTense(), actor.forLog(),
                actor.role(), from, transition.to());
        return new ClaimDetails(claim, claimReason, claimDocuments, history.findByClaim(claim));
    }

    private static void refuseOwnClaim(Actor actor, Claim claim, ClaimAction action) {
        if (SeparationOfDuties.isOwnClaim(actor, claim)) {
            LOG.warnf("Claim %s: officer %s may not act on a claim filed under her own KPJ (%s refused)",
                    claim.getId(), actor.forLog(), action);
            throw new OwnClaimException(action);
        }
    }

    private void refuseSameOfficer(Actor actor, Claim claim, ClaimAction action) {
        Optional<ClaimAction> earlier = SeparationOfDuties.earlierStepBySameOfficer(actor, action,
                history.findByClaim(claim));
        if (earlier.isPresent()) {
            LOG.infof("Claim %s: officer %s %s it and may not %s it too", claim.getId(), actor.forLog(),
                    earlier.get().pastTense(), action);
            throw new SameOfficerException(action, earlier.get());
        }
    }

    Claim find(UUID id, Actor actor) {
        Optional<Claim> claim = actor.isMember() ? claims.findOwned(id, actor.membershipNumber())
                : claims.findByIdOptional(id);
        return claim.orElseThrow(ClaimNotFoundException::new);
    }

    ClaimReason reasonOf(Claim claim) {
        return catalog.reason(claim.getType(), claim.getReason()).orElseThrow(() -> new IllegalStateException(
                "claim " + claim.getId() + " has a reason the catalog no longer knows: " + claim.getReason()));
    }

    private ClaimDetails details(Claim claim) {
        return new ClaimDetails(claim, reasonOf(claim), documents.findByClaim(claim), history.findByClaim(claim));
    }

    /** Now, to the microsecond PostgreSQL keeps, so that what is answered equals what is read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

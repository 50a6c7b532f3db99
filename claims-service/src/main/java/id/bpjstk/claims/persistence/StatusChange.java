package id.bpjstk.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a claim's status history: from, to, who, in which role, when and why. */
@Entity
@Table(name = "claim_status_history")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    /** Null for the creation of the claim. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 10)
    private ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 10)
    private ClaimStatus toStatus;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false, length = 7)
    private ActorRole actorRole;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "reason", updatable = false, length = 1000)
    private String reason;

    protected StatusChange() {
        // for JPA
    }

    public StatusChange(Claim claim, ClaimStatus fromStatus, ClaimStatus toStatus, String actor, ActorRole actorRole,
            Instant at, String reason) {
        this.claim = claim;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.actorRole = actorRole;
        this.at = at;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public ClaimStatus getFromStatus() {
        return fromStatus;
    }

    public ClaimStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public ActorRole getActorRole() {
        return actorRole;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}

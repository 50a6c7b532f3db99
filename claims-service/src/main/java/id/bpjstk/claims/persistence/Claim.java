package id.bpjstk.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A benefit claim. Its status changes only through {@link #moveTo}, under optimistic locking
 * ({@link Version}): of two concurrent changes from the same version, one fails to flush.
 */
@Entity
@Table(name = "claims")
public class Claim {

    @Id
    private UUID id;

    @Column(name = "membership_number", nullable = false, updatable = false, length = 11)
    private String membershipNumber;

    @Column(name = "type", nullable = false, updatable = false, length = 3)
    private String type;

    @Column(name = "reason", nullable = false, updatable = false, length = 40)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ClaimStatus status;

    @Column(name = "bank_name", nullable = false, updatable = false, length = 100)
    private String bankName;

    @Column(name = "bank_account_number", nullable = false, updatable = false, length = 20)
    private String bankAccountNumber;

    @Column(name = "eligibility_outcome", nullable = false, updatable = false, length = 30)
    private String eligibilityOutcome;

    @Column(name = "eligibility_reason_id", nullable = false, updatable = false, length = 1000)
    private String eligibilityReasonId;

    @Column(name = "eligibility_reason_en", nullable = false, updatable = false, length = 1000)
    private String eligibilityReasonEn;

    @Column(name = "eligibility_source", nullable = false, updatable = false, length = 1000)
    private String eligibilitySource;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Claim() {
        // for JPA
    }

    public Claim(UUID id, String membershipNumber, String type, String reason, String bankName,
            String bankAccountNumber, String idempotencyKey, String requestHash, String createdBy, Instant createdAt) {
        this.id = id;
        this.membershipNumber = membershipNumber;
        this.type = type;
        this.reason = reason;
        this.bankName = bankName;
        this.bankAccountNumber = bankAccountNumber;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = ClaimStatus.DRAFT;
    }

    /** The eligibility evaluated at creation, kept for the officer. */
    public void recordEligibility(String outcome, String reasonId, String reasonEn, String source) {
        this.eligibilityOutcome = outcome;
        this.eligibilityReasonId = reasonId;
        this.eligibilityReasonEn = reasonEn;
        this.eligibilitySource = source;
    }

    /** Changes the status; the caller has checked the move against the allowed transitions. */
    public void moveTo(ClaimStatus target, String decisionReason, Instant at) {
        this.status = target;
        if (decisionReason != null) {
            this.decisionReason = decisionReason;
        }
        this.updatedAt = at;
    }

    /**
     * Marks a change to the claim's documents: a new version, so that a submission that read the
     * documents before the change fails its version check instead of submitting what it did not see.
     */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public String getType() {
        return type;
    }

    public String getReason() {
        return reason;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getBankName() {
        return bankName;
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }

    public String getEligibilityOutcome() {
        return eligibilityOutcome;
    }

    public String getEligibilityReasonId() {
        return eligibilityReasonId;
    }

    public String getEligibilityReasonEn() {
        return eligibilityReasonEn;
    }

    public String getEligibilitySource() {
        return eligibilitySource;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        // never the bank account number
        return "Claim[id=" + id + ", type=" + type + ", status=" + status + "]";
    }
}

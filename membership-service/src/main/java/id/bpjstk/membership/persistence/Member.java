package id.bpjstk.membership.persistence;

import id.bpjstk.member.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A participant in the registry. The NIK is held because this is the registry of record; it has
 * no public getter that could end up in a response or a log line by accident: use
 * {@link #nikMatches(String)} or {@link #maskedNik()}.
 */
@Entity
@Table(name = "members")
public class Member {

    private static final String NO_SUCH_NIK = "0000000000000000";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "membership_number", nullable = false, updatable = false, length = 11)
    private String membershipNumber;

    @Column(name = "nik", nullable = false, length = 16)
    private String nik;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_category", nullable = false)
    private ParticipantCategory participantCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MemberStatus status;

    @Column(name = "employer_name", length = 200)
    private String employerName;

    @Column(name = "phone_number", length = 16)
    private String phoneNumber;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "correspondence_email", length = 254)
    private String correspondenceEmail;

    @Column(name = "registered_since", nullable = false)
    private LocalDate registeredSince;

    /** The day the member's employment ended; null while employed. */
    @Column(name = "employment_end_date")
    private LocalDate employmentEndDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Member() {
        // for JPA
    }

    public Member(String membershipNumber, String nik, String fullName, LocalDate birthDate, Sex sex,
            ParticipantCategory participantCategory, MemberStatus status, LocalDate registeredSince) {
        this.membershipNumber = membershipNumber;
        this.nik = nik;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.participantCategory = participantCategory;
        this.status = status;
        this.registeredSince = registeredSince;
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now();
    }

    /** Compares the given NIK with the registered one in constant time. */
    public boolean nikMatches(String candidate) {
        return sameInConstantTime(nik, candidate);
    }

    /**
     * The work of {@link #nikMatches(String)} without a member (an unknown KPJ), so that both take about as
     * long; never a match.
     */
    public static boolean nikMatchesNobody(String candidate) {
        sameInConstantTime(NO_SUCH_NIK, candidate);
        return false;
    }

    /** The NIK as it may be shown: {@code 3171********0001} ({@link Masking#nik(String)}). */
    public String maskedNik() {
        return Masking.nik(nik);
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isWageEarner() {
        return participantCategory == ParticipantCategory.PU;
    }

    public void changeContact(String address, String correspondenceEmail) {
        this.address = address;
        this.correspondenceEmail = correspondenceEmail;
    }

    public Long getId() {
        return id;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public ParticipantCategory getParticipantCategory() {
        return participantCategory;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public String getCorrespondenceEmail() {
        return correspondenceEmail;
    }

    public LocalDate getRegisteredSince() {
        return registeredSince;
    }

    public LocalDate getEmploymentEndDate() {
        return employmentEndDate;
    }

    public void setEmploymentEndDate(LocalDate employmentEndDate) {
        this.employmentEndDate = employmentEndDate;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Equality that takes the same time whichever character differs. */
    private static boolean sameInConstantTime(String expected, String candidate) {
        if (expected == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // never the NIK, phone or email, and the KPJ masked
        return "Member[id=" + id + ", membershipNumber=" + Masking.kpj(membershipNumber) + "]";
    }
}

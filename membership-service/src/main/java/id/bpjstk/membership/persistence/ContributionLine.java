package id.bpjstk.membership.persistence;

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

/** What was paid for one programme in one contribution month, in whole rupiah. */
@Entity
@Table(name = "contribution_lines")
public class ContributionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contribution_month_id", nullable = false, updatable = false)
    private ContributionMonth month;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false, updatable = false)
    private Programme programme;

    /** The wage the rates were applied to: the JP wage is capped. */
    @Column(name = "base", nullable = false)
    private long base;

    @Column(name = "employer_share", nullable = false)
    private long employerShare;

    @Column(name = "employee_share", nullable = false)
    private long employeeShare;

    protected ContributionLine() {
        // for JPA
    }

    public ContributionLine(ContributionMonth month, Programme programme, long base, long employerShare,
            long employeeShare) {
        this.month = month;
        this.programme = programme;
        this.base = base;
        this.employerShare = employerShare;
        this.employeeShare = employeeShare;
    }

    public Long getId() {
        return id;
    }

    public ContributionMonth getMonth() {
        return month;
    }

    public Programme getProgramme() {
        return programme;
    }

    public long getBase() {
        return base;
    }

    public long getEmployerShare() {
        return employerShare;
    }

    public long getEmployeeShare() {
        return employeeShare;
    }
}

package id.bpjstk.membership.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;

/** One member's contribution month: the reported wage (declared income for BPU) of that month. */
@Entity
@Table(name = "contribution_months")
public class ContributionMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    /** First day of the month. */
    @Column(name = "period", nullable = false, updatable = false)
    private LocalDate period;

    @Column(name = "wage", nullable = false)
    private long wage;

    protected ContributionMonth() {
        // for JPA
    }

    public ContributionMonth(Member member, YearMonth period, long wage) {
        this.member = member;
        this.period = period.atDay(1);
        this.wage = wage;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public YearMonth getPeriod() {
        return YearMonth.from(period);
    }

    public long getWage() {
        return wage;
    }
}

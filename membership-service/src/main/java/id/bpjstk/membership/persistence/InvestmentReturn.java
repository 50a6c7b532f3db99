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
import java.time.LocalDate;

/** Investment return (hasil pengembangan) credited to a member's JHT balance for one year. */
@Entity
@Table(name = "investment_returns")
public class InvestmentReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false, updatable = false)
    private Programme programme;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "credited_on", nullable = false)
    private LocalDate creditedOn;

    protected InvestmentReturn() {
        // for JPA
    }

    public InvestmentReturn(Member member, int year, long amount, LocalDate creditedOn) {
        this.member = member;
        this.programme = Programme.JHT;
        this.year = year;
        this.amount = amount;
        this.creditedOn = creditedOn;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getYear() {
        return year;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getCreditedOn() {
        return creditedOn;
    }
}

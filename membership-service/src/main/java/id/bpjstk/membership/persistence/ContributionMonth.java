package id.bpjstk.membership.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One member's contribution month: the reported wage (declared income for BPU) of that month and what was paid for
 * each programme ({@link ProgrammeLine}, absent for a programme nothing was paid for). Writing a month updates the
 * member's {@code member_balances} row in the same transaction (a trigger of the table).
 */
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

    @Embedded
    @AttributeOverride(name = "base", column = @Column(name = "jht_base"))
    @AttributeOverride(name = "employerShare", column = @Column(name = "jht_employer_share"))
    @AttributeOverride(name = "employeeShare", column = @Column(name = "jht_employee_share"))
    private ProgrammeLine jht;

    @Embedded
    @AttributeOverride(name = "base", column = @Column(name = "jkk_base"))
    @AttributeOverride(name = "employerShare", column = @Column(name = "jkk_employer_share"))
    @AttributeOverride(name = "employeeShare", column = @Column(name = "jkk_employee_share"))
    private ProgrammeLine jkk;

    @Embedded
    @AttributeOverride(name = "base", column = @Column(name = "jkm_base"))
    @AttributeOverride(name = "employerShare", column = @Column(name = "jkm_employer_share"))
    @AttributeOverride(name = "employeeShare", column = @Column(name = "jkm_employee_share"))
    private ProgrammeLine jkm;

    @Embedded
    @AttributeOverride(name = "base", column = @Column(name = "jp_base"))
    @AttributeOverride(name = "employerShare", column = @Column(name = "jp_employer_share"))
    @AttributeOverride(name = "employeeShare", column = @Column(name = "jp_employee_share"))
    private ProgrammeLine jp;

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

    /** What was paid for the programme this month; empty when nothing was. */
    public Optional<ProgrammeLine> line(Programme programme) {
        return Optional.ofNullable(switch (programme) {
            case JHT -> jht;
            case JKK -> jkk;
            case JKM -> jkm;
            case JP -> jp;
        });
    }

    /** The month's lines in programme order. */
    public Map<Programme, ProgrammeLine> lines() {
        Map<Programme, ProgrammeLine> lines = new EnumMap<>(Programme.class);
        for (Programme programme : Programme.values()) {
            line(programme).ifPresent(line -> lines.put(programme, line));
        }
        return lines;
    }

    /** Records what was paid for the programme this month (null: nothing). */
    public void setLine(Programme programme, ProgrammeLine line) {
        switch (programme) {
            case JHT -> jht = line;
            case JKK -> jkk = line;
            case JKM -> jkm = line;
            case JP -> jp = line;
        }
    }
}

package id.bpjstk.membership.persistence;

import static id.bpjstk.membership.persistence.NativeRows.month;
import static id.bpjstk.membership.persistence.NativeRows.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reads {@code member_balances}: one indexed look-up per member, whatever the length of her history. */
@ApplicationScoped
public class MemberBalancesRepository {

    private static final String SELECT = "select m.id, m.participant_category, b.months, b.latest_period,"
            + " b.jht_contributions, b.jp_contributions, b.jp_months, b.jp_base_sum,"
            + " (select coalesce(sum(r.amount), 0) from investment_returns r where r.member_id = m.id"
            + "  and r.programme = 'JHT' and r.credited_on <= (b.latest_period + interval '1 month' - interval '1 day'))"
            + " from members m left join member_balances b on b.member_id = m.id";

    private final EntityManager entityManager;

    MemberBalancesRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<MemberBalances> findByMembershipNumber(String membershipNumber) {
        return find(SELECT + " where m.membership_number = ?1", membershipNumber);
    }

    public Optional<MemberBalances> findByMember(Member member) {
        return find(SELECT + " where m.id = ?1", member.getId());
    }

    private Optional<MemberBalances> find(String sql, Object key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(MemberBalancesRepository::balances);
    }

    private static MemberBalances balances(Object[] row) {
        ParticipantCategory category = ParticipantCategory.valueOf((String) row[1]);
        if (row[3] == null) {
            return new MemberBalances(number(row[0]), category, 0, null, 0, 0, 0, 0, 0);
        }
        return new MemberBalances(number(row[0]), category, number(row[2]), month(row[3]),
                number(row[4]), number(row[8]), number(row[5]), number(row[6]), number(row[7]));
    }
}

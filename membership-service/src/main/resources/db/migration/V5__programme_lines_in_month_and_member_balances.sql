-- A month's programme lines become columns of its contribution_months row (JHT, JKK, JKM, JP:
-- base, employer share, employee share; all three null when nothing was paid for that programme),
-- so that a page of months is one index range and the registry holds one row per member and month
-- instead of four. Balances are kept as data in member_balances, maintained by a trigger in the
-- same transaction as every write to contribution_months.
alter table contribution_months
    add column jht_base bigint, add column jht_employer_share bigint, add column jht_employee_share bigint,
    add column jkk_base bigint, add column jkk_employer_share bigint, add column jkk_employee_share bigint,
    add column jkm_base bigint, add column jkm_employer_share bigint, add column jkm_employee_share bigint,
    add column jp_base  bigint, add column jp_employer_share  bigint, add column jp_employee_share  bigint;

update contribution_months cm
set jht_base = jht.base, jht_employer_share = jht.employer_share, jht_employee_share = jht.employee_share,
    jkk_base = jkk.base, jkk_employer_share = jkk.employer_share, jkk_employee_share = jkk.employee_share,
    jkm_base = jkm.base, jkm_employer_share = jkm.employer_share, jkm_employee_share = jkm.employee_share,
    jp_base  = jp.base,  jp_employer_share  = jp.employer_share,  jp_employee_share  = jp.employee_share
from contribution_months m
left join contribution_lines jht on jht.contribution_month_id = m.id and jht.programme = 'JHT'
left join contribution_lines jkk on jkk.contribution_month_id = m.id and jkk.programme = 'JKK'
left join contribution_lines jkm on jkm.contribution_month_id = m.id and jkm.programme = 'JKM'
left join contribution_lines jp  on jp.contribution_month_id  = m.id and jp.programme  = 'JP'
where cm.id = m.id;

drop table contribution_lines;

alter table contribution_months
    -- a programme line is all there or not at all, and never negative
    add constraint contribution_months_jht_ck check (num_nulls(jht_base, jht_employer_share, jht_employee_share) in (0, 3)
        and jht_base >= 0 and jht_employer_share >= 0 and jht_employee_share >= 0),
    add constraint contribution_months_jkk_ck check (num_nulls(jkk_base, jkk_employer_share, jkk_employee_share) in (0, 3)
        and jkk_base >= 0 and jkk_employer_share >= 0 and jkk_employee_share >= 0),
    add constraint contribution_months_jkm_ck check (num_nulls(jkm_base, jkm_employer_share, jkm_employee_share) in (0, 3)
        and jkm_base >= 0 and jkm_employer_share >= 0 and jkm_employee_share >= 0),
    add constraint contribution_months_jp_ck check (num_nulls(jp_base, jp_employer_share, jp_employee_share) in (0, 3)
        and jp_base >= 0 and jp_employer_share >= 0 and jp_employee_share >= 0);

-- the unique (member_id, period) index serves newest-first reads as well (scanned backwards)
drop index contribution_months_member_period_idx;

-- One row per member with at least one contribution month: the sums the balances are computed from, over all
-- of the member's months. Investment returns are not in here: which of them count depends on the as-of day.
create table member_balances (
    member_id         bigint primary key references members (id),
    months            integer not null,
    first_period      date    not null,
    latest_period     date    not null,
    -- JHT employer plus employee shares
    jht_contributions bigint  not null,
    -- JP employer plus employee shares, months with a JP line and the sum of their (capped) JP wages
    jp_contributions  bigint  not null,
    jp_months         integer not null,
    jp_base_sum       bigint  not null
);

-- Recomputes the balances of the members whose months a statement touched, from all their months. The members'
-- rows are locked first, so that two transactions writing one member's months recompute one after the other and
-- the later sees the earlier's months (each statement of the function reads with a new snapshot).
create function member_balances_refresh(member_ids bigint[]) returns void language sql as $$
    select id from members where id = any (member_ids) order by id for no key update;
    delete from member_balances b
    where b.member_id = any (member_ids)
      and not exists (select 1 from contribution_months cm where cm.member_id = b.member_id);
    insert into member_balances (member_id, months, first_period, latest_period, jht_contributions,
                                 jp_contributions, jp_months, jp_base_sum)
    select cm.member_id, count(*), min(cm.period), max(cm.period),
           coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0),
           coalesce(sum(cm.jp_employer_share + cm.jp_employee_share), 0),
           count(cm.jp_base), coalesce(sum(cm.jp_base), 0)
    from contribution_months cm
    where cm.member_id = any (member_ids)
    group by cm.member_id
    on conflict (member_id) do update set
        months = excluded.months, first_period = excluded.first_period, latest_period = excluded.latest_period,
        jht_contributions = excluded.jht_contributions, jp_contributions = excluded.jp_contributions,
        jp_months = excluded.jp_months, jp_base_sum = excluded.jp_base_sum;
$$;

create function member_balances_after_insert() returns trigger language plpgsql as $$
begin
    perform member_balances_refresh(array(select distinct member_id from new_months));
    return null;
end $$;

create function member_balances_after_update() returns trigger language plpgsql as $$
begin
    perform member_balances_refresh(array(select member_id from new_months union select member_id from old_months));
    return null;
end $$;

create function member_balances_after_delete() returns trigger language plpgsql as $$
begin
    perform member_balances_refresh(array(select distinct member_id from old_months));
    return null;
end $$;

create trigger contribution_months_balances_insert after insert on contribution_months
    referencing new table as new_months for each statement execute function member_balances_after_insert();
create trigger contribution_months_balances_update after update on contribution_months
    referencing old table as old_months new table as new_months
    for each statement execute function member_balances_after_update();
create trigger contribution_months_balances_delete after delete on contribution_months
    referencing old table as old_months for each statement execute function member_balances_after_delete();

select member_balances_refresh(array(select distinct member_id from contribution_months));

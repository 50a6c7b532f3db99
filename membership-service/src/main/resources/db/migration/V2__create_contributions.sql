-- Monthly contributions (iuran). One row per member and month holds the reported wage
-- (for BPU members: the declared income); one line per programme holds what was paid for it.
-- All amounts are whole rupiah.
create table contribution_months (
    id         bigint generated always as identity primary key,
    member_id  bigint not null references members (id),
    -- first day of the contribution month (YYYY-MM-01)
    period     date   not null,
    wage       bigint not null,
    constraint contribution_months_member_period_uk unique (member_id, period),
    constraint contribution_months_period_ck check (extract(day from period) = 1),
    constraint contribution_months_wage_ck check (wage >= 0)
);

create table contribution_lines (
    id                    bigint generated always as identity primary key,
    contribution_month_id bigint     not null references contribution_months (id) on delete cascade,
    -- JHT old-age savings, JKK work accident, JKM death, JP pension
    programme             varchar(3) not null,
    -- the wage the rate was applied to (the JP wage is capped)
    base                  bigint     not null,
    employer_share        bigint     not null,
    employee_share        bigint     not null,
    constraint contribution_lines_month_programme_uk unique (contribution_month_id, programme),
    constraint contribution_lines_programme_ck check (programme in ('JHT', 'JKK', 'JKM', 'JP')),
    constraint contribution_lines_amounts_ck check (base >= 0 and employer_share >= 0 and employee_share >= 0)
);

create index contribution_months_member_period_idx on contribution_months (member_id, period desc);

-- Investment returns (hasil pengembangan) credited to a member's JHT balance once a year.
create table investment_returns (
    id          bigint generated always as identity primary key,
    member_id   bigint     not null references members (id),
    programme   varchar(3) not null default 'JHT',
    year        smallint   not null,
    amount      bigint     not null,
    credited_on date       not null,
    constraint investment_returns_member_programme_year_uk unique (member_id, programme, year),
    constraint investment_returns_programme_ck check (programme = 'JHT'),
    constraint investment_returns_amount_ck check (amount >= 0),
    constraint investment_returns_credited_on_ck check (extract(year from credited_on) >= year)
);

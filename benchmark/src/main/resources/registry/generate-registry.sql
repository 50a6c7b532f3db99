-- Registry generator: :members fictional members, each with 36 contribution months (the 36 months before the
-- current one) and their programme lines, the JHT investment returns of each past year in that window, and the
-- member_balances row the service keeps for each of them.
--
-- Contract:
--   * Runs against a database that membership-service's Flyway has migrated, with no generated member in it yet
--     (the demo members may be there). Every statement ends with ';' at the end of a line and has no '$$' body:
--     the script is split on ";\n" and each statement is executed over JDBC, in order, autocommit.
--   * The text :members is replaced by the member count N before running.
--   * Member i (1..N) has the KPJ '9' || lpad(i::text, 10, '0') and is ACTIVE; every 5th is a non-wage (BPU)
--     participant (no employer, no JP; 7 in 10 of them pay JHT), the others are wage earners (PU) of one of 50
--     employers, some of them earning over the JP wage cap. NIKs are unique: region, birth date (day + 40 for
--     women), serial from 5001 (the demo members' are below).
--   * Each month's lines follow membership-service's ContributionRules (rates in basis points, each share rounded
--     half up: (base * bp + 5000) / 10000); member_balances equals what its trigger computes.
--   * The balance triggers, the foreign keys and the unique indexes are dropped for the bulk load and put back
--     after it (so the tables hold the same constraints as after Flyway), then everything is analysed.
-- Size and time, measured on 2 shared cores with PostgreSQL 15: 1,000,000 members -> 36,000,000 contribution months
-- (one 200-byte row each, the programme lines being columns), 2.8 million returns, 7.9 GB with indexes, in 14 minutes
-- (8 of them the months' insert); 10,000 members -> 360,000 months, about 90 MB, in 10 seconds.

set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;

alter table contribution_months disable trigger user;
alter table contribution_months drop constraint contribution_months_member_id_fkey;
alter table contribution_months drop constraint contribution_months_member_period_uk;
alter table member_balances drop constraint member_balances_member_id_fkey;
alter table investment_returns drop constraint investment_returns_member_id_fkey;
alter table investment_returns drop constraint investment_returns_member_programme_year_uk;
alter table members drop constraint members_membership_number_uk;
alter table members drop constraint members_nik_uk;

-- Members, with ids following the highest one already there (member i gets base + i).
insert into members (id, membership_number, nik, full_name, birth_date, sex, participant_category, status,
                     employer_name, phone_number, email, address, correspondence_email, registered_since)
overriding system value
select base.id + g.i,
       '9' || lpad(g.i::text, 10, '0'),
       region.code || lpad((extract(day from b.birth_date)::int + case when g.female then 40 else 0 end)::text, 2, '0')
           || to_char(b.birth_date, 'MMYY') || lpad(((g.i - 1) / 292000 + 5001)::text, 4, '0'),
       (case when g.female
             then (array['Siti', 'Dewi', 'Rina', 'Ayu', 'Putri', 'Wulan', 'Indah', 'Fitri', 'Wati', 'Nur',
                         'Sri', 'Ratna', 'Maya', 'Intan', 'Yuni', 'Ani', 'Sari', 'Nia', 'Desi', 'Ratih'])[g.h % 20 + 1]
             else (array['Budi', 'Agus', 'Made', 'Andi', 'Rudi', 'Joko', 'Eko', 'Hendra', 'Dedi', 'Bayu',
                         'Rizki', 'Fajar', 'Wayan', 'Arif', 'Dimas', 'Yusuf', 'Irfan', 'Teguh', 'Bambang', 'Hadi'])[g.h % 20 + 1]
        end) || ' ' ||
       (array['Santoso', 'Rahmawati', 'Pratama', 'Wirawan', 'Lestari', 'Kartika', 'Saputra', 'Hidayat', 'Nugroho',
              'Wibowo', 'Setiawan', 'Kurniawan', 'Siregar', 'Nasution', 'Simanjuntak', 'Gunawan', 'Susanto',
              'Hartono', 'Purnomo', 'Sutrisno', 'Halim', 'Tanjung', 'Harahap', 'Sitompul', 'Utomo'])[g.h / 20 % 25 + 1],
       b.birth_date,
       case when g.female then 'FEMALE' else 'MALE' end,
       case when g.bpu then 'BPU' else 'PU' end,
       'ACTIVE',
       case when g.bpu then null
            else 'PT ' || (array['Nusantara', 'Sejahtera', 'Parahyangan', 'Cahaya', 'Bali', 'Mitra', 'Karya', 'Sinar',
                                 'Mandiri', 'Bintang'])[g.h / 500 % 10 + 1]
                 || ' ' || (array['Logistik', 'Tekstil', 'Elektronik', 'Wisata', 'Konstruksi'])[g.h / 5000 % 5 + 1]
                 || ' Abadi' end,
       '+62812' || lpad(g.i::text, 8, '0'),
       'member' || g.i || '@example.test',
       'Jl. ' || (array['Merdeka', 'Sudirman', 'Diponegoro', 'Gajah Mada', 'Ahmad Yani', 'Pemuda', 'Veteran',
                        'Pahlawan'])[g.h % 8 + 1] || ' No. ' || (g.h % 200 + 1) || ', ' || region.city,
       'member' || g.i || '@example.test',
       greatest(b.birth_date + interval '18 years', date '2012-01-02')::date
from (select coalesce(max(id), 0) as id from members) base
cross join lateral (select i, hashint4(i)::bigint & 2147483647 as h, i % 5 = 0 as bpu,
                           hashint4(-i) & 1 = 1 as female
                    from generate_series(1, :members) as s (i)) g
cross join lateral (select date '1964-01-01' + (((g.i - 1) / 20 % 14600) * 7907 % 14600)::int as birth_date) b
cross join lateral (select (array['317101', '327301', '357801', '517101', '317401', '320101', '337401', '347101',
                                  '127101', '737101', '167101', '617101', '647201', '327501', '360301', '330201',
                                  '350701', '520101', '710101', '140101'])[(g.i - 1) % 20 + 1] as code,
                           (array['Jakarta Pusat', 'Bandung', 'Surabaya', 'Denpasar', 'Jakarta Barat', 'Bogor',
                                  'Semarang', 'Yogyakarta', 'Medan', 'Makassar', 'Palembang', 'Pontianak',
                                  'Samarinda', 'Bekasi', 'Tangerang', 'Cilacap', 'Malang', 'Mataram', 'Manado',
                                  'Pekanbaru'])[(g.i - 1) % 20 + 1] as city) region;

select setval(pg_get_serial_sequence('members', 'id'), (select max(id) from members));

-- 36 months each, member by member and oldest first (each member's months sit together on disk). A member's wage
-- (PU) or declared income (BPU) rises 5% each calendar year.
insert into contribution_months (member_id, period, wage,
                                 jht_base, jht_employer_share, jht_employee_share,
                                 jkk_base, jkk_employer_share, jkk_employee_share,
                                 jkm_base, jkm_employer_share, jkm_employee_share,
                                 jp_base, jp_employer_share, jp_employee_share)
select base.id + g.i, p.period, w.wage,
       case when not g.bpu or g.bpu_jht then w.wage end,
       case when not g.bpu then (w.wage * 370 + 5000) / 10000 when g.bpu_jht then 0 end,
       case when not g.bpu or g.bpu_jht then (w.wage * 200 + 5000) / 10000 end,
       w.wage,
       case when g.bpu then 0 else (w.wage * 24 + 5000) / 10000 end,
       case when g.bpu then (w.wage * 100 + 5000) / 10000 else 0 end,
       w.wage,
       case when g.bpu then 0 else (w.wage * 30 + 5000) / 10000 end,
       case when g.bpu then 6800 else 0 end,
       jp.base, (jp.base * 200 + 5000) / 10000, (jp.base * 100 + 5000) / 10000
from (select id - 1 as id from members where membership_number = '90000000001') base
cross join lateral (select i, i % 5 = 0 as bpu, i / 5 % 10 < 7 as bpu_jht,
                           case when i % 5 = 0 then 1000000 + h % 81 * 50000 else 3500000 + h % 21501 * 1000 end
                               as first_wage
                    from (select i, hashint4(i)::bigint & 2147483647 as h
                          from generate_series(1, :members) as s (i)) x) g
-- the 36 months, computed once: the wage growth (parts per million of the first year's wage) and the JP wage cap
cross join (select m.period, growth.ppm,
                   case when m.period < date '2015-07-01' then null
                        else case extract(year from m.period)::int
                            when 2015 then 7000000 when 2016 then 7335300 when 2017 then 7703500
                            when 2018 then 8094000 when 2019 then 8512400 when 2020 then 8754600
                            when 2021 then 8939700 when 2022 then 9077600 when 2023 then 9559600
                            when 2024 then 10042300 else 10547400 end end::bigint as jp_cap
            from (select (date_trunc('month', current_date) - make_interval(months => k))::date as period
                  from generate_series(36, 1, -1) as s (k)) m
            cross join lateral (select (array[1000000, 1050000, 1102500, 1157625])[
                                    extract(year from m.period)::int - extract(year from current_date)::int + 4]::bigint
                                    as ppm) growth
            offset 0) p
cross join lateral (select (g.first_wage * p.ppm + 500000000) / 1000000000 * 1000 as wage) w
cross join lateral (select case when not g.bpu then least(w.wage, p.jp_cap) end as base) jp;

alter table contribution_months add constraint contribution_months_member_period_uk unique (member_id, period);
alter table contribution_months add constraint contribution_months_member_id_fkey
    foreign key (member_id) references members (id);

-- What member_balances_refresh computes, for every generated member at once.
insert into member_balances (member_id, months, first_period, latest_period, jht_contributions,
                             jp_contributions, jp_months, jp_base_sum)
select cm.member_id, count(*), min(cm.period), max(cm.period),
       coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0),
       coalesce(sum(cm.jp_employer_share + cm.jp_employee_share), 0),
       count(cm.jp_base), coalesce(sum(cm.jp_base), 0)
from contribution_months cm
where cm.member_id > (select id - 1 from members where membership_number = '90000000001')
group by cm.member_id;

alter table member_balances add constraint member_balances_member_id_fkey
    foreign key (member_id) references members (id);

-- JHT investment returns credited on 31 December of each year whose December is in the window, at fictional
-- rates (2023 5.60%, 2024 6.08%, then 6.30%) on the JHT contributions before that year plus half of that year's.
insert into investment_returns (member_id, programme, year, amount, credited_on)
select y.member_id, 'JHT', y.year,
       round((case y.year when 2023 then 0.0560 when 2024 then 0.0608 else 0.0630 end)
             * (y.before + y.paid / 2.0))::bigint,
       make_date(y.year, 12, 31)
from (select member_id, year, paid, sum(paid) over (partition by member_id order by year) - paid as before,
             last_month
      from (select cm.member_id, extract(year from cm.period)::int as year,
                   sum(coalesce(cm.jht_employer_share + cm.jht_employee_share, 0)) as paid,
                   max(cm.period) as last_month
            from contribution_months cm
            where cm.member_id > (select id - 1 from members where membership_number = '90000000001')
            group by cm.member_id, extract(year from cm.period)::int) per_year) y
where extract(month from y.last_month) = 12 and y.paid > 0;

alter table investment_returns add constraint investment_returns_member_programme_year_uk
    unique (member_id, programme, year);
alter table investment_returns add constraint investment_returns_member_id_fkey
    foreign key (member_id) references members (id);
alter table members add constraint members_membership_number_uk unique (membership_number);
alter table members add constraint members_nik_uk unique (nik);
alter table contribution_months enable trigger user;

analyze members;
analyze contribution_months;
analyze member_balances;
analyze investment_returns;

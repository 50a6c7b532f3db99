-- Demo data (fictional people) for the local run and the tests: the demo members and their records.
-- Run by DemoDataSeeder in one transaction, only when membership.demo-data.enabled=true.
-- Every insert is idempotent (on conflict do nothing), so running it twice changes nothing.
-- Each statement ends with ';' at the end of a line (the seeder splits on that).
--
-- Contribution rules mirrored from id.bpjstk.membership.service.ContributionRules (a test checks
-- that every seeded line equals what ContributionRules computes):
--   PU (wage earner): JHT 3.7% employer + 2% employee; JKK 0.24% employer (risk class "very low");
--                     JKM 0.30% employer; JP 2% employer + 1% employee of the wage capped at the
--                     year's JP wage cap (2023: 9,559,600; 2024: 10,042,300; 2025 and later: 10,547,400).
--   BPU (non-wage):   paid by the participant: JKK 1% of the declared income, JKM Rp 6,800 flat,
--                     JHT 2% of the declared income (JHT is optional for BPU); no JP.
--   Each share is rounded half up to whole rupiah: (base * basis_points + 5000) / 10000.

insert into members (membership_number, nik, full_name, birth_date, sex, participant_category, status,
                     employer_name, phone_number, email, address, correspondence_email, registered_since)
values
  ('11000000017', '3171015505900001', 'Siti Rahmawati', date '1990-05-15', 'FEMALE', 'PU', 'ACTIVE',
   'PT Nusantara Logistik Sejahtera', '+6281200000001', 'siti@example.test',
   'Jl. Tebet Barat Dalam II No. 8, RT 004/RW 002, Tebet Barat, Tebet, Jakarta Selatan 12810',
   'siti@example.test', date '2023-01-02'),
  ('11000000025', '3273011208850002', 'Budi Santoso', date '1985-08-12', 'MALE', 'PU', 'ACTIVE',
   'CV Parahyangan Tekstil', '+6281200000002', 'budi@example.test',
   'Jl. Ir. H. Juanda No. 45, Dago, Coblong, Bandung 40135',
   'budi@example.test', date '2023-01-02'),
  ('11000000033', '3578016101920003', 'Dewi Lestari', date '1992-01-21', 'FEMALE', 'BPU', 'ACTIVE',
   null, '+6281200000003', 'dewi@example.test',
   'Jl. Darmo Permai II No. 17, Pradah Kalikendal, Dukuh Pakis, Surabaya 60226',
   'dewi@example.test', date '2023-01-02'),
  ('11000000041', '5171010303700004', 'Made Wirawan', date '1970-03-03', 'MALE', 'PU', 'ACTIVE',
   'PT Bali Wisata Nusantara', '+6281200000004', 'made@example.test',
   'Jl. Teuku Umar No. 88, Dauh Puri Kelod, Denpasar Barat, Denpasar 80113',
   'made@example.test', date '2023-01-02'),
  ('11000000058', '3174015807880005', 'Rina Kartika', date '1988-07-18', 'FEMALE', 'PU', 'ACTIVE',
   'PT Cahaya Abadi Elektronik', '+6281200000005', 'rina@example.test',
   'Jl. Kebon Jeruk Raya No. 27, RT 003/RW 005, Kebon Jeruk, Jakarta Barat 11530',
   'rina@example.test', date '2023-01-02'),
  ('11000000066', '3201012509950006', 'Agus Pratama', date '1995-09-25', 'MALE', 'BPU', 'ACTIVE',
   null, '+6281200000006', 'agus@example.test',
   'Jl. Raya Cibinong No. 12, Pakansari, Cibinong, Kabupaten Bogor 16915',
   'agus@example.test', date '2023-01-02')
on conflict do nothing;

-- Reported monthly wage (PU) or declared income (BPU) per year, January 2023 to October 2026, and each month's
-- programme lines (base, employer share, employee share): PU JHT, JKK, JKM on the wage and JP on the wage capped at
-- the year's JP wage cap; BPU JHT, JKK, JKM on the declared income, all paid by the participant (recorded as the
-- employee share), no JP.
insert into contribution_months (member_id, period, wage,
                                 jht_base, jht_employer_share, jht_employee_share,
                                 jkk_base, jkk_employer_share, jkk_employee_share,
                                 jkm_base, jkm_employer_share, jkm_employee_share,
                                 jp_base, jp_employer_share, jp_employee_share)
select m.id, month.period::date, w.wage,
       w.wage, case when pu then (w.wage * 370 + 5000) / 10000 else 0 end,
               (w.wage * 200 + 5000) / 10000,
       w.wage, case when pu then (w.wage * 24 + 5000) / 10000 else 0 end,
               case when pu then 0 else (w.wage * 100 + 5000) / 10000 end,
       w.wage, case when pu then (w.wage * 30 + 5000) / 10000 else 0 end,
               case when pu then 0 else 6800 end,
       case when pu then jp.base end, case when pu then (jp.base * 200 + 5000) / 10000 end,
               case when pu then (jp.base * 100 + 5000) / 10000 end
from (values
        ('11000000017', 2023,  8500000::bigint), ('11000000017', 2024,  9200000),
        ('11000000017', 2025,  9900000), ('11000000017', 2026, 10800000),
        ('11000000025', 2023,  5250000), ('11000000025', 2024,  5600000),
        ('11000000025', 2025,  5987650), ('11000000025', 2026,  6351250),
        ('11000000033', 2023,  2000000), ('11000000033', 2024,  2000000),
        ('11000000033', 2025,  2500000), ('11000000033', 2026,  2500000),
        ('11000000041', 2023, 15000000), ('11000000041', 2024, 15750000),
        ('11000000041', 2025, 16500000), ('11000000041', 2026, 17250000),
        ('11000000058', 2023,  7100000), ('11000000058', 2024,  7450000),
        ('11000000058', 2025,  7800000), ('11000000058', 2026,  8200000),
        ('11000000066', 2023,  3000000), ('11000000066', 2024,  3000000),
        ('11000000066', 2025,  3500000), ('11000000066', 2026,  3500000)
     ) as w (membership_number, year, wage)
join members m on m.membership_number = w.membership_number
cross join lateral (select m.participant_category = 'PU' as pu) c
join (values (2023, 9559600), (2024, 10042300), (2025, 10547400), (2026, 10547400))
     as cap (year, jp_wage_cap) on cap.year = w.year
cross join lateral (select least(w.wage, cap.jp_wage_cap)::bigint as base) jp
join generate_series(date '2023-01-01', date '2026-10-01', interval '1 month') as month (period)
  on extract(year from month.period) = w.year
order by m.id, month.period
on conflict do nothing;

-- JHT investment returns (hasil pengembangan), credited on 31 December of each year at that year's
-- declared rate on (opening balance + half of the year's contributions), rounded half up. The rates
-- are fictional: 2023 5.60%, 2024 6.08%, 2025 6.30%. One statement per year: each year's opening
-- balance includes the returns credited before it.
insert into investment_returns (member_id, programme, year, amount, credited_on)
select m.id, 'JHT', r.year,
       round(r.rate * (
           (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id and cm.period < make_date(r.year, 1, 1))
         + (select coalesce(sum(ir.amount), 0)
              from investment_returns ir where ir.member_id = m.id and ir.year < r.year)
         + (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id
               and cm.period >= make_date(r.year, 1, 1) and cm.period < make_date(r.year + 1, 1, 1)) / 2.0
       ))::bigint,
       make_date(r.year, 12, 31)
from members m cross join (values (2023, 0.0560)) as r (year, rate)
where m.membership_number in ('11000000017', '11000000025', '11000000033', '11000000041', '11000000058', '11000000066')
on conflict do nothing;

insert into investment_returns (member_id, programme, year, amount, credited_on)
select m.id, 'JHT', r.year,
       round(r.rate * (
           (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id and cm.period < make_date(r.year, 1, 1))
         + (select coalesce(sum(ir.amount), 0)
              from investment_returns ir where ir.member_id = m.id and ir.year < r.year)
         + (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id
               and cm.period >= make_date(r.year, 1, 1) and cm.period < make_date(r.year + 1, 1, 1)) / 2.0
       ))::bigint,
       make_date(r.year, 12, 31)
from members m cross join (values (2024, 0.0608)) as r (year, rate)
where m.membership_number in ('11000000017', '11000000025', '11000000033', '11000000041', '11000000058', '11000000066')
on conflict do nothing;

insert into investment_returns (member_id, programme, year, amount, credited_on)
select m.id, 'JHT', r.year,
       round(r.rate * (
           (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id and cm.period < make_date(r.year, 1, 1))
         + (select coalesce(sum(ir.amount), 0)
              from investment_returns ir where ir.member_id = m.id and ir.year < r.year)
         + (select coalesce(sum(cm.jht_employer_share + cm.jht_employee_share), 0)
              from contribution_months cm
             where cm.member_id = m.id
               and cm.period >= make_date(r.year, 1, 1) and cm.period < make_date(r.year + 1, 1, 1)) / 2.0
       ))::bigint,
       make_date(r.year, 12, 31)
from members m cross join (values (2025, 0.0630)) as r (year, rate)
where m.membership_number in ('11000000017', '11000000025', '11000000033', '11000000041', '11000000058', '11000000066')
on conflict do nothing;

-- Generated member registry for the benchmark, into membership-service's schema (migrated by its Flyway first).
-- Member i (1..:members) has KPJ '9' || lpad(i, 10, '0') and 36 contribution months up to last month (their wages;
-- no programme lines yet). Plain statements, each ending with ';' at the end of a line.
-- Foreign-key triggers are off for this session only while the rows go in (they are generated consistent).
set session_replication_role = replica;
insert into members (membership_number, nik, full_name, birth_date, sex, participant_category, status, employer_name, phone_number, email, registered_since) select '9' || lpad(i::text, 10, '0'), '3171' || lpad(i::text, 12, '0'), 'Peserta Uji ' || i, date '1970-01-01' + (i % 12000), case when i % 2 = 0 then 'MALE' else 'FEMALE' end, 'PU', 'ACTIVE', 'PT Contoh ' || (i % 5000), '+62812' || lpad(i::text, 9, '0'), 'peserta' || i || '@example.test', date '2010-01-01' + (i % 3000) from generate_series(1, :members) as i;
insert into contribution_months (member_id, period, wage) select m.id, (date_trunc('month', current_date) - make_interval(months => k))::date, 4000000 + (m.id % 200) * 25000 from members m cross join generate_series(1, 36) as k;
set session_replication_role = origin;
analyze members;
analyze contribution_months;

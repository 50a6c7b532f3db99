-- The day a wage earner's employment ended (resignation or dismissal), as reported by the employer.
-- Null while the member is employed (and for every demo member). claims-service reads it through
-- GET /internal/members/{kpj}/facts for the JHT resignation and JKP job-loss rules.
alter table members add column employment_end_date date;

alter table members add constraint members_employment_end_date_ck
    check (employment_end_date is null or employment_end_date > birth_date);

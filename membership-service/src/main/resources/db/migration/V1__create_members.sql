-- The member registry: one row per participant (peserta), keyed by the membership number (KPJ).
-- The NIK (national identity number) is held here because this service IS the registry; it is
-- never returned in clear by the API and never logged.
create table members (
    id                    bigint generated always as identity primary key,
    membership_number     varchar(11)  not null,
    nik                   varchar(16)  not null,
    full_name             varchar(200) not null,
    birth_date            date         not null,
    sex                   varchar(6)   not null,
    participant_category  varchar(3)   not null,
    status                varchar(8)   not null,
    employer_name         varchar(200),
    phone_number          varchar(16),
    email                 varchar(254),
    address               varchar(500),
    correspondence_email  varchar(254),
    registered_since      date         not null,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    constraint members_membership_number_uk unique (membership_number),
    constraint members_nik_uk unique (nik),
    constraint members_membership_number_ck check (membership_number ~ '^[0-9]{11}$'),
    constraint members_nik_ck check (nik ~ '^[0-9]{16}$'),
    constraint members_sex_ck check (sex in ('MALE', 'FEMALE')),
    -- PU = penerima upah (wage earner), BPU = bukan penerima upah (non-wage worker)
    constraint members_participant_category_ck check (participant_category in ('PU', 'BPU')),
    constraint members_status_ck check (status in ('ACTIVE', 'INACTIVE')),
    -- only wage earners have an employer
    constraint members_employer_ck check (participant_category = 'PU' or employer_name is null),
    -- E.164: '+', country code, subscriber number, at most 15 digits in all
    constraint members_phone_number_ck check (phone_number ~ '^\+[1-9][0-9]{7,14}$'),
    constraint members_registered_since_ck check (registered_since >= birth_date)
);

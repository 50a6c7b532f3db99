-- Benefit claims (klaim) filed by members and decided by claims officers.
-- A claim belongs to the member whose membership number (KPJ) the creating token carried.
create table claims (
    id                    uuid          primary key,
    membership_number     varchar(11)   not null,
    -- JHT old-age savings, JP pension, JKK work accident, JKM death, JKP job loss
    type                  varchar(3)    not null,
    -- why the benefit is due, one of the type's reasons in rules/claim-types.json (JHT_RETIREMENT, ...)
    reason                varchar(40)   not null,
    status                varchar(10)   not null,
    bank_name             varchar(100)  not null,
    bank_account_number   varchar(20)   not null,
    -- the eligibility evaluated when the claim was created, for the officer
    eligibility_outcome   varchar(30)   not null,
    eligibility_reason_id varchar(1000) not null,
    eligibility_reason_en varchar(1000) not null,
    eligibility_source    varchar(1000) not null,
    -- the client's Idempotency-Key and the SHA-256 of the request it came with
    idempotency_key       varchar(100)  not null,
    request_hash          char(64)      not null,
    -- the officer's reason when the claim was rejected
    decision_reason       varchar(1000),
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint claims_idempotency_key_uk unique (membership_number, idempotency_key),
    constraint claims_membership_number_ck check (membership_number ~ '^[0-9]{11}$'),
    constraint claims_type_ck check (type in ('JHT', 'JP', 'JKK', 'JKM', 'JKP')),
    constraint claims_status_ck check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID',
                                                  'REJECTED', 'CANCELLED')),
    constraint claims_bank_account_number_ck check (bank_account_number ~ '^[0-9]{6,20}$'),
    constraint claims_request_hash_ck check (request_hash ~ '^[0-9a-f]{64}$'),
    constraint claims_rejected_has_reason_ck check (status <> 'REJECTED' or decision_reason is not null)
);

-- At most one open claim per member and type: a second one is refused (409).
create unique index claims_one_open_per_type_uk on claims (membership_number, type)
    where status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED');
create index claims_member_idx on claims (membership_number, created_at desc);
create index claims_queue_idx on claims (status, type, created_at);

-- Documents are kept in PostgreSQL, not on disk: a document and its claim commit or roll back
-- together (nothing half-written, no orphan files), one backup holds everything, and at 5 MiB
-- per file and 20 MiB per claim bytea is comfortably within what PostgreSQL stores well.
create table claim_documents (
    id           uuid         primary key,
    claim_id     uuid         not null references claims (id),
    -- KTP, KK, KARTU_PESERTA, ... (rules/claim-types.json)
    type         varchar(40)  not null,
    file_name    varchar(255) not null,
    -- detected from the content (magic bytes), never taken from the client
    content_type varchar(20)  not null,
    size_bytes   bigint       not null,
    -- SHA-256 of the content, hex; checked again on every download
    sha256       char(64)     not null,
    uploaded_by  varchar(255) not null,
    uploaded_at  timestamptz  not null,
    constraint claim_documents_content_type_ck check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    constraint claim_documents_size_ck check (size_bytes > 0),
    constraint claim_documents_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$')
);
create index claim_documents_claim_idx on claim_documents (claim_id);

-- The bytes, in a table of their own so that listing documents never reads them.
create table document_contents (
    document_id uuid  primary key references claim_documents (id) on delete cascade,
    content     bytea not null
);
-- PDF, JPEG and PNG are compressed already: store them out of line without trying again.
alter table document_contents alter column content set storage external;

-- Every status change of a claim, creation included: who (username), in which role, when, why.
create table claim_status_history (
    id          bigint        generated always as identity primary key,
    claim_id    uuid          not null references claims (id),
    from_status varchar(10),
    to_status   varchar(10)   not null,
    actor       varchar(255)  not null,
    actor_role  varchar(7)    not null,
    at          timestamptz   not null,
    reason      varchar(1000),
    constraint claim_status_history_actor_role_ck check (actor_role in ('MEMBER', 'OFFICER'))
);
create index claim_status_history_claim_idx on claim_status_history (claim_id, id);

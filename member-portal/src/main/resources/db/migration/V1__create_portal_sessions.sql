-- The portal's sessions: the browser's cookie holds a random id; its SHA-256 names the row, and the tokens are
-- sealed (AES-GCM) with the portal's session secret. Nothing here is readable without that secret.
create table portal_session (
    id_hash    bytea primary key,
    tokens     bytea       not null,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
);
create index portal_session_expires_at on portal_session (expires_at);

-- A form a member filled in before Keycloak asked her for the SMS code (step-up): kept sealed for a few minutes so
-- that she comes back to what she typed.
create table portal_pending_form (
    id         uuid primary key,
    subject    text        not null,
    form       bytea       not null,
    expires_at timestamptz not null
);
create index portal_pending_form_expires_at on portal_pending_form (expires_at);

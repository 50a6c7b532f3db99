#!/bin/bash
# Runs once, when the PostgreSQL volume is new.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -f /docker-entrypoint-initdb.d/init-databases.sql.in
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -v kc="$KEYCLOAK_DB_PASSWORD" -v ms="$MEMBERSHIP_DB_PASSWORD" -v cl="$CLAIMS_DB_PASSWORD" -v po="$PORTAL_DB_PASSWORD" <<'SQL'
ALTER ROLE keycloak PASSWORD :'kc';
ALTER ROLE membership PASSWORD :'ms';
ALTER ROLE claims PASSWORD :'cl';
ALTER ROLE portal PASSWORD :'po';
SQL

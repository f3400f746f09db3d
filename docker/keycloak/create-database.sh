#!/bin/bash
# Run once by the postgres image, on an empty data volume (/docker-entrypoint-initdb.d): Keycloak's own role and
# database beside Loopline's, so the IdP's users and sessions outlive its container and neither sees the other's tables.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -q -v password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role keycloak login password :'password';
create database keycloak owner keycloak;
SQL

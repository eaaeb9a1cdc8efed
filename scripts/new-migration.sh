#!/usr/bin/env bash
# Adds a migration named $1 for both database engines (SQLite and PostgreSQL) from the current model.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/new-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/MotCua.Web --startup-project tools/EfDesignHost \
    --context "${ctx}MotCuaDb" --output-dir "Data/Migrations/$ctx"
done

#!/usr/bin/env bash
# Runs MotCua on its embedded default: SQLite under src/MotCua.Web/data, the demo province seeded,
# on http://localhost:5080. Installs the PDF fonts from Debian first if they are missing (needs root).
# On the first run (no database yet) it also generates a year of realistic dossiers up to yesterday, so that the
# statistics, the leader's dashboard and the public transparency pages have something to show:
# MOTCUA_DEMO_DOSSIERS (20000) sets how many, 0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] && [ -z "${MOTCUA_FONT_DIR:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-liberation2
  else
    echo "Forms need the Liberation fonts: sudo apt-get install fonts-liberation2 (or set MOTCUA_FONT_DIR)." >&2
  fi
fi
demo_dossiers=${MOTCUA_DEMO_DOSSIERS:-20000}
if [ ! -f src/MotCua.Web/data/motcua.db ] && [ "$demo_dossiers" -gt 0 ]; then
  dotnet run --project src/MotCua.Web --launch-profile MotCua -- seed --generate --dossiers "$demo_dossiers" \
    --from "$(date -d '1 year ago' +%F)" --to "$(date -d yesterday +%F)" --random-seed 766 \
    || echo "Generating demo dossiers failed; MotCua starts with the demo province only." >&2
fi
exec dotnet run --project src/MotCua.Web --launch-profile MotCua "$@"

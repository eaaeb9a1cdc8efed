#!/usr/bin/env bash
# Runs MotCua on its embedded default: SQLite under src/MotCua.Web/data, the demo province seeded,
# on http://localhost:5080. Installs the PDF fonts from Debian first if they are missing (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] && [ -z "${MOTCUA_FONT_DIR:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-liberation2
  else
    echo "Forms need the Liberation fonts: sudo apt-get install fonts-liberation2 (or set MOTCUA_FONT_DIR)." >&2
  fi
fi
exec dotnet run --project src/MotCua.Web --launch-profile MotCua "$@"

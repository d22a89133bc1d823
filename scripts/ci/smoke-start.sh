#!/usr/bin/env bash
# Smoke test of the zero-config default: `npm start` on the embedded PGlite (no DATABASE_URL)
# must build, migrate, seed and serve the demo campaigns on port 3000, and /campaigns must list
# a published demo campaign. Runs on whatever `node` is first in PATH (.ci/run calls it through
# scripts/ci/node24.sh, so on Node 24). Removes .data/ first: run it on a clone, not on a
# working tree whose embedded database you want to keep.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NEXT_TELEMETRY_DISABLED=1

echo "Smoke test on node $(node --version): npm start with the embedded PGlite (no DATABASE_URL)"
rm -rf .data
title=$(npx --no-install tsx -e '
  import { campaigns } from "./db/seed/data/campaigns";
  const open = campaigns.filter((c) => c.status === "published");
  const pick = open.find((c) => !c.highRisk) ?? open[0];
  if (!pick) { console.error("no published campaign in db/seed/data/campaigns.ts"); process.exit(1); }
  process.stdout.write(pick.title);
')
echo "Expecting /campaigns to list: ${title}"

log=$(mktemp)
html=$(mktemp)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    # npm start runs next build, then next start: end the whole process group.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; rm -f "$log" "$html"' EXIT

if curl -sS --max-time 5 -o /dev/null http://localhost:3000/ 2>/dev/null; then
  echo "Something already answers on port 3000: stop it, the smoke test must reach its own server."
  exit 1
fi

# set -m: the background job gets its own process group, with id $!.
set -m
env -u DATABASE_URL PORT=3000 npm start >"$log" 2>&1 </dev/null &
server_pid=$!
set +m

deadline=$(($(date +%s) + 300))
up=0
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "npm start exited before serving. Its output:"
    cat "$log"
    exit 1
  fi
  if curl -fsS --max-time 20 -o "$html" http://localhost:3000/campaigns 2>/dev/null; then
    up=1
    break
  fi
  sleep 3
done
if [ "$up" -ne 1 ]; then
  echo "http://localhost:3000/campaigns did not answer within 5 minutes. Output of npm start:"
  cat "$log"
  exit 1
fi
echo "Server up after $(($(date +%s) - deadline + 300)) s."

# Compare with the title as React escapes it in HTML.
if TITLE="$title" HTML_FILE="$html" node -e '
  const html = require("fs").readFileSync(process.env.HTML_FILE, "utf8");
  const t = process.env.TITLE;
  const escaped = t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\x27/g, "&#x27;");
  process.exit(html.includes(t) || html.includes(escaped) ? 0 : 1);
'; then
  echo "OK: /campaigns lists \"${title}\"."
else
  echo "FAIL: /campaigns does not list \"${title}\". Output of npm start:"
  tail -50 "$log"
  exit 1
fi
stop_server

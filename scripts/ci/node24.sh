#!/usr/bin/env bash
# Runs checks on Node 24 LTS, the supported runtime (docs/decisions/0034), while the machine's
# own node (Node 20 on CI) runs the whole `npm test`.
#
#   bash scripts/ci/node24.sh [step...]      steps: version, unit, smoke (default: unit smoke)
#
#   version  print the Node 24 in use and exit
#   unit     npm run test:unit (lint and typecheck are version-independent and run in npm test)
#   smoke    scripts/ci/smoke-start.sh: `npm start` on the embedded PGlite serves the demo
#
# Node 24 comes from the npm registry, the one network source CI has: if the machine's node is
# already 24 or newer it is used as it is; otherwise the official binary is fetched as the
# platform package node-<os>-<arch>@24 (what the `node` package's install script would download;
# npm 11 does not run install scripts, so the platform package is packed directly). `npm pack`
# checks the tarball against the registry's sha512 integrity. Unpacked under
# $NODE24_CACHE (default ~/.cache/inkwell-node), one folder per version, reused offline.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NEXT_TELEMETRY_DISABLED=1

steps=("$@")
[ "${#steps[@]}" -gt 0 ] || steps=(unit smoke)
for step in "${steps[@]}"; do
  case "$step" in
    version | unit | smoke) ;;
    *) echo "unknown step: $step (version, unit, smoke)" >&2; exit 2 ;;
  esac
done

major() { "$1" -p 'process.versions.node.split(".")[0]'; }

node_bin=""
if [ "$(major node)" -ge 24 ]; then
  node_bin=$(command -v node)
else
  cache="${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/inkwell-node}"
  platform=$(node -p 'process.platform + "-" + process.arch')
  package="node-${platform}"
  mkdir -p "$cache"
  if version=$(npm view "${package}@24" version --json 2>/dev/null | node -e '
      const v = [JSON.parse(require("fs").readFileSync(0, "utf8"))].flat();
      const key = (s) => s.split(".").map(Number);
      v.sort((a, b) => { const x = key(a), y = key(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
      process.stdout.write(v.at(-1) ?? "");
    ') && [ -n "$version" ]; then
    if [ ! -x "$cache/$version/bin/node" ]; then
      echo "Fetching ${package}@${version} from the npm registry"
      work=$(mktemp -d)
      trap 'rm -rf "$work"' EXIT
      (cd "$work" && npm pack "${package}@${version}" --silent >/dev/null)
      tar -xzf "$work"/"${package}-${version}.tgz" -C "$work"
      rm -rf "${cache:?}/$version.partial"
      mv "$work/package" "$cache/$version.partial"
      mv "$cache/$version.partial" "$cache/$version"
      rm -rf "$work"
      trap - EXIT
    fi
  else
    # No registry: the newest Node 24 fetched earlier, if any.
    version=$(ls "$cache" 2>/dev/null | grep -E '^24\.[0-9]+\.[0-9]+$' | sort -t. -k2,2n -k3,3n | tail -1 || true)
    if [ -z "$version" ]; then
      echo "Cannot reach the npm registry for ${package}@24 and no Node 24 under $cache." >&2
      exit 1
    fi
    echo "npm registry unreachable: using the cached Node $version"
  fi
  node_bin="$cache/$version/bin/node"
fi

# npm, npx and every `#!/usr/bin/env node` script (next, tsx, vitest) now run on this node.
PATH="$(dirname "$node_bin"):$PATH"
export PATH
hash -r
if [ "$(major node)" -lt 24 ]; then
  echo "expected Node 24 or newer first in PATH, got $(node --version)" >&2
  exit 1
fi
echo "Node $(node --version) ($(command -v node)), npm $(npm --version)"

for step in "${steps[@]}"; do
  started=$(date +%s)
  case "$step" in
    version) continue ;;
    unit)
      echo "== Node $(node --version): npm run test:unit"
      npm run test:unit
      ;;
    smoke)
      echo "== Node $(node --version): npm start smoke test"
      bash scripts/ci/smoke-start.sh
      ;;
  esac
  echo "== $step on Node $(node --version): $(($(date +%s) - started)) s"
done

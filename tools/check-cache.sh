#!/usr/bin/env bash
# Shows Nx caching is honest: a second `nx run-many -t generate` is all cache hits, and editing one
# shared schema re-runs every generator. Restores the schema whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false
shared=schemas/type/filterPattern.json
backup=$(mktemp)
cp "$shared" "$backup"
trap 'cp "$backup" "$shared"; rm -f "$backup"' EXIT
generate() { npx nx run-many -t generate --outputStyle=static 2>&1; }
generate >/dev/null
second=$(generate)
if ! grep -q "for \([0-9]*\) out of \1 tasks" <<<"$second"; then
  echo "check-cache: the second run was not all cache hits:" >&2
  echo "$second" >&2
  exit 1
fi
printf '\n' >>"$shared"
edited=$(generate)
if grep -q "cache" <<<"$edited"; then
  echo "check-cache: after editing $shared some generator came from the cache:" >&2
  echo "$edited" >&2
  exit 1
fi
echo "check-cache: second run: every generate task a cache hit; after editing $shared every generator re-ran"

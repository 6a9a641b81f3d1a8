#!/usr/bin/env bash
# Shows Nx caching is honest for the inferred connspec targets: a second `nx run-many -t generate` is
# all cache hits; editing a file generate does not read (README.md) keeps it a hit; editing one shared
# schema re-runs it. Restores every edited file whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false
shared=schemas/type/filterPattern.json
backup=$(mktemp -d)
cp "$shared" "$backup/schema"
cp README.md "$backup/readme"
trap 'cp "$backup/schema" "$shared"; cp "$backup/readme" README.md; rm -rf "$backup"' EXIT
# Plain text: Nx colours its output even in a pipe, which would split the lines grep reads.
generate() { NO_COLOR=1 FORCE_COLOR=0 npx nx run-many -t generate --outputStyle=static 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; }
all_cached() { grep -q "for \([0-9]*\) out of \1 tasks" <<<"$1"; }
generate >/dev/null
second=$(generate)
if ! all_cached "$second"; then
  echo "check-cache: the second run was not all cache hits:" >&2
  echo "$second" >&2
  exit 1
fi
printf '\n' >>README.md
unrelated=$(generate)
if ! all_cached "$unrelated"; then
  echo "check-cache: editing README.md (not an input of generate) re-ran a task:" >&2
  echo "$unrelated" >&2
  exit 1
fi
# Trailing whitespace of a length this run picks: a content no earlier run cached.
head -c $(( $(date +%s%N) % 100000 + 1 )) /dev/zero | tr '\0' ' ' >>"$shared"
edited=$(generate)
if grep -q "nx run workspace:generate .*cache" <<<"$edited" || ! grep -q "nx run workspace:generate" <<<"$edited"; then
  echo "check-cache: after editing $shared workspace:generate came from the cache:" >&2
  echo "$edited" >&2
  exit 1
fi
echo "check-cache: second run all cache hits; README.md edit still all hits; after editing $shared workspace:generate re-ran"

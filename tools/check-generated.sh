#!/usr/bin/env bash
# Regenerates everything and fails if generated/ differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npx nx run-many -t generate --skip-nx-cache
if ! git diff --quiet --exit-code -- generated || [ -n "$(git ls-files --others --exclude-standard -- generated)" ]; then
  echo "generated/ is out of date with schemas/ or generators/; run 'npx nx run-many -t generate' and commit:" >&2
  git status --short -- generated >&2
  git diff --stat -- generated >&2
  exit 1
fi
echo "generated/ is up to date."

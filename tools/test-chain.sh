#!/usr/bin/env bash
# `npm test` (nx run workspace:test): every check of the chain, on 2 cores, in two lanes side by side.
#
#   main: typecheck, validate, unit (vitest, two files at a time), then check-cache and e2e (both use
#         the built packages, which unit also runs and e2e's `npm pack` rebuilds);
#   side: the conformance suites (schemas, probes, draft7, draft2020-12), then the OpenMetadata corpus
#         together with the conformance harness's openmetadata suite on the same output (`corpus
#         --conformance --packages`: its three packages, each used by a fresh consumer), then the
#         Airbyte corpus. These run the tools from their sources (no Nx, no
#         built package) in temp dirs, so they can run beside everything else; only the schemas
#         suite reads the repository's schemas/, and check-cache (which edits a schema and restores
#         it) waits until that suite is done.
#
# Each step's output is printed whole when it ends; the chain fails if any step fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# step NAME COMMAND...: runs it, then prints its output and time under a header; returns its status.
step() {
  local name=$1 started=$SECONDS status
  shift
  "$@" >"$logs/$name.log" 2>&1
  status=$?
  printf '\n===== %s: %s (%ss) =====\n' "$name" "$([[ $status == 0 ]] && echo passed || echo "FAILED ($status)")" "$((SECONDS - started))"
  cat "$logs/$name.log"
  return "$status"
}

lane_side() {
  local status=0
  step conformance npm run --silent conformance -- --suite schemas,probes,draft7,draft2020-12 || status=1
  touch "$logs/schemas-read.done"
  step corpus npm run --silent corpus -- --conformance --packages || status=1
  step airbyte npm run --silent airbyte || status=1
  return "$status"
}

failed=0
# What both lanes need, made once before they run side by side: the Nx build and the Python venv.
step build npx nx run-many -t build --outputStyle=static || failed=1
step venv bash tools/python/setup-venv.sh || failed=1
lane_side &
side=$!
step typecheck npx nx run workspace:typecheck --outputStyle=static || failed=1
step validate npx nx run workspace:validate --outputStyle=static || failed=1
step unit npx nx run workspace:unit --outputStyle=static || failed=1
until [[ -e "$logs/schemas-read.done" ]] || ! kill -0 "$side" 2>/dev/null; do sleep 1; done
step check-cache npx nx run workspace:check-cache --outputStyle=static || failed=1
step e2e npx nx run workspace:e2e --outputStyle=static || failed=1
wait "$side" || failed=1
printf '\n===== npm test: %s (%ss) =====\n' "$([[ $failed == 0 ]] && echo passed || echo FAILED)" "$SECONDS"
exit "$failed"

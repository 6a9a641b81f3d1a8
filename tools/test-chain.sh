#!/usr/bin/env bash
# `npm test` (nx run workspace:test): every check of the chain, on 2 cores.
#
#   1. typecheck, validate;
#   2. unit (vitest, two files at a time);
#   3. two lanes side by side, each about one core:
#      A. check-cache, then e2e (both use the built packages: e2e's `npm pack` rebuilds them);
#      B. the OpenMetadata corpus together with the conformance harness's openmetadata suite on the
#         same output (`corpus --conformance`), the Airbyte corpus, then the remaining conformance
#         suites (schemas, draft7, draft2020-12). Lane B runs the tools from their sources (no Nx, no
#         built package), and its schemas suite, which reads schemas/, waits until check-cache (which
#         edits a schema and restores it) is done.
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

# side A B: runs the two functions at once; fails if either does.
side() {
  "$1" & local a=$!
  "$2" & local b=$!
  local status=0
  wait "$a" || status=1
  wait "$b" || status=1
  return "$status"
}

lane_a() {
  local status=0
  step check-cache npx nx run workspace:check-cache --outputStyle=static || status=1
  touch "$logs/check-cache.done"
  step e2e npx nx run workspace:e2e --outputStyle=static || status=1
  return "$status"
}
lane_b() {
  local status=0
  step corpus npm run --silent corpus -- --conformance || status=1
  step airbyte npm run --silent airbyte || status=1
  until [[ -e "$logs/check-cache.done" ]]; do sleep 1; done
  step conformance npm run --silent conformance -- --suite schemas,draft7,draft2020-12 || status=1
  return "$status"
}

failed=0
# The Nx build the steps depend on, once, before anything runs side by side.
step build npx nx run-many -t build --outputStyle=static || failed=1
step typecheck npx nx run workspace:typecheck --outputStyle=static || failed=1
step validate npx nx run workspace:validate --outputStyle=static || failed=1
step unit npx nx run workspace:unit --outputStyle=static || failed=1
side lane_a lane_b || failed=1
printf '\n===== npm test: %s (%ss) =====\n' "$([[ $failed == 0 ]] && echo passed || echo FAILED)" "$SECONDS"
exit "$failed"

#!/usr/bin/env bash
# Installs the bench's out-of-process peers, pinned, once:
#  - datamodel-code-generator and its dependencies (tools/bench/requirements.txt) into .venv-bench/
#    at the repository root (git-ignored);
#  - jsonschema2pojo's Maven plugin (tools/bench/pom.xml) into the local Maven repository, by one
#    online run on a one-file schema folder, so the measured runs can be `mvn -o` (offline).
# Idempotent: each part is skipped when a stamp holds the hash of the file it was made from.
# Prints the venv's directory last. (quicktype-core and json-schema-to-typescript are npm devDependencies.)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/.venv-bench"
requirements="$root/tools/bench/requirements.txt"
pom="$root/tools/bench/pom.xml"
sha() { (sha256sum "$1" 2>/dev/null || shasum -a 256 "$1") | cut -d' ' -f1; }

CONNSPEC_VENV="$venv" bash "$root/tools/python/setup-venv.sh" "$requirements" >/dev/null

maven_stamp="$venv/.pom.sha256"
if [[ ! -f "$maven_stamp" || "$(cat "$maven_stamp")" != "$(sha "$pom")" ]]; then
  echo "setup-peers: resolving jsonschema2pojo-maven-plugin (online, once)" >&2
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/schema"
  echo '{"type":"object","properties":{"a":{"type":"string"}}}' > "$work/schema/probe.json"
  mvn -q -B -f "$pom" jsonschema2pojo:generate "-Dsrc=$work/schema" "-Dout=$work/out" >&2
  sha "$pom" > "$maven_stamp"
fi

echo "$venv"

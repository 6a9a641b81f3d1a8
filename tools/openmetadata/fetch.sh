#!/usr/bin/env bash
# Fetch the OpenMetadata JSON Schema corpus from Maven Central.
#
# Usage: tools/openmetadata/fetch.sh [version]
#
# Downloads org.open-metadata:openmetadata-spec:<version> (a jar) with `mvn`, and
# extracts only json/schema/** into
#   ${CONNSPEC_CACHE:-$HOME/.cache/connspec}/openmetadata/<version>/schema/
# (outside the repository). Idempotent: the download and the extraction are
# skipped when already present. All progress goes to stderr; the last line of
# stdout is the absolute path of the extracted schema/ directory.
#
# Needs: bash, mvn (Maven 3.x, no ~/.m2/settings.xml required) and a JDK (`jar`),
# or unzip / python3 as extractors.
set -euo pipefail

# Pinned recent release (default). Maven Central holds only 0.13.2, 1.2.0 and 1.4.0
# of this artifact (maven-metadata.xml); 1.4.0 is the newest.
OM_VERSION_RECENT="1.4.0"
# Diff baseline: the previous release available on Maven Central (jar built
# 2023-10-26, about 7 months before 1.4.0 of 2024-05-21). 0.13.2 (2023-01-30) is
# the only older one.
OM_VERSION_BASELINE="1.2.0"

MAVEN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
GROUP_ID="org.open-metadata"
ARTIFACT_ID="openmetadata-spec"

cleanup_paths=()
cleanup() { if [[ ${#cleanup_paths[@]} -gt 0 ]]; then rm -rf "${cleanup_paths[@]}"; fi; }
trap cleanup EXIT

log() { printf 'fetch.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ $# -gt 1 ]]; then
  die "usage: $0 [version]   (default ${OM_VERSION_RECENT}; baseline ${OM_VERSION_BASELINE})"
fi
case "${1:-}" in
  -h|--help)
    printf 'usage: %s [version]\n  default: %s (recent), diff baseline: %s\n' \
      "$0" "$OM_VERSION_RECENT" "$OM_VERSION_BASELINE" >&2
    exit 0 ;;
esac

version="${1:-$OM_VERSION_RECENT}"
[[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z._-]*$ ]] || die "invalid version: '$version'"

cache_root="${CONNSPEC_CACHE:-$HOME/.cache/connspec}"
cache_dir="${cache_root}/openmetadata/${version}"

mkdir -p "$cache_dir"
cache_dir="$(cd "$cache_dir" && pwd -P)"   # absolute, even for a relative CONNSPEC_CACHE
jar_path="${cache_dir}/${ARTIFACT_ID}-${version}.jar"
schema_dir="${cache_dir}/schema"

# ---- download -----------------------------------------------------------------
if [[ -s "$jar_path" ]]; then
  log "jar already cached: $jar_path"
else
  command -v mvn >/dev/null 2>&1 || die "mvn not found on PATH"
  log "downloading ${GROUP_ID}:${ARTIFACT_ID}:${version} via mvn"
  # Run outside any project directory so no pom.xml is picked up.
  mvn_work="$(mktemp -d)"
  cleanup_paths+=("$mvn_work")
  if ! (cd "$mvn_work" && mvn -q -B \
        "${MAVEN_DEPENDENCY_PLUGIN}:copy" \
        "-Dartifact=${GROUP_ID}:${ARTIFACT_ID}:${version}:jar" \
        "-DoutputDirectory=${cache_dir}" \
        -Dmdep.overWriteReleases=true >&2); then
    rm -f "$jar_path"
    rmdir "$cache_dir" 2>/dev/null || true
    die "mvn could not fetch ${GROUP_ID}:${ARTIFACT_ID}:${version} (released versions on Central: 0.13.2, 1.2.0, 1.4.0)"
  fi
  [[ -s "$jar_path" ]] || die "mvn succeeded but $jar_path is missing"
fi

# ---- extract json/schema/** ---------------------------------------------------
if [[ -d "$schema_dir" ]]; then
  log "schema already extracted: $schema_dir"
else
  tmp_extract="$(mktemp -d "${cache_dir}/.extract.XXXXXX")"
  cleanup_paths+=("$tmp_extract")
  if command -v unzip >/dev/null 2>&1; then
    log "extracting json/schema/** with unzip"
    unzip -q "$jar_path" 'json/schema/*' -d "$tmp_extract"
  elif command -v jar >/dev/null 2>&1; then
    log "extracting json/schema/** with jar"
    (cd "$tmp_extract" && jar xf "$jar_path" json/schema)
  elif command -v python3 >/dev/null 2>&1; then
    log "extracting json/schema/** with python3"
    python3 - "$jar_path" "$tmp_extract" <<'PY'
import sys, zipfile
jar, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    z.extractall(dest, [n for n in z.namelist() if n.startswith("json/schema/")])
PY
  else
    die "need one of unzip, jar (JDK) or python3 to extract the jar"
  fi
  [[ -d "$tmp_extract/json/schema" ]] || die "no json/schema/ in $jar_path"
  count="$(find "$tmp_extract/json/schema" -type f -name '*.json' | wc -l | tr -d ' ')"
  [[ "$count" -gt 0 ]] || die "json/schema/ in $jar_path holds no .json files"
  # Atomic publish: schema/ exists only once extraction completed.
  mv "$tmp_extract/json/schema" "$schema_dir"
  log "extracted $count schema files"
fi

printf '%s\n' "$schema_dir"

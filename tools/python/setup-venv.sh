#!/usr/bin/env bash
# Creates (or refreshes) the Python venv the generated Pydantic models are checked with:
# .venv/ at the repository root (git-ignored), with tools/python/requirements.txt installed.
# Usage: setup-venv.sh [requirements file] (with CONNSPEC_VENV=<dir>, another venv: the bench's peers).
# Idempotent: does nothing when the venv exists and was built from the same requirements
# (a stamp file holds their hash). Prints the venv's python path last.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="${CONNSPEC_VENV:-$root/.venv}"
requirements="${1:-$root/tools/python/requirements.txt}"
stamp="$venv/.connspec-requirements.sha256"
python="${PYTHON:-python3}"

hash="$( (sha256sum "$requirements" 2>/dev/null || shasum -a 256 "$requirements") | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
  echo "$venv/bin/python"
  exit 0
fi

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "connspec needs Python 3.10 or newer for the generated models")'
rm -f "$stamp"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement "$requirements" >&2
echo "$hash" > "$stamp"
echo "$venv/bin/python"

#!/usr/bin/env bash
# Re-create the Airbyte connector-spec corpus in specs/ from the pinned PyPI wheels
# listed in SOURCES.md, and check that the committed JSON files are byte-identical.
#
# Documentation / reproduction only: no test runs this script (the JSON is committed).
# It needs python3 (3.11 was used) and access to PyPI; it writes nothing outside a
# temporary directory unless --write is given.
#
#   bash test/corpus/airbyte/fetch.sh           # download, extract, compare; exit 1 on any difference
#   bash test/corpus/airbyte/fetch.sh --write   # same, but (re)write specs/*.json from the wheels
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SPECS="$HERE/specs"
MODE=check
case "${1:-}" in
  "") ;;
  --write) MODE=write ;;
  *) echo "usage: $0 [--write]" >&2; exit 2 ;;
esac

# connector | version | wheel file | sha256 of the wheel | spec path inside the wheel
PINS='
airtable|4.5.1|airbyte_source_airtable-4.5.1-py3-none-any.whl|6800b7f35b4368c79a6e95f4660b6cfe08b79107f2bb20a472ef897a5474f2b1|source_airtable/manifest.yaml
amazon-seller-partner|4.6.4|airbyte_source_amazon_seller_partner-4.6.4-py3-none-any.whl|0955d569021eae78bbe679cbcec216cf09689052304a6feefc80d41d8e73402a|source_amazon_seller_partner/spec.json
bing-ads|2.22.0|airbyte_source_bing_ads-2.22.0-py3-none-any.whl|0366e837571d8c5cdcf0b928bf3d55cb0e62ffec5842301af04548a7f2611221|source_bing_ads/spec.json
firebolt|2.0.39|airbyte_source_firebolt-2.0.39-py3-none-any.whl|8be7c8a84472c233adb2f8eccb21ffc98cfdf660c6dfa2f7c5a31fb6d5db4d8b|source_firebolt/spec.json
gitlab|4.3.7|airbyte_source_gitlab-4.3.7-py3-none-any.whl|62480da34965a8aced27e69ee06692adca5e5bb528bcaad069733b182335b354|source_gitlab/spec.json
intercom|0.8.3|airbyte_source_intercom-0.8.3-py3-none-any.whl|ef2f04cbdccf38fca4c53d97a43b0cd2794c82301df39f4494c8c30f758d2da1|source_intercom/spec.json
jira|4.0.0|airbyte_source_jira-4.0.0-py3-none-any.whl|57d89d7c2466f6b549e9d76ef88598447c964525ee5fa77d5f6fe34d470ef016|source_jira/spec.json
linkedin-ads|5.4.1|airbyte_source_linkedin_ads-5.4.1-py3-none-any.whl|77ace4e561ddb964ffd5f13e8d18ac866a2314bd66f357e13e067c4a9dcda517|source_linkedin_ads/spec.yaml
mailchimp|2.0.37|airbyte_source_mailchimp-2.0.37-py3-none-any.whl|b29fbc00f729272f4fef6b3534f43c6f611d20df39adfdf43e138320e0936a9b|source_mailchimp/spec.json
pokeapi|0.2.15|airbyte_source_pokeapi-0.2.15-py3-none-any.whl|8a9ed61e57728cbd2613e5c62081da615a6a4fda63b8c775547703d9c1cdbcb2|source_pokeapi/manifest.yaml
tiktok-marketing|4.7.0|airbyte_source_tiktok_marketing-4.7.0-py3-none-any.whl|d13302bfc82efc296b4a66371799610cd46a5f4823c62087110418f650f97e58|source_tiktok_marketing/manifest.yaml
'

PYTHON="${PYTHON:-python3}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/connspec-airbyte.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

echo "python: $("$PYTHON" --version 2>&1)  tmp: $TMP"
"$PYTHON" -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install --quiet --disable-pip-version-check 'PyYAML==6.0.4'

mkdir -p "$TMP/wheels"
while IFS='|' read -r name version wheel sha path; do
  [ -n "$name" ] || continue
  "$TMP/venv/bin/pip" download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    -d "$TMP/wheels" "airbyte-source-$name==$version"
done <<<"$PINS"

printf '%s' "$PINS" >"$TMP/pins.txt"

# Extraction: read the spec file straight out of the wheel, parse it (json / PyYAML safe_load,
# the loader the Airbyte CDK uses), take connectionSpecification (spec.json / spec.yaml) or
# spec.connection_specification (manifest.yaml), and serialise it exactly as
# JSON.stringify(value, null, 2) + "\n" would (key order kept, nothing edited).
"$TMP/venv/bin/python" - "$TMP/wheels" "$TMP/pins.txt" "$SPECS" "$MODE" <<'PY'
import decimal, hashlib, json, math, os, re, sys, zipfile
import yaml

wheels, pins, specs, mode = sys.argv[1:5]

def js_number(x):
    if isinstance(x, bool):
        raise TypeError("bool is not a number")
    if isinstance(x, int):
        if abs(x) <= 2**53:
            return str(x)
        x = float(x)
    if math.isnan(x) or math.isinf(x):
        return "null"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + js_number(-x)
    _, digits, exp = decimal.Decimal(repr(x)).normalize().as_tuple()
    s = "".join(map(str, digits))
    k = len(s)
    n = exp + k
    if k <= n <= 21:
        return s + "0" * (n - k)
    if 0 < n <= 21:
        return s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + s
    e = n - 1
    return s[0] + ("." + s[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))

LONE_SURROGATE = re.compile("[\ud800-\udfff]")

def js_string(s):
    out = json.dumps(s, ensure_ascii=False)
    return LONE_SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), out)

def is_array_index(k):
    return re.fullmatch(r"0|[1-9][0-9]*", k) is not None and int(k) < 2**32 - 1

def js_stringify(v, indent=""):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return js_number(v)
    if isinstance(v, str):
        return js_string(v)
    inner = indent + "  "
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(inner + js_stringify(x, inner) for x in v) + "\n" + indent + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        for k in v:
            if not isinstance(k, str):
                raise TypeError("non-string key %r" % (k,))
        # JS objects enumerate array-index keys first, ascending, then the rest in insertion order
        keys = sorted((k for k in v if is_array_index(k)), key=int) + [k for k in v if not is_array_index(k)]
        return "{\n" + ",\n".join(inner + js_string(k) + ": " + js_stringify(v[k], inner) for k in keys) + "\n" + indent + "}"
    raise TypeError("value of type %s has no JSON form: %r" % (type(v).__name__, v))

def connection_specification(path, text):
    if path.endswith(".json"):
        return json.loads(text)["connectionSpecification"]
    doc = yaml.safe_load(text)
    if path.endswith("manifest.yaml"):
        return doc["spec"]["connection_specification"]
    return doc["connectionSpecification"]

failures = 0
expected = set()
for line in open(pins, encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    name, version, wheel, sha, path = line.split("|")
    target = os.path.join(specs, name + ".json")
    expected.add(name + ".json")
    whl = os.path.join(wheels, wheel)
    if not os.path.exists(whl):
        print("FAIL %s: pip did not fetch %s (got: %s)" % (name, wheel, ", ".join(sorted(os.listdir(wheels)))))
        failures += 1
        continue
    digest = hashlib.sha256(open(whl, "rb").read()).hexdigest()
    if digest != sha:
        print("FAIL %s: sha256 of %s is %s, expected %s" % (name, wheel, digest, sha))
        failures += 1
        continue
    with zipfile.ZipFile(whl) as z:
        text = z.read(path).decode("utf-8")
    out = (js_stringify(connection_specification(path, text)) + "\n").encode("utf-8")
    if mode == "write":
        with open(target, "wb") as f:
            f.write(out)
        print("wrote %s  (%s==%s:%s)" % (os.path.relpath(target), "airbyte-source-" + name, version, path))
        continue
    have = open(target, "rb").read() if os.path.exists(target) else None
    if have == out:
        print("ok   %s" % name)
    else:
        print("FAIL %s: %s differs from %s in %s" % (name, os.path.relpath(target), path, wheel))
        failures += 1

extra = sorted(set(f for f in os.listdir(specs) if f.endswith(".json")) - expected) if os.path.isdir(specs) else []
for f in extra:
    print("FAIL %s: not produced by any pinned wheel" % f)
    failures += 1

print("%d connectors, %d failures" % (len(expected), failures))
sys.exit(1 if failures else 0)
PY

"""A connector author's use of a packaged models wheel, in a fresh venv holding only it and what it declares.

    python consumer.py PACKAGE CONNECTION_TYPE

Every fixture of the connection type (shipped in the wheel, `PACKAGE.fixtures`) validated from its JSON
text must get the manifest's verdict; the full valid fixture must come back from `model_dump_json()`
exactly, its secrets (the fixtures' `<secret:…>` values) written out but never shown by repr().
Prints one JSON object: {"accepted", "rejected", "wrong": [files], "problems": [sentences]}.
"""

import importlib
import json
import sys
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def main(package: str, connection_type: str) -> dict[str, Any]:
    loader = importlib.import_module(f'{package}.fixtures')
    model: type[BaseModel] = loader.model_class(connection_type)
    out: dict[str, Any] = {'accepted': 0, 'rejected': 0, 'wrong': [], 'problems': []}
    for fixture in loader.fixtures(connection_type):
        try:
            model.model_validate_json(fixture.text())
            ok = True
        except ValidationError:
            ok = False
        out['accepted' if ok else 'rejected'] += 1
        if ok != fixture.valid:
            out['wrong'].append(fixture.file)
    full = next(f for f in loader.fixtures(connection_type, valid=True) if f.file == 'valid/full.json')
    instance = model.model_validate_json(full.text())
    written = instance.model_dump_json()
    if json.loads(written, parse_float=Decimal) != json.loads(full.text(), parse_float=Decimal):
        out['problems'].append(f'model_dump_json() changed the full fixture: {written}')
    secrets = [s for s in strings(json.loads(full.text())) if s.startswith('<secret:')]
    if not secrets:
        out['problems'].append('the full fixture holds no secret to check')
    out['problems'] += [f'repr() shows the secret {s}' for s in secrets if s in repr(instance)]
    out['problems'] += [f'model_dump_json() lost the secret {s}' for s in secrets if s not in written]
    return out


if __name__ == '__main__':
    print(json.dumps(main(sys.argv[1], sys.argv[2])))

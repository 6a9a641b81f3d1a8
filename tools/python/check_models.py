"""Exercises generated Pydantic models in one process, for connspec's tests.

    python check_models.py JOB.json

JOB: {"root": dir holding the package, "package": name, "modules": [dotted module names inside
the package], "samples": [{"id", "module", "class", "value" or "text"}]}. A sample's "text" is its JSON
text, read exactly (integers of any size; decimals compared as written). Prints one JSON object:

- "imports": per module, imported standalone (every module of the package forgotten first) and
  every model in it completed (`model_rebuild`): {"module", "ok", "error"}.
- "samples": per sample, validated with `model_validate` and with `model_validate_json`:
  {"id", "accepted", "acceptedJson", "errors": [{"pointer", "loc", "type", "msg"}], "roundTrip",
  "dumped"}. `pointer` is the error's place as a JSON pointer into the sample (union branch labels
  and tags in `loc` dropped; a missing property's name kept). `roundTrip`: an accepted sample's
  `model_dump(mode="json", by_alias=True, exclude_unset=True)` equals it as JSON; `dumpedFull` is
  its dump with every top-level field as its attribute reads, defaults included. The serialisation contract's
  calls on the JSON text: "written" is `model_validate_json(text).model_dump_json()`, "exact" whether
  it equals the text as JSON (numbers exactly), "shown" the instance's repr() and str(). A sample
  whose model cannot be imported or run gets "crashed" (the traceback) instead of a verdict.
- "describe": per {"module", "class"}: its docstring, and its fields (name → alias, title,
  description) or its enum members (name → value).
"""

import importlib
import json
import sys
import traceback
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError


def forget(package: str) -> None:
    for name in [n for n in sys.modules if n == package or n.startswith(package + '.')]:
        del sys.modules[name]


def import_standalone(package: str, module: str) -> dict[str, Any]:
    forget(package)
    name = f'{package}.{module}' if module else package
    try:
        loaded = importlib.import_module(name)
        for value in vars(loaded).values():
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == name:
                value.model_rebuild(raise_errors=True)
    except Exception:  # noqa: BLE001 - reported, with the module's name, to the test
        return {'module': module, 'ok': False, 'error': traceback.format_exc(limit=8)}
    return {'module': module, 'ok': True}


def escape(part: str) -> str:
    return part.replace('~', '~0').replace('/', '~1')


def pointer(value: Any, loc: tuple[int | str, ...]) -> str:
    """The JSON pointer an error's `loc` names in the input."""
    parts: list[str] = []
    current = value
    for index, part in enumerate(loc):
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            parts.append(escape(part))
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            parts.append(str(part))
            current = current[part]
        elif index == len(loc) - 1 and isinstance(current, dict) and isinstance(part, str):
            parts.append(escape(part))
    return ''.join('/' + p for p in parts)


def json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON has it: 1 == 1.0, but true != 1, and key order does not count."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def with_defaults(instance: BaseModel) -> Any:
    """The model's JSON with every top-level field written as its attribute reads (defaults included):
    the contract writes only what was set, so the defaults are checked on a copy marking every field set."""
    copy = instance.model_copy()
    object.__setattr__(copy, '__pydantic_fields_set__', set(type(instance).model_fields))
    return copy.model_dump(mode='json', by_alias=True)


def exact_json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def written(model: Any, text: str) -> dict[str, Any]:
    """The contract's round trip on the JSON text: what the model writes, and whether it is the input."""
    instance = model.model_validate_json(text)
    out = instance.model_dump_json()
    return {'written': out, 'exact': json_equal(exact_json(out), exact_json(text)), 'shown': repr(instance) + '\n' + str(instance)}


def run_sample(package: str, sample: dict[str, Any]) -> dict[str, Any]:
    model = getattr(importlib.import_module(f"{package}.{sample['module']}"), sample['class'])
    text = sample['text'] if 'text' in sample else json.dumps(sample['value'])
    value = json.loads(text)
    result: dict[str, Any] = {'id': sample['id'], 'errors': []}
    try:
        result.update(written(model, text))
        result['acceptedJson'] = True
    except ValidationError:
        result['acceptedJson'] = False
    try:
        instance = model.model_validate(value)
    except ValidationError as error:
        result['accepted'] = False
        result['errors'] = [{'pointer': pointer(value, e['loc']), 'loc': list(e['loc']), 'type': e['type'], 'msg': e['msg']} for e in error.errors(include_url=False)]
        return result
    dumped = instance.model_dump(mode='json', by_alias=True, exclude_unset=True)
    result.update(accepted=True, roundTrip=json_equal(dumped, value), dumped=dumped, dumpedFull=with_defaults(instance))
    return result


def run_sample_safely(package: str, sample: dict[str, Any]) -> dict[str, Any]:
    """run_sample, but a model that cannot even be loaded or run is reported on the sample ("crashed")."""
    try:
        return run_sample(package, sample)
    except Exception:  # noqa: BLE001 - reported, with the sample's id, to the caller
        return {'id': sample['id'], 'accepted': False, 'acceptedJson': False, 'errors': [], 'crashed': traceback.format_exc(limit=4)}


def describe(package: str, target: dict[str, str]) -> dict[str, Any]:
    cls = getattr(importlib.import_module(f"{package}.{target['module']}"), target['class'])
    out: dict[str, Any] = {'module': target['module'], 'class': target['class'], 'doc': cls.__doc__}
    if isinstance(cls, type) and issubclass(cls, Enum):
        out['members'] = {member.name: member.value for member in cls}
    elif isinstance(cls, type) and issubclass(cls, BaseModel):
        out['fields'] = {name: {'alias': f.alias, 'title': f.title, 'description': f.description} for name, f in cls.model_fields.items()}
    return out


def main() -> None:
    with open(sys.argv[1], encoding='utf-8') as handle:
        job = json.load(handle)
    sys.path.insert(0, job['root'])
    package = job['package']
    imports = [import_standalone(package, m) for m in job.get('modules', [])]
    forget(package)
    samples = [run_sample_safely(package, s) for s in job.get('samples', [])]
    described = [describe(package, t) for t in job.get('describe', [])]
    json.dump({'imports': imports, 'samples': samples, 'describe': described}, sys.stdout)


if __name__ == '__main__':
    main()

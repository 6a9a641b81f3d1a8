"""The code points each Python engine puts in `\\p{...}`: pydantic-core's Rust regex (a `pattern`
constraint) and the `regex` package. Usage: python unicode_sets.py PROPERTY... ; prints one JSON
object {engine: {property: [[first, last], ...]}} (surrogates left out: Rust strings cannot hold them)."""

import json
import sys
from typing import Annotated

import regex
from pydantic import Field, StrictStr, TypeAdapter, ValidationError

CODE_POINTS = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]


def ranges(members: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in members:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def rust(prop: str) -> list[int]:
    adapter = TypeAdapter(Annotated[StrictStr, Field(pattern=f'^\\p{{{prop}}}$')])
    members: list[int] = []
    for cp in CODE_POINTS:
        try:
            adapter.validate_python(chr(cp))
            members.append(cp)
        except ValidationError:
            pass
    return members


def package(prop: str) -> list[int]:
    compiled = regex.compile(f'\\p{{{prop}}}', regex.V0)
    return [cp for cp in CODE_POINTS if compiled.fullmatch(chr(cp))]


props = sys.argv[1:]
print(json.dumps({'rust': {p: ranges(rust(p)) for p in props}, 'regex': {p: ranges(package(p)) for p in props}}))

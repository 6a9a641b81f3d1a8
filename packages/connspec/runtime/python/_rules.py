# String rules checked with Python's `re` and ajv-formats' checks, and object rules Pydantic has no
# keyword for (they run on the raw mapping before field validation).

import importlib
import re
from collections.abc import Hashable, Sequence
from typing import Any, Literal, LiteralString, Protocol, cast

from pydantic import GetJsonSchemaHandler, TypeAdapter, ValidationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from ._checks import RawCheck, Thunk, adapter, as_dict, first_error
from ._formats import FORMATS

class Searcher(Protocol):
    def search(self, string: str, /) -> object | None: ...


def compile_pattern(python: str, engine: Literal['re', 'regex'] = 're') -> Searcher:
    """`re`, or the `regex` package for what `re` cannot run (a look-behind of variable width, `\\p{…}`).
    The package is imported only by the models that need it (the generated requirements list it then)."""
    if engine == 're':
        return re.compile(python)
    try:
        module: Any = importlib.import_module('regex')
    except ImportError:
        raise ImportError(f'the pattern {python!r} needs the `regex` package: pip install regex') from None
    return cast(Searcher, module.compile(python, module.V0))


class EcmaPattern(RawCheck):
    """A `pattern` run by Python, translated from ECMA-262 by the generator (for patterns Pydantic's
    Rust engine cannot run: look-around, backreferences, some `\\p{…}`). `source` is the schema's text."""

    def __init__(self, python: str, source: str, engine: Literal['re', 'regex'] = 're') -> None:
        self.regex = compile_pattern(python, engine)
        self.source = source

    def check(self, value: Any) -> None:
        if isinstance(value, str) and self.regex.search(value) is None:
            raise PydanticCustomError('string_pattern_mismatch', "String should match pattern '{pattern}'", {'pattern': self.source})

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {**handler(schema), 'pattern': self.source}


class Format(RawCheck):
    """A JSON Schema `format`, checked as ajv-formats ("full" mode) checks it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.test = FORMATS[name]

    def check(self, value: Any) -> None:
        if not self.test(value):
            raise PydanticCustomError('string_format', 'String should be a valid {format}', {'format': self.name})

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {**handler(schema), 'format': self.name}


class SecretConstraints(RawCheck):
    """Length, pattern and format rules of a secret string, checked on the plain value (whatever the secret type)."""

    def __init__(self, min_length: int | None = None, max_length: int | None = None, pattern: EcmaPattern | None = None, format: str | None = None) -> None:
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = pattern
        self.format = Format(format) if format else None

    def check(self, value: Any) -> None:
        plain = value.get_secret_value() if hasattr(value, 'get_secret_value') else value
        if not isinstance(plain, str):
            return
        if self.min_length is not None and len(plain) < self.min_length:
            raise PydanticCustomError('string_too_short', 'String should have at least {min_length} characters', {'min_length': self.min_length})
        if self.max_length is not None and len(plain) > self.max_length:
            raise PydanticCustomError('string_too_long', 'String should have at most {max_length} characters', {'max_length': self.max_length})
        for rule in (self.pattern, self.format):
            if rule is not None:
                rule.check(plain)


class ObjectRules:
    """Object keywords with no Pydantic counterpart, checked on the raw mapping before field validation."""

    def __init__(self, *, min_properties: int | None = None, max_properties: int | None = None, required: Sequence[str] = (), dependencies: Sequence[tuple[str, Sequence[str] | Thunk]] = (), property_names: Thunk | None = None, pattern_properties: Sequence[tuple[str | EcmaPattern, Thunk]] = (), declared: Sequence[str] = (), additional: bool | Thunk = True, checks: Sequence[RawCheck] = ()) -> None:
        self.min_properties = min_properties
        self.max_properties = max_properties
        self.required = tuple(required)
        self.dependencies = tuple(dependencies)
        self.property_names = property_names
        self.pattern_properties = tuple((p.regex if isinstance(p, EcmaPattern) else re.compile(p), t) for p, t in pattern_properties)
        self.declared = frozenset(declared)
        self.additional = additional
        self.checks = tuple(checks)
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> Any:
        for rule in self.checks:
            rule.check(value)
        data = as_dict(value)
        if data is None:
            return value
        self._count(len(data))
        missing = [name for name in self.required if name not in data]
        if missing:
            raise PydanticCustomError('missing', 'Field required: {names}', {'names': ', '.join(missing)})
        self._dependencies(data)
        if self.property_names is not None:
            for key in data:
                self._validate('names', self.property_names, key, 'property_name', key)
        return {key: self._extra(key, value) if key not in self.declared else self._declared(key, value) for key, value in data.items()}

    def _declared(self, key: str, value: Any) -> Any:
        """A declared property matching a pattern must satisfy that pattern's schema too; its field validates the raw value."""
        for index, (regex, thunk) in enumerate(self.pattern_properties):
            if regex.search(key):
                self._validate(('pattern', index), thunk, value, 'pattern_property', key)
        return value

    def _count(self, count: int) -> None:
        if self.min_properties is not None and count < self.min_properties:
            raise PydanticCustomError('too_few_properties', 'Object should have at least {limit} properties', {'limit': self.min_properties})
        if self.max_properties is not None and count > self.max_properties:
            raise PydanticCustomError('too_many_properties', 'Object should have at most {limit} properties', {'limit': self.max_properties})

    def _dependencies(self, data: dict[str, Any]) -> None:
        for index, (name, requires) in enumerate(self.dependencies):
            if name not in data:
                continue
            if callable(requires):
                self._validate(('dependency', index), requires, data, 'dependency', name)
                continue
            missing = [other for other in requires if other not in data]
            if missing:
                raise PydanticCustomError('dependency', '{name} requires {missing}', {'name': name, 'missing': ', '.join(missing)})

    def _extra(self, key: str, value: Any) -> Any:
        matched = [(i, thunk) for i, (regex, thunk) in enumerate(self.pattern_properties) if regex.search(key)]
        for index, thunk in matched:
            value = self._validate(('pattern', index), thunk, value, 'pattern_property', key)
        if matched or self.additional is True:
            return value
        if self.additional is False:
            raise PydanticCustomError('extra_forbidden', 'Extra inputs are not permitted: {key}', {'key': key})
        return self._validate('additional', self.additional, value, 'additional_property', key)

    def _validate(self, cache_key: Hashable, thunk: Thunk, value: Any, kind: LiteralString, key: str) -> Any:
        try:
            return adapter(self._adapters, cache_key, thunk).validate_python(value)
        except ValidationError as error:
            raise PydanticCustomError(kind, '{key}: {reason}', {'key': key, 'reason': first_error(error)}) from None

# JSON Schema rules Pydantic has no keyword for, as Pydantic annotations: each checks the raw input,
# then lets the field's own validation run. Types inside them are thunks (evaluated on first use), so
# they may name models declared further down or in modules still being imported.

import json
import math
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any, cast

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler, TypeAdapter, ValidationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

Thunk = Callable[[], Any]
"""A type, evaluated late (so it may name models declared further down or in other modules)."""


def adapter(cache: dict[Hashable, TypeAdapter[Any]], key: Hashable, thunk: Thunk) -> TypeAdapter[Any]:
    """The validator for a thunk's type, built on first use and kept."""
    if key not in cache:
        cache[key] = TypeAdapter(thunk())
    return cache[key]


def as_dict(value: Any) -> dict[str, Any] | None:
    return cast('dict[str, Any]', value) if isinstance(value, dict) else None


def as_list(value: Any) -> list[Any] | None:
    return cast('list[Any]', value) if isinstance(value, list) else None


def _matches(adapter: TypeAdapter[Any], value: Any) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def first_error(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = '.'.join(str(part) for part in first['loc'])
    return f"{where + ': ' if where else ''}{first['msg']}"


class RawCheck:
    """Checks the raw input against a JSON Schema rule before the field's own validation runs."""

    def check(self, value: Any) -> None:
        raise NotImplementedError

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        def validate(value: Any, inner: core_schema.ValidatorFunctionWrapHandler) -> Any:
            self.check(value)
            return inner(value)

        return core_schema.no_info_wrap_validator_function(validate, handler(source))


class OneOf(RawCheck):
    """JSON Schema `oneOf`: exactly one branch of the union validates, and its result is kept.

    Pydantic's smart-mode union accepts a value that several branches accept; this does not. With
    `tag`, a value carrying the tag is tried against the branches whose tag value it names (every
    other branch fails on the tag anyway); a value without it is tried against every branch.
    """

    def __init__(self, tag: str | None = None, values: Sequence[str] = (), branches: Sequence[Thunk] = ()) -> None:
        self.tag = tag
        self.values = tuple(values)
        # Given when the union's own arguments cannot stand for the branches (equal branches merge in a Union).
        self._thunks = tuple(branches)
        self._branches: tuple[Any, ...] = ()
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        self._branches = self._thunks or (tuple(source.__args__) if hasattr(source, '__args__') else (source,))
        inner = handler(source)

        def validate(value: Any, _inner: core_schema.ValidatorFunctionWrapHandler) -> Any:
            return self.validate(value)

        return core_schema.no_info_wrap_validator_function(validate, inner)

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        out = handler(schema)
        if 'anyOf' in out:
            out['oneOf'] = out.pop('anyOf')
        return out

    def candidates(self, value: Any) -> list[int]:
        if self.tag is not None and isinstance(value, dict) and self.tag in value:
            return [i for i, v in enumerate(self.values) if v == value[self.tag]]
        return list(range(len(self._branches)))

    def validate(self, value: Any) -> Any:
        passed: list[tuple[int, Any]] = []
        failed: list[str] = []
        for index in self.candidates(value):
            branch = adapter(self._adapters, index, self._thunks[index] if self._thunks else lambda index=index: self._branches[index])
            try:
                passed.append((index, branch.validate_python(value)))
            except ValidationError as error:
                failed.append(f'{self._name(index)}: {first_error(error)}')
        if len(passed) == 1:
            return passed[0][1]
        if passed:
            names = ', '.join(self._name(i) for i, _ in passed)
            raise PydanticCustomError('one_of_multiple_matches', 'Input should match exactly one branch of the oneOf, but matches {branches}', {'branches': names})
        reason = '; '.join(failed) if failed else f'{self.tag} should be one of {", ".join(self.values)}'
        raise PydanticCustomError('one_of_no_match', 'Input should match exactly one branch of the oneOf, but matches none ({reason})', {'reason': reason})


    def _name(self, index: int) -> str:
        return f'branch {index + 1}' if self._thunks else _name(self._branches[index])


def _name(branch: Any) -> str:
    return getattr(branch, '__name__', None) or repr(branch)


class AllOf(RawCheck):
    """JSON Schema `allOf` members beyond the first (which is the field's own type): each must validate too."""

    def __init__(self, *members: Thunk) -> None:
        self.members = members
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> None:
        for index, thunk in enumerate(self.members):
            try:
                adapter(self._adapters, index, thunk).validate_python(value)
            except ValidationError as error:
                raise PydanticCustomError('all_of', 'Input should match every allOf member ({reason})', {'reason': first_error(error)}) from None


class Not(RawCheck):
    """JSON Schema `not`: the input must not validate against the schema."""

    def __init__(self, schema: Thunk) -> None:
        self.schema = schema
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> None:
        if _matches(adapter(self._adapters, 0, self.schema), value):
            raise PydanticCustomError('not', 'Input should not match the schema under `not`')


class IfThenElse(RawCheck):
    """JSON Schema `if`/`then`/`else`."""

    def __init__(self, if_: Thunk, then: Thunk | None = None, else_: Thunk | None = None) -> None:
        self.branches = (if_, then, else_)
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> None:
        holds = _matches(adapter(self._adapters, 0, self.branches[0]), value)
        index = 1 if holds else 2
        thunk = self.branches[index]
        if thunk is None:
            return
        try:
            adapter(self._adapters, index, thunk).validate_python(value)
        except ValidationError as error:
            raise PydanticCustomError('if_then_else', 'Input should match `{branch}` ({reason})', {'branch': 'then' if holds else 'else', 'reason': first_error(error)}) from None


def _canonical(value: Any) -> str:
    """JSON equality as JSON Schema defines it: 1 and 1.0 are equal, true and 1 are not, key order does not count."""
    if hasattr(value, 'model_dump'):
        value = value.model_dump(mode='json', by_alias=True)
    if hasattr(value, 'get_secret_value'):
        value = value.get_secret_value()
    if hasattr(value, 'value') and not isinstance(value, (str, int, float, bool, dict, list)):
        value = value.value
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return json.dumps(int(value) if float(value).is_integer() else value)
    mapping, items = as_dict(value), as_list(value)
    if mapping is not None:
        return '{' + ','.join(f'{json.dumps(k)}:{_canonical(v)}' for k, v in sorted(mapping.items())) + '}'
    if items is not None:
        return '[' + ','.join(_canonical(v) for v in items) + ']'
    return repr(cast(object, value))


class Values(RawCheck):
    """JSON Schema `enum`/`const` over values a `Literal` cannot hold (numbers as floats, objects, arrays)."""

    def __init__(self, *values: Any) -> None:
        self.values = {_canonical(v) for v in values}
        self.shown = ', '.join(json.dumps(v) for v in values)

    def check(self, value: Any) -> None:
        if _canonical(value) not in self.values:
            raise PydanticCustomError('enum', 'Input should be one of {expected}', {'expected': self.shown})


class MultipleOf(RawCheck):
    """JSON Schema `multipleOf` with a fractional divisor, in exact decimal arithmetic (a float remainder is not exact)."""

    def __init__(self, divisor: str) -> None:
        self.divisor = Decimal(divisor)

    def check(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return
        try:
            with localcontext() as context:
                context.prec = 1000
                exact = Decimal(repr(value)) % self.divisor == 0
        except InvalidOperation:  # a quotient beyond any precision: as with ajv's float division, not a multiple
            exact = False
        if not exact:
            raise PydanticCustomError('multiple_of', 'Input should be a multiple of {multiple_of}', {'multiple_of': str(self.divisor)})


class UniqueItems(RawCheck):
    """JSON Schema `uniqueItems: true`, with JSON equality."""

    def check(self, value: Any) -> None:
        seen: dict[str, int] = {}
        for index, item in enumerate(as_list(value) or []):
            key = _canonical(item)
            if key in seen:
                raise PydanticCustomError('unique_items', 'List items should be unique; items {first} and {second} are equal', {'first': seen[key], 'second': index})
            seen[key] = index


class Contains(RawCheck):
    """JSON Schema `contains`: at least one item validates against the schema."""

    def __init__(self, schema: Thunk) -> None:
        self.schema = schema
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> None:
        items = as_list(value)
        if items is not None and not any(_matches(adapter(self._adapters, 0, self.schema), item) for item in items):
            raise PydanticCustomError('contains', 'List should contain at least one item matching the `contains` schema')


class TupleItems(RawCheck):
    """JSON Schema `items` as an array (positional schemas) with `additionalItems`."""

    def __init__(self, items: Sequence[Thunk], additional: Thunk | None = None) -> None:
        self.items = tuple(items)
        self.additional = additional
        self._adapters: dict[Hashable, TypeAdapter[Any]] = {}

    def check(self, value: Any) -> None:
        for index, item in enumerate(as_list(value) or []):
            thunk = self.items[index] if index < len(self.items) else self.additional
            if thunk is None:
                continue
            try:
                adapter(self._adapters, min(index, len(self.items)), thunk).validate_python(item)
            except ValidationError as error:
                raise PydanticCustomError('tuple_item', 'Item {index} is invalid ({reason})', {'index': index, 'reason': first_error(error)}) from None

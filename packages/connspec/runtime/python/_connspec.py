# Runtime support for the generated models. The generator writes the lines above this body; they
# bind `_Base` (the configured base class) and `_SecretType` (the configured secret type).

import math
from collections.abc import Iterator
from functools import cache
from typing import Annotated, Any, ClassVar, Final, Self, cast

from pydantic import BeforeValidator, ConfigDict, Field, PlainSerializer, RootModel, SerializationInfo, SerializerFunctionWrapHandler, Strict, StrictFloat, StrictInt, model_serializer, model_validator
from pydantic.config import ExtraValues
from pydantic_core import PydanticCustomError, PydanticSerializationUnexpectedValue

from ._checks import AllOf, Contains, IfThenElse, MultipleOf, Not, OneOf, TupleItems, UniqueItems, Values
from ._rules import EcmaPattern, Format, ObjectRules, SecretConstraints

__all__ = [
    'AllOf', 'ConnspecModel', 'Contains', 'EcmaPattern', 'Format', 'IfThenElse', 'Integer', 'MultipleOf', 'NonNull', 'Not', 'Number', 'ObjectRules',
    'OneOf', 'Secret', 'SecretConstraints', 'TupleItems', 'UniqueItems', 'Values', 'rebuild',
]


def _reject_null(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError('null_forbidden', 'Input should not be null: leave the property out instead (the schema does not allow null)')
    return value


NonNull: Final = BeforeValidator(_reject_null)
"""On an optional property whose schema does not allow null: absent is fine (the default, None), an explicit null is not."""


def _integral(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


Integer = Annotated[int, Strict(), BeforeValidator(_integral)]
"""JSON Schema `integer`: an int (never a bool or a numeric string), or a float with no fractional part, as JSON allows."""

Number = Annotated[StrictFloat | StrictInt, Field(union_mode='smart')]
"""JSON Schema `number`: an int stays an int (exact beyond 2^53: compared, deduplicated and written back unrounded),
a fraction is a float; never a bool or a numeric string. One type (Annotated), so a Union around it keeps it one branch;
float first, so a number beyond the float range reports the float's error (smart mode still keeps an int an int)."""


def _reveal(value: Any) -> str:
    if isinstance(value, str):
        return value
    if not hasattr(value, 'get_secret_value'):
        # Not a secret: in a union (a secret or a number, say) the next branch writes it, as it was read.
        raise PydanticSerializationUnexpectedValue(f'not a secret: {type(value).__name__}')
    return value.get_secret_value()


Secret = Annotated[_SecretType, PlainSerializer(_reveal, return_type=str, when_used='json')]
"""`format: password`: the configured secret type (masked in repr and logs); JSON output carries the value, as the schema's JSON does."""


class _Masked:
    """Stands in for a masked value (`mask: true`) in repr and str."""

    def __repr__(self) -> str:
        return '****'


_MASKED: Final = _Masked()


class ConnspecModel(_Base):
    """Base of every generated model. JSON in and out uses the schema's property names (the aliases).
    Python code constructing a model may also use the field names (`Model(class_=...)`), but a config
    read with `model_validate`/`model_validate_json` is read by the schema's names alone (unless
    `by_name=True` is passed): `class_` is no property of a schema that says `class`. JSON output
    (`model_dump_json()`, `model_dump(mode='json')`) writes exactly the properties that were set, read
    from JSON or assigned: an absent property stays absent (its attribute still reads the schema
    default) and an explicit null stays null. A number beyond the range of a float is refused, never
    written back as null. repr and str show a masked value (`mask: true`) as ****; secrets are the
    secret type. `__connspec_rules__` holds object rules Pydantic has no keyword for."""

    model_config: ClassVar[ConfigDict] = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True, allow_inf_nan=False, hide_input_in_errors=True)
    __connspec_rules__: ClassVar[ObjectRules | None] = None
    __connspec_masked_extra__: ClassVar[bool] = False

    @classmethod
    def model_validate(
        cls, obj: Any, *, strict: bool | None = None, extra: ExtraValues | None = None, from_attributes: bool | None = None,
        context: Any | None = None, by_alias: bool | None = None, by_name: bool | None = None,
    ) -> Self:
        return super().model_validate(
            obj, strict=strict, extra=extra, from_attributes=from_attributes, context=context, by_alias=by_alias, by_name=False if by_name is None else by_name,
        )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *, strict: bool | None = None, extra: ExtraValues | None = None,
        context: Any | None = None, by_alias: bool | None = None, by_name: bool | None = None,
    ) -> Self:
        return super().model_validate_json(json_data, strict=strict, extra=extra, context=context, by_alias=by_alias, by_name=False if by_name is None else by_name)

    @model_validator(mode='before')
    @classmethod
    def _connspec_object_rules(cls, data: Any) -> Any:
        return cls.__connspec_rules__.check(data) if cls.__connspec_rules__ is not None else data

    @model_validator(mode='after')
    def _connspec_finite(self) -> Self:
        # A model's own number fields refuse non-finite values (allow_inf_nan); untyped values and
        # union root models (which have their own config) are checked here.
        # Read from __dict__: getattr would warn on a deprecated field.
        for name, value in self.__dict__.items():
            _check_finite(value, (name,))
        for key, value in (self.__pydantic_extra__ or {}).items():
            _check_finite(value, (key,))
        return self

    # No return annotation: Pydantic then keeps the model's own schema as its serialization JSON schema.
    @model_serializer(mode='wrap')
    def _connspec_presence(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):  # noqa: ANN202
        data = handler(self)
        if info.mode != 'json' or not isinstance(data, dict):
            return data
        fields = _fields(type(self))
        written = self.model_fields_set
        return {key: value for key, value in cast('dict[str, Any]', data).items() if key not in fields or _written(fields[key], value, written)}

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        masked = _masked(type(self))
        extra = type(self).__connspec_masked_extra__
        for name, value in super().__repr_args__():
            hide = name in masked or (extra and name not in type(self).model_fields)
            yield name, _MASKED if hide and value is not None else value


def _written(field: tuple[str, bool], value: Any, written: set[str]) -> bool:
    """A field is written when it was set, unless it holds None and its schema has no null (then None means absent)."""
    name, nullable = field
    return name in written and (value is not None or nullable)


@cache
def _fields(model: type[ConnspecModel]) -> dict[str, tuple[str, bool]]:
    """Every field by name and by alias: its name, and whether its schema allows null."""
    out: dict[str, tuple[str, bool]] = {}
    for name, info in model.model_fields.items():
        entry = (name, NonNull not in info.metadata)
        out[name] = entry
        if info.alias is not None:
            out[info.alias] = entry
    return out


@cache
def _masked(model: type[ConnspecModel]) -> frozenset[str]:
    """Names of the fields marked `mask: true` (in their `json_schema_extra`)."""
    extras = [(name, info.json_schema_extra) for name, info in model.model_fields.items()]
    return frozenset(name for name, extra in extras if isinstance(extra, dict) and cast('dict[str, Any]', extra).get('mask') is True)


def _check_finite(value: Any, loc: tuple[str | int, ...]) -> None:
    """Refuses a float beyond range anywhere in a value; a nested ConnspecModel has checked itself."""
    if isinstance(value, RootModel):
        _check_finite(cast('RootModel[Any]', value).root, loc)
    elif isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError('finite_number', 'Input should be a finite number: {loc} is beyond the range of a float', {'loc': '/'.join(map(str, loc))})
    elif isinstance(value, dict):
        for key, item in cast('dict[str, Any]', value).items():
            _check_finite(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(cast('list[Any]', value)):
            _check_finite(item, (*loc, index))


def rebuild(*models: Any) -> None:
    """Resolves forward references once a module's imports are bound; models that still name a
    module being imported (an import cycle) are completed on first use, or by the next call."""
    for model in models:
        model.model_rebuild(raise_errors=False)

# Runtime support for the generated models. The generator writes the lines above this body; they
# bind `_Base` (the configured base class) and `_SecretType` (the configured secret type).

from functools import cache
from typing import Annotated, Any, ClassVar, Final, Self, cast

from pydantic import BeforeValidator, ConfigDict, PlainSerializer, SerializationInfo, SerializerFunctionWrapHandler, Strict, model_serializer, model_validator
from pydantic.config import ExtraValues
from pydantic_core import PydanticCustomError

from ._checks import AllOf, Contains, IfThenElse, MultipleOf, Not, OneOf, TupleItems, UniqueItems, Values
from ._rules import EcmaPattern, Format, ObjectRules, SecretConstraints

__all__ = [
    'AllOf', 'ConnspecModel', 'Contains', 'EcmaPattern', 'Format', 'IfThenElse', 'Integer', 'MultipleOf', 'NonNull', 'Not', 'ObjectRules',
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


def _reveal(value: Any) -> str:
    return value.get_secret_value() if hasattr(value, 'get_secret_value') else str(value)


Secret = Annotated[_SecretType, PlainSerializer(_reveal, return_type=str, when_used='json')]
"""`format: password`: the configured secret type (masked in repr and logs); JSON output carries the value, as the schema's JSON does."""


class ConnspecModel(_Base):
    """Base of every generated model. JSON in and out uses the schema's property names (the aliases).
    Python code constructing a model may also use the field names (`Model(class_=...)`), but a config
    read with `model_validate`/`model_validate_json` is read by the schema's names alone (unless
    `by_name=True` is passed): `class_` is no property of a schema that says `class`. JSON output
    leaves out an absent optional property rather than writing a null its schema does not allow.
    `__connspec_rules__` holds object rules Pydantic has no keyword for."""

    model_config: ClassVar[ConfigDict] = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)
    __connspec_rules__: ClassVar[ObjectRules | None] = None

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

    # No return annotation: Pydantic then keeps the model's own schema as its serialization JSON schema.
    @model_serializer(mode='wrap')
    def _connspec_omit_nulls(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):  # noqa: ANN202
        data = handler(self)
        if info.mode != 'json' or not isinstance(data, dict):
            return data
        omit = _non_nullable(type(self))
        return {key: value for key, value in cast('dict[str, Any]', data).items() if value is not None or key not in omit}


@cache
def _non_nullable(model: type[ConnspecModel]) -> frozenset[str]:
    """Names and aliases of the fields that are None only when absent (their schema has no null)."""
    fields = [(name, info) for name, info in model.model_fields.items() if NonNull in info.metadata]
    return frozenset([name for name, _ in fields] + [info.alias for _, info in fields if info.alias is not None])


def rebuild(*models: Any) -> None:
    """Resolves forward references once a module's imports are bound; models that still name a
    module being imported (an import cycle) are completed on first use, or by the next call."""
    for model in models:
        model.model_rebuild(raise_errors=False)

"""Frozen JSON-like values: the map's metadata slot for what the model has no place for.

Importers keep what they cannot map onto elements (AIF locutions, Argdown's extra
statement data, ...) so that nothing is silently dropped and an export can write it
back. Such data is plain JSON, frozen: objects become :class:`FrozenDict` (insertion
order kept, hashable), arrays become tuples.

>>> from argmap._meta import freeze, thaw
>>> frozen = freeze({"aif": {"nodes": [{"nodeID": "1"}]}})
>>> frozen["aif"]["nodes"][0]["nodeID"]
'1'
>>> thaw(frozen)
{'aif': {'nodes': [{'nodeID': '1'}]}}
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any, TypeAlias

from argmap.errors import InvalidValueError

__all__ = ["FrozenDict", "JSONValue", "freeze", "thaw"]

JSONValue: TypeAlias = Any
"""A frozen JSON value: None, bool, int, float, str, tuple of values or FrozenDict."""


class FrozenDict(Mapping[str, Any]):
    """An immutable, hashable mapping from strings to frozen JSON values.

    Equality ignores order, like ``dict``; iteration keeps insertion order so
    exports are deterministic.
    """

    __slots__ = ("_data", "_hash")
    _data: dict[str, Any]
    _hash: int | None

    def __init__(self, items: Mapping[str, Any] | None = None) -> None:
        data = dict(items or {})
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_hash", None)

    def __setattr__(self, name: str, value: object) -> None:
        msg = f"FrozenDict is immutable; cannot set {name!r}"
        raise AttributeError(msg)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return bool(self._data == other._data)
        if isinstance(other, Mapping):
            return bool(self._data == dict(other))
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            object.__setattr__(self, "_hash", hash(frozenset(self._data.items())))
        assert self._hash is not None
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"


def freeze(value: object, *, where: str = "meta") -> JSONValue:
    """A frozen copy of the JSON-like ``value`` (dicts, lists, tuples and scalars).

    Raises
    ------
    InvalidValueError
        If ``value`` holds anything but JSON data: a non-string key, a non-finite
        number, a set, an object.
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            msg = f"{where} holds a non-finite number {value!r}; expected JSON data"
            raise InvalidValueError(msg)
        return value
    if isinstance(value, list | tuple):
        return tuple(freeze(item, where=f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(value, Mapping):
        items: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                msg = f"{where} has a non-string key {key!r}; expected JSON data"
                raise InvalidValueError(msg)
            items[key] = freeze(item, where=f"{where}.{key}")
        return FrozenDict(items)
    msg = f"{where} holds {value!r} of type {type(value).__name__}; expected JSON data"
    raise InvalidValueError(msg)


def thaw(value: JSONValue) -> Any:
    """Plain ``dict``/``list`` JSON data from a frozen value (the inverse of :func:`freeze`)."""
    if isinstance(value, FrozenDict):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    return value

"""ArgumentMap.meta: the frozen JSON slot importers keep what the model cannot hold in."""

from __future__ import annotations

import math
from typing import Any

import attrs
import pytest
from _fuzz import json_values
from hypothesis import given

import argmap
from argmap._meta import FrozenDict, freeze, thaw
from argmap.errors import InvalidValueError


def _map(meta: Any) -> argmap.ArgumentMap:
    b = argmap.MapBuilder("M")
    b.claim("c", "A claim.")
    return attrs.evolve(b.build(), meta=meta)


def test_meta_is_frozen_and_defaults_to_empty() -> None:
    m = _map({"aif": {"nodes": [{"nodeID": "1"}], "n": 1.5}})
    assert argmap.ArgumentMap("Empty").meta == {}
    nodes = m.meta["aif"]["nodes"]
    assert isinstance(nodes, tuple)
    assert isinstance(nodes[0], FrozenDict)
    with pytest.raises(TypeError):
        m.meta["aif"]["x"] = 1  # type: ignore[index]
    with pytest.raises(AttributeError):
        m.meta._data = {}  # type: ignore[misc]
    assert hash(m) == hash(_map({"aif": {"n": 1.5, "nodes": [{"nodeID": "1"}]}}))


def test_derived_maps_keep_meta() -> None:
    m = _map({"source": "test"})
    assert m.add(argmap.Claim("d", "Another.")).meta == {"source": "test"}
    assert m.without("c").meta == {"source": "test"}


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ([1, 2], "map meta must be a mapping of JSON data, got [1, 2]"),
        ({"a": {1: "x"}}, "meta.a has a non-string key 1"),
        ({"a": [math.nan]}, "meta.a[0] holds a non-finite number nan"),
        ({"a": {"b": {1, 2}}}, "meta.a.b holds {1, 2} of type set"),
        ({"a": object}, "meta.a holds <class 'object'> of type type"),
    ],
)
def test_meta_must_be_json(meta: Any, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        _map(meta)
    assert str(caught.value).startswith(message)


@given(json_values)
def test_freeze_and_thaw_are_inverse_on_json(value: object) -> None:
    frozen = freeze(value)
    assert thaw(frozen) == value
    assert freeze(thaw(frozen)) == frozen
    hash(frozen)  # every frozen value is hashable

"""The immutable ArgumentationFramework: construction, bad input, views, equality."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from af_strategies import frameworks
from hypothesis import given

from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.semantics._graph import strongly_connected_components, weak_components
from argmap.semantics.framework import ArgumentationFramework


def test_construction_keeps_order_and_drops_duplicate_attacks() -> None:
    af = ArgumentationFramework(["b", "a", "c"], [("a", "b"), ("a", "b"), ("c", "c")])
    assert af.arguments == ("b", "a", "c")
    assert af.attacks == (("a", "b"), ("c", "c"))
    assert af.num_attacks == 2
    assert len(af) == 3
    assert list(af) == ["b", "a", "c"]
    assert af.attackers_of("b") == ("a",)
    assert af.attacked_by("c") == ("c",)
    assert af.index("c") == 2


@pytest.mark.parametrize(
    ("arguments", "attacks", "error", "fragment"),
    [
        (["a", "a"], [], InvalidValueError, "'a' is given twice"),
        (["a", ""], [], InvalidValueError, "''"),
        (["a", 3], [], InvalidValueError, "3"),
        ("ab", [], InvalidValueError, "'ab'"),
        (["a"], [("a", "b")], UnknownKeyError, "'b'"),
        (["a"], [("a",)], InvalidValueError, r"\('a',\)"),
        (["a"], ["aa"], InvalidValueError, "'aa'"),
    ],
)
def test_bad_input_is_named(arguments, attacks, error, fragment) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=fragment):
        ArgumentationFramework(arguments, attacks)


def test_from_indices_checks_its_input() -> None:
    with pytest.raises(InvalidValueError, match="out of range"):
        ArgumentationFramework.from_indices(["a"], [0], [1])
    with pytest.raises(InvalidValueError, match="differ in length"):
        ArgumentationFramework.from_indices(["a"], [0, 0], [0])
    with pytest.raises(InvalidValueError, match="given twice"):
        ArgumentationFramework.from_indices(["a", "a"], [], [])
    af = ArgumentationFramework.from_indices(["a", "b"], np.array([1]), np.array([0]))
    assert af.attacks == (("b", "a"),)


def test_from_attacks_collects_names() -> None:
    af = ArgumentationFramework.from_attacks([("x", "y"), ("y", "z")], arguments=["w"])
    assert af.arguments == ("w", "x", "y", "z")
    with pytest.raises(InvalidValueError, match="pair"):
        ArgumentationFramework.from_attacks([("x", "y", "z")])


def test_immutable_and_unknown_names() -> None:
    af = ArgumentationFramework(["a"])
    with pytest.raises(AttributeError, match="immutable"):
        af._names = ("b",)  # type: ignore[misc]
    with pytest.raises(UnknownKeyError, match="'q'"):
        af.index("q")
    assert "a" in af
    assert "q" not in af


@given(af=frameworks())
def test_equality_hash_pickle_and_restrict(af: ArgumentationFramework) -> None:
    same = ArgumentationFramework(af.arguments, list(reversed(af.attacks)))
    assert same == af
    assert hash(same) == hash(af)
    assert pickle.loads(pickle.dumps(af)) == af
    keep = af.arguments[::2]
    sub = af.restrict(keep)
    assert sub.arguments == keep
    assert set(sub.attacks) == {(x, y) for x, y in af.attacks if x in keep and y in keep}
    assert af.restrict(af.arguments) == af


@given(af=frameworks())
def test_components_partition_the_framework(af: ArgumentationFramework) -> None:
    n = len(af)
    sccs = strongly_connected_components(n, af.targets)
    assert sorted(x for c in sccs for x in c) == list(range(n))
    # Two arguments share an SCC iff each reaches the other.
    reach = [{i} for i in range(n)]
    for _ in range(n):
        for i, j in af.attack_indices:
            reach[i] |= reach[j]
    where = {x: k for k, c in enumerate(sccs) for x in c}
    for i in range(n):
        for j in range(n):
            assert (where[i] == where[j]) == (j in reach[i] and i in reach[j])
    weak = weak_components(range(n), af.attackers, af.targets)
    assert sorted(x for c in weak for x in c) == list(range(n))
    side = {x: k for k, c in enumerate(weak) for x in c}
    assert all(side[i] == side[j] for i, j in af.attack_indices)


def test_tarjan_needs_no_recursion() -> None:
    n = 200_000
    targets = [[i + 1] for i in range(n - 1)] + [[0]]
    assert len(strongly_connected_components(n, targets)) == 1


def test_repr() -> None:
    assert repr(ArgumentationFramework(["a"], [])) == "ArgumentationFramework(['a'], [])"
    big = ArgumentationFramework.from_indices([str(i) for i in range(20)], [], [])
    assert repr(big) == "<ArgumentationFramework with 20 arguments and 0 attacks>"

"""Per-argument acceptance without listing extensions, against the brute-force oracle."""

from __future__ import annotations

from unittest import mock

import pytest
from af_oracle import Oracle
from af_strategies import frameworks, layered_frameworks
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import InvalidValueError
from argmap.semantics import _engine, dung
from argmap.semantics.acceptance import acceptance, eager_members
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.status import Status

CODES = ("GR", "CO", "PR", "ST", "SST", "STG", "ID", "EG")


def expected_statuses(af: ArgumentationFramework, code: str) -> dict[str, Status]:
    """Statuses by definition, from every extension the oracle lists."""
    extensions = Oracle(af).extensions(code)
    if not extensions:
        return dict.fromkeys(af.arguments, Status.UNDECIDED)
    attackers = {a: set(af.attackers_of(a)) for a in af.arguments}
    out = {}
    for a in af.arguments:
        if all(a in e for e in extensions):
            out[a] = Status.IN
        elif all(attackers[a] & e for e in extensions):
            out[a] = Status.OUT
        elif any(a in e for e in extensions):
            out[a] = Status.CREDULOUS
        else:
            out[a] = Status.UNDECIDED
    return out


@given(af=st.one_of(frameworks(max_args=8), layered_frameworks(max_args=8)))
def test_statuses_are_those_of_the_extensions(af: ArgumentationFramework) -> None:
    for code in CODES:
        result = acceptance(af, code)
        expected = expected_statuses(af, code)
        assert result.statuses() == expected, code
        extensions = Oracle(af).extensions(code)
        assert result.exists == bool(extensions)
        for i, name in enumerate(af.arguments):
            assert bool(result.credulous[i]) == any(name in e for e in extensions), (code, name)
            assert bool(result.skeptical[i]) == all(name in e for e in extensions), (code, name)


@given(af=st.one_of(frameworks(max_args=8), layered_frameworks(max_args=8)))
def test_the_solver_path_gives_the_same_statuses(af: ArgumentationFramework) -> None:
    # Components of up to _engine._TINY arguments are decided by listing their subsets;
    # with that switched off every component goes through the SAT solver.
    with mock.patch.object(_engine, "_TINY", 0):
        fresh = ArgumentationFramework(af.arguments, af.attacks)
        for code in CODES:
            assert acceptance(fresh, code).statuses() == expected_statuses(af, code), code


@given(af=frameworks(max_args=10))
def test_tiny_components_list_exactly_the_extensions(af: ArgumentationFramework) -> None:
    names = af.arguments
    attackers = [[names.index(b) for b in af.attackers_of(a)] for a in names]
    for code in ("CF", "ADM", "CO", "PR", "ST", "SST", "STG"):
        masks = _engine.tiny_extensions(attackers, code)
        found = {frozenset(n for i, n in enumerate(names) if m >> i & 1) for m in masks}
        assert found == set(Oracle(af).extensions(code)), code
        assert masks == sorted(set(masks)), "increasing, each once"


@given(af=frameworks(max_args=8))
def test_the_eager_extension_needs_no_listing_of_semi_stable_ones(
    af: ArgumentationFramework,
) -> None:
    (expected,) = Oracle(af).extensions("EG")
    assert frozenset(af.arguments[i] for i in eager_members(af)) == expected
    assert dung.eager_extension(af) == expected


def test_independent_conflicts_take_few_queries() -> None:
    # 2^40 preferred extensions; one query per conflict settles it.
    pairs = [(f"a{i}", f"b{i}") for i in range(40)]
    af = ArgumentationFramework.from_attacks(pairs + [(b, a) for a, b in pairs])
    for code in ("PR", "ST", "SST", "STG", "CO"):
        result = acceptance(af, code)
        assert set(result.statuses().values()) == {Status.CREDULOUS}, code
        assert result.queries <= 2 * len(af), code
    assert acceptance(af, "GR").queries == 0


def test_no_stable_extension_leaves_everything_undecided() -> None:
    af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    result = acceptance(af, "stable")
    assert not result.exists
    assert set(result.values()) == {Status.UNDECIDED}
    assert len(result) == 4
    assert list(result) == ["a", "b", "c", "d"]


def test_sets_of_arguments_are_not_decided() -> None:
    af = ArgumentationFramework.from_attacks([("a", "b")])
    for code in ("CF", "admissible"):
        with pytest.raises(InvalidValueError, match="not"):
            acceptance(af, code)
    with pytest.raises(InvalidValueError, match="'best'"):
        acceptance(af, "best")

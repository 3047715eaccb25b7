"""Counting complete and stable extensions without listing them (argmap.semantics._count
and SccPlan.count), checked against the brute-force oracle on small frameworks and
against listing on larger ones."""

from __future__ import annotations

import random

import pytest
from af_oracle import Oracle
from af_strategies import frameworks, layered_frameworks
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics import _count, _engine, dung
from argmap.semantics._scc import SccPlan
from argmap.semantics.framework import ArgumentationFramework


@pytest.mark.parametrize("code", ["CO", "ST"])
@given(af=frameworks(max_args=9))
def test_model_counter_matches_the_oracle(code: str, af: ArgumentationFramework) -> None:
    """Self-attacks, odd cycles and frameworks without stable extensions included."""
    attackers = af.attackers
    assert _count.count_labellings(attackers, code) == len(Oracle(af).extensions(code))


@pytest.mark.parametrize("code", ["CO", "ST"])
@given(af=frameworks(max_args=9), cap=st.integers(0, 3))
def test_listing_first_then_counting_matches_the_oracle(
    code: str, af: ArgumentationFramework, cap: int
) -> None:
    """The way a wide component is counted: the SAT solver lists up to a cap, and past
    it the counter counts; forced here on small frameworks with tiny caps."""
    attackers = af.attackers
    expected = len(Oracle(af).extensions(code))
    original = (_count.NARROW, _count.LIST_CAP)
    _count.NARROW, _count.LIST_CAP = -1, cap
    try:
        assert _count.count_extensions(attackers, code) == expected
    finally:
        _count.NARROW, _count.LIST_CAP = original


@pytest.mark.parametrize("code", ["CO", "PR", "ST"])
@given(af=layered_frameworks())
def test_scc_by_scc_count_matches_the_oracle(code: str, af: ArgumentationFramework) -> None:
    """Chains of SCCs, some conditioned by undecided or self-attacking arguments before
    them; for stable, conditioned SCCs without a labelling (count 0) on some branches."""
    plan = SccPlan(af.attackers, af.targets)
    assert plan.count(code) == len(Oracle(af).extensions(code))


@pytest.mark.parametrize("code", ["CO", "ST", "SST", "STG"])
@given(parts=st.lists(layered_frameworks(max_args=5), min_size=1, max_size=4))
def test_counts_multiply_over_components(code: str, parts: list[ArgumentationFramework]) -> None:
    """Disjoint unions: the count is the product of the parts' (each by the oracle)."""
    names: list[str] = []
    attacks: list[tuple[str, str]] = []
    expected = 1
    for i, part in enumerate(parts):
        rename = {a: f"p{i}{a}" for a in part.arguments}
        names += rename.values()
        attacks += [(rename[x], rename[y]) for x, y in part.attacks]
        expected *= len(Oracle(part).extensions(code))
    whole = ArgumentationFramework(names, attacks)
    assert dung.count_extensions(whole, code) == expected


def _random(n: int, density: float, seed: int) -> ArgumentationFramework:
    rng = random.Random(seed)
    names = [f"a{i}" for i in range(n)]
    attacks = [(x, y) for x in names for y in names if rng.random() < density]
    return ArgumentationFramework(names, attacks)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("code", ["CO", "ST"])
def test_counts_match_listing_beyond_the_oracle(code: str, seed: int) -> None:
    """30-argument frameworks, sparse and dense: counted without listing, compared with
    listing by one SAT instance per component."""
    af = _random(30, [0.05, 0.1, 0.2][seed % 3], seed)
    listed = sum(1 for _ in dung.extensions(af, code))
    assert _engine.count(af, code) == listed
    attackers = af.attackers
    assert _count.count_labellings(attackers, code) == listed


@settings(max_examples=30)
@given(side=st.integers(2, 5), seed=st.integers(0, 2**16))
def test_counter_on_grids_matches_listing(side: int, seed: int) -> None:
    """Grids with mutual and one-way attacks (the benchmark's family, small)."""
    rng = random.Random(seed)
    names = [f"c{r}_{c}" for r in range(side) for c in range(side)]
    attacks: list[tuple[str, str]] = []
    for r in range(side):
        for c in range(side):
            for dr, dc in ((0, 1), (1, 0)):
                if r + dr < side and c + dc < side:
                    a, b = f"c{r}_{c}", f"c{r + dr}_{c + dc}"
                    roll = rng.random()
                    if roll < 0.75:
                        attacks.append((a, b))
                    if roll < 0.5 or roll >= 0.75:
                        attacks.append((b, a))
    af = ArgumentationFramework(names, attacks)
    for code in ("CO", "ST"):
        assert dung.count_extensions(af, code) == sum(1 for _ in dung.extensions(af, code))


def test_a_big_scc_before_a_small_one_goes_to_the_counter() -> None:
    """SCC by SCC would list the big SCC's labellings (the later one depends on them);
    the counter counts the whole component instead: a ring of 41 mutual attacks, one of
    whose arguments attacks one more."""
    n = 41
    names = [f"r{i}" for i in range(n)] + ["tail"]
    attacks = [(f"r{i}", f"r{(i + 1) % n}") for i in range(n)]
    attacks += [(f"r{(i + 1) % n}", f"r{i}") for i in range(n)]
    attacks.append(("r0", "tail"))
    af = ArgumentationFramework(names, attacks)
    (component,) = _engine.components(af, reduced=True)
    assert _engine._counting_method(component, "ST") == "counter"
    assert _engine._counting_method(component, "CO") == "counter"
    assert _engine._counting_method(component, "PR") == "scc"
    # Stable extensions of a cycle C_n of mutual attacks are its maximal independent
    # sets, counted by the Perrin numbers; "tail" is then decided.
    perrin = [3, 0, 2]
    while len(perrin) <= n:
        perrin.append(perrin[-2] + perrin[-3])
    assert dung.count_extensions(af, "ST") == perrin[n]
    assert not _engine.count_lists_extensions(af, "ST")
    assert not _engine.count_lists_extensions(af, "CO")
    assert _engine.count_lists_extensions(af, "STG") is False  # stable ones exist

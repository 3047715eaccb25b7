"""SCC-recursive enumeration of complete and preferred extensions (argmap.semantics._scc).

Checked against the brute-force oracle on small frameworks with many strongly connected
components in a chain, and against the one-SAT-instance-per-component method on larger
ones, where the oracle cannot go.
"""

from __future__ import annotations

import random

import pytest
from af_oracle import Oracle
from af_strategies import frameworks, layered_frameworks
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics import _engine, dung
from argmap.semantics._scc import SccPlan
from argmap.semantics.framework import ArgumentationFramework

CODES = ["CO", "PR", "ST", "SST", "STG", "ID", "EG", "GR", "ADM", "CF"]


@pytest.mark.parametrize("code", CODES)
@given(af=layered_frameworks())
def test_layered_frameworks_match_the_oracle(code: str, af: ArgumentationFramework) -> None:
    expected = Oracle(af).extensions(code)
    found = list(dung.extensions(af, code))
    assert len(found) == len(set(found)), "an extension was listed twice"
    assert set(found) == expected
    assert dung.count_extensions(af, code) == len(expected)
    some = dung.some_extension(af, code)
    assert (some is None) == (not expected)
    assert some is None or some in expected
    for name in af.arguments:
        assert dung.is_credulously_accepted(af, name, code) == any(name in e for e in expected)
        assert dung.is_skeptically_accepted(af, name, code) == all(name in e for e in expected)


def _plan(af: ArgumentationFramework) -> SccPlan:
    """An SCC plan of the whole framework, without the grounded reduction or the
    weak-component split."""
    return SccPlan(af.attackers, af.targets)


@pytest.mark.parametrize("code", ["CO", "PR"])
@given(af=frameworks(max_args=10))
def test_plan_on_a_whole_framework_matches_the_oracle(
    code: str, af: ArgumentationFramework
) -> None:
    """The plan alone, without the grounded reduction or the weak-component split."""
    plan = _plan(af)
    expected = Oracle(af).extensions(code)
    found = [frozenset(af.arguments[i] for i in e) for e in plan.extensions(code)]
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert frozenset(af.arguments[i] for i in plan.first(code)) in expected


@pytest.mark.parametrize("code", ["SST", "STG"])
@given(af=frameworks(max_args=10))
def test_plan_start_for_range_maximisation_is_a_valid_starting_set(
    code: str, af: ArgumentationFramework
) -> None:
    """The SCC-by-SCC start of a range maximisation: a complete set for SST and a
    conflict-free one for STG (not necessarily of maximal range); when every SCC is a
    single argument it is the grounded extension for SST (the only complete labelling
    conditioned SCC by SCC)."""
    plan = _plan(af)
    start = frozenset(af.arguments[i] for i in plan.first(code))
    oracle = Oracle(af)
    assert start in oracle.extensions("CO" if code == "SST" else "CF")
    if code == "SST" and not plan.cycles:
        assert start in oracle.extensions("GR")


@pytest.mark.parametrize("code", ["SST", "STG"])
@given(af=st.one_of(frameworks(), layered_frameworks()))
def test_range_maximisation_from_the_scc_start_matches_the_oracle(
    code: str, af: ArgumentationFramework
) -> None:
    """Whatever the start, the global maximisation ends at a semi-stable (stage) set:
    forced here on every framework with at least one cyclic SCC."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_engine, "_GREEDY_MIN_CYCLES", 1)
        some = dung.some_extension(ArgumentationFramework(af.arguments, af.attacks), code)
    assert some in Oracle(af).extensions(code)


def _chain_of_cycles(rng: random.Random, blocks: int) -> ArgumentationFramework:
    attacks: set[tuple[int, int]] = set()
    start = 0
    previous: list[int] = []
    for _ in range(blocks):
        size = rng.choice([1, 1, 2, 2, 3, 4])
        block = list(range(start, start + size))
        start += size
        if size == 1:
            if rng.random() < 0.3:
                attacks.add((block[0], block[0]))
        else:
            attacks.update((x, block[(i + 1) % size]) for i, x in enumerate(block))
        for _ in range(rng.randint(0, 2)):
            if previous:
                attacks.add((rng.choice(previous), rng.choice(block)))
        previous += block
        previous = previous[-8:]
    return ArgumentationFramework.from_indices(
        [f"x{i}" for i in range(start)],
        [a for a, _ in sorted(attacks)],
        [b for _, b in sorted(attacks)],
    )


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), blocks=st.integers(5, 24))
def test_scc_recursion_agrees_with_one_instance_per_component(seed: int, blocks: int) -> None:
    af = _chain_of_cycles(random.Random(seed), blocks)
    for code in ("CO", "PR"):
        framework = ArgumentationFramework(af.arguments, af.attacks)
        by_scc = [tuple(e) for e in _engine.extensions(framework, code)]
        whole = [tuple(e) for e in _engine.extensions(framework, code, scc=False)]
        assert _engine.count(framework, code, scc=False) == len(whole)
        assert _engine.count(framework, code) == len(whole)  # SCC by SCC, nothing listed
        assert len(by_scc) == len(set(by_scc))
        assert set(by_scc) == set(whole)
        one = dung.some_extension(ArgumentationFramework(af.arguments, af.attacks), code)
        named = {frozenset(framework.arguments[i] for i in e) for e in whole}
        assert frozenset(one) in named
        either = _engine.first(ArgumentationFramework(af.arguments, af.attacks), code, scc=False)
        assert either is not None
        assert tuple(either) in set(whole)
    for code in ("SST", "STG"):  # one extension: from the SCC-by-SCC start, or not
        framework = ArgumentationFramework(af.arguments, af.attacks)
        whole_sets = {
            frozenset(framework.arguments[i] for i in e)
            for e in _engine.extensions(framework, code, scc=False)
        }
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_engine, "_GREEDY_MIN_CYCLES", 1)
            one = dung.some_extension(ArgumentationFramework(af.arguments, af.attacks), code)
        assert frozenset(one) in whole_sets


def _linked_two_cycles(k: int) -> ArgumentationFramework:
    """x_i <-> y_i, both attack z_i, z_i attacks x_{i+1}: one weak component, 2k SCCs."""
    attacks = []
    for i in range(k):
        attacks += [(f"x{i}", f"y{i}"), (f"y{i}", f"x{i}"), (f"x{i}", f"z{i}"), (f"y{i}", f"z{i}")]
        if i + 1 < k:
            attacks.append((f"z{i}", f"x{i + 1}"))
    return ArgumentationFramework.from_attacks(attacks)


def test_counting_a_long_chain_lists_nothing() -> None:
    """The linked 2-cycles of the test below, 300 links: 2^300 preferred extensions and
    a Fibonacci number of complete ones (each link: x in, y in, or both undecided, and
    an undecided z lets the next link only be undecided or have y in), counted SCC by
    SCC, where listing them would never end."""
    k = 300
    af = _linked_two_cycles(k)
    fibonacci = [0, 1]
    while len(fibonacci) < 2 * k + 3:
        fibonacci.append(fibonacci[-1] + fibonacci[-2])
    assert not _engine.count_lists_extensions(af, "CO")
    assert _engine.count(af, "PR") == 2**k
    assert _engine.count(af, "CO") == fibonacci[2 * k + 2]


def test_a_chain_of_linked_two_cycles_multiplies() -> None:
    """x_k <-> y_k, both attack z_k, z_k attacks x_{k+1}: one weak component, 2k SCCs."""
    k = 12
    af = _linked_two_cycles(k)
    assert len(af.weakly_connected_components()) == 1
    assert dung.count_extensions(af, "PR") == 2**k
    assert dung.count_extensions(af, "ST") == 2**k
    preferred = set(dung.extensions(af, "PR"))
    assert all(f"z{i}" not in e for e in preferred for i in range(k))


def test_an_undecided_attacker_blocks_but_does_not_defeat() -> None:
    """An undecided 3-cycle attacks d and a self-attacker attacks f: neither can be in,
    so their partners e and g in the 2-cycles they sit in are in every preferred one."""
    af = ArgumentationFramework.from_attacks(
        [
            *[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "d")],
            *[("s", "s"), ("s", "f"), ("f", "g"), ("g", "f")],
        ]
    )
    assert set(dung.extensions(af, "PR")) == {frozenset({"e", "g"})}
    assert set(dung.extensions(af, "CO")) == {
        frozenset(),
        frozenset({"e"}),
        frozenset({"g"}),
        frozenset({"e", "g"}),
    }
    assert dung.count_extensions(af, "ST") == 0


def test_many_singleton_sccs_need_no_recursion() -> None:
    """An odd cycle feeding a chain of 20,000 arguments: 20,001 SCCs, all undecided."""
    n = 20_000
    names = ["c0", "c1", "c2", *(f"t{i}" for i in range(n))]
    src = [0, 1, 2, 2, *range(3, n + 2)]
    dst = [1, 2, 0, 3, *range(4, n + 3)]
    af = ArgumentationFramework.from_indices(names, src, dst)
    assert list(dung.extensions(af, "PR")) == [frozenset()]
    assert dung.count_extensions(af, "CO") == 1


@pytest.mark.parametrize("code", ["PR", "SST", "STG"])
@given(af=st.one_of(frameworks(), layered_frameworks()))
def test_maximality_checks_match_the_oracle(code: str, af: ArgumentationFramework) -> None:
    """``is_extension`` for the hard semantics, on every complete (conflict-free) set."""
    oracle = Oracle(af)
    expected = oracle.extensions(code)
    base = oracle.extensions("CF" if code == "STG" else "CO")
    for candidate in base:
        assert dung.is_extension(af, candidate, code) == (candidate in expected)


def test_checking_one_of_exponentially_many_preferred_extensions_is_fast() -> None:
    k = 2_000
    af = _linked_two_cycles(k)
    every_x = {f"x{i}" for i in range(k)}
    assert dung.is_extension(af, every_x, "PR")
    assert dung.is_extension(af, every_x, "SST")
    assert not dung.is_extension(af, set(), "PR")  # complete (grounded), not maximal
    assert not dung.is_extension(af, every_x - {f"x{k - 1}"}, "PR")


def test_one_extension_goes_scc_by_scc_only_when_no_scc_dominates() -> None:
    """A chain of small cycles is built SCC by SCC; a big cycle with small ones beside it
    (the 10^5-argument grid's shape: one SCC of nearly all its arguments) is solved
    whole, where an instance per SCC only adds work. Both give preferred extensions."""
    chain = ArgumentationFramework.from_attacks(
        [(f"c{i}", f"d{i}") for i in range(6)]
        + [(f"d{i}", f"c{i}") for i in range(6)]
        + [(f"d{i}", f"c{i + 1}") for i in range(5)]
    )
    big = [(f"b{i}", f"b{(i + 1) % 30}") for i in range(30)] + [("b0", "b15"), ("b15", "b0")]
    small = [(f"s{i}", f"t{i}") for i in range(4)] + [(f"t{i}", f"s{i}") for i in range(4)]
    dominated = ArgumentationFramework.from_attacks(
        big + small + [(f"t{i}", f"b{i}") for i in range(4)]
    )
    for af, expected in ((chain, True), (dominated, False)):
        (component,) = _engine.components(af, reduced=True)
        assert component.scc_plan().cycles >= _engine._GREEDY_MIN_CYCLES
        assert component._greedy_pays() is expected
        some = dung.some_extension(af, "PR")
        assert some is not None
        assert dung.is_extension(af, some, "PR")
        if len(af) <= 14:  # within the oracle's reach
            assert some in Oracle(af).extensions("PR")

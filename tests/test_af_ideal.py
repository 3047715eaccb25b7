"""The ideal extension layer by layer of the SCCs (argmap.semantics._ideal).

Checked against the brute-force oracle on whole small frameworks (without the grounded
reduction or the component split, so that the layered loop sees every kind of
argument), and on larger ones, where the oracle cannot go, against Dunne's
characterisation computed from every argument's credulous acceptance.
"""

from __future__ import annotations

from af_oracle import Oracle
from af_strategies import frameworks, layered_frameworks
from hypothesis import given
from hypothesis import strategies as st

from argmap.semantics import _engine, _graph
from argmap.semantics._ideal import SPAN, ideal_extension, layers
from argmap.semantics._scc import SccPlan
from argmap.semantics.framework import ArgumentationFramework


def _ideal(
    af: ArgumentationFramework, stats: dict[str, int] | None = None, *, span: int = SPAN
) -> frozenset[str]:
    """The layered computation on the whole framework, as names."""
    attackers, targets = af.attackers, af.targets
    pieces = SccPlan(attackers, targets).pieces
    found = ideal_extension(attackers, targets, pieces, stats=stats, span=span)
    return frozenset(af.arguments[i] for i in found)


def _by_credulous_acceptance(af: ArgumentationFramework) -> frozenset[str]:
    """Dunne's characterisation, from every argument's credulous preferred acceptance:
    the greatest admissible set of accepted arguments no accepted argument attacks."""
    accepted, _ = _engine.acceptance(af, "PR")
    attackers, targets = af.attackers, af.targets
    unattacked = [
        x for x in range(len(af)) if accepted[x] and not any(accepted[y] for y in attackers[x])
    ]
    found = _graph.largest_admissible_subset(unattacked, attackers, targets)
    return frozenset(af.arguments[i] for i in found)


@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=10)))
def test_the_layered_ideal_matches_the_oracle(af: ArgumentationFramework) -> None:
    (expected,) = Oracle(af).extensions("ID")
    assert _ideal(af) == expected


@st.composite
def _chains(draw: st.DrawFn) -> ArgumentationFramework:
    """Larger frameworks of many SCCs: layered blocks (odd and even cycles with chords,
    self-attackers), several chains side by side, plus a few random attacks."""
    parts = [draw(layered_frameworks(max_args=12)) for _ in range(draw(st.integers(1, 4)))]
    names: list[str] = []
    attacks: set[tuple[str, str]] = set()
    for k, part in enumerate(parts):
        names += [f"{k}-{a}" for a in part.arguments]
        attacks.update((f"{k}-{x}", f"{k}-{y}") for x, y in part.attacks)
    pairs = [(x, y) for x in names for y in names]
    attacks.update(draw(st.lists(st.sampled_from(pairs), max_size=4)))
    return ArgumentationFramework(names, sorted(attacks))


@given(af=_chains(), span=st.integers(0, 12))
def test_the_layered_ideal_matches_dunnes_characterisation(
    af: ArgumentationFramework, span: int
) -> None:
    """With windows of a few arguments, every way a question is settled is taken: a
    set inside the window, none even with the boundary free, or the whole prefix."""
    expected = _by_credulous_acceptance(af)
    assert _ideal(af) == expected
    assert _ideal(af, span=span) == expected


@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=10)))
def test_narrow_windows_match_the_oracle(af: ArgumentationFramework) -> None:
    (expected,) = Oracle(af).extensions("ID")
    assert _ideal(af, span=0) == expected


def test_a_defence_from_beyond_the_window_is_found() -> None:
    # a <-> b, then c <-> d with b -> c. d is a candidate (no attacker upstream); its
    # attacker c is accepted ({a, c}), but only with a, two layers back. With a window
    # holding only the latest layer the set inside it does not exist, the free boundary allows one,
    # and the whole prefix decides: c is accepted, so d is not ideal.
    af = ArgumentationFramework.from_attacks(
        [("a", "b"), ("b", "a"), ("c", "d"), ("d", "c"), ("b", "c")]
    )
    stats: dict[str, int] = {}
    assert _ideal(af, stats, span=0) == frozenset() == Oracle(af).extensions("ID").pop()
    assert stats["fallbacks"] == 1


@given(af=_chains())
def test_the_engine_agrees_on_large_components(af: ArgumentationFramework) -> None:
    """Through the engine (grounded part, components; the layered loop above ten
    arguments), and again once every argument's acceptance is known."""
    expected = _by_credulous_acceptance(af)
    fresh = ArgumentationFramework(af.arguments, af.attacks)
    assert frozenset(fresh.arguments[i] for i in _engine.single(fresh, "ID")) == expected
    _engine.acceptance(af, "PR")
    assert frozenset(af.arguments[i] for i in _engine.single(af, "ID")) == expected


@given(af=st.one_of(frameworks(max_args=10), _chains()))
def test_no_scc_of_a_layer_attacks_another_of_it(af: ArgumentationFramework) -> None:
    attackers, targets = af.attackers, af.targets
    pieces = SccPlan(attackers, targets).pieces
    scc_of = {x: i for i, piece in enumerate(pieces) for x in piece}
    depth_of = {x: d for d, layer in enumerate(layers(attackers, pieces)) for x in layer}
    assert sorted(depth_of) == list(range(len(af)))
    for y, attacking in enumerate(attackers):
        for x in attacking:
            if scc_of[x] == scc_of[y]:
                assert depth_of[x] == depth_of[y]
            else:
                assert depth_of[x] < depth_of[y]


def test_the_ideal_extension_can_exceed_the_grounded_one() -> None:
    # a <-> b, both attack c, c <-> d: the preferred extensions {a, d} and {b, d} share
    # d, which defends itself against c. Grounded is empty; ideal is {d}.
    af = ArgumentationFramework.from_attacks(
        [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "c")]
    )
    assert _ideal(af) == {"d"}
    assert _engine.single(af, "GR") == []


def test_a_self_attacker_leaves_its_rival_ideal() -> None:
    # a <-> b with b attacking itself: the only preferred extension is {a}.
    af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "b")])
    assert _ideal(af) == {"a"}


def test_ideal_membership_upstream_decides_downstream() -> None:
    # Layer 0: the pair above, ideal {d}; d attacks e, e attacks f, and f attacks g of
    # an odd 3-cycle g -> h -> i -> g. With d ideal, e is out and f in; f attacks g, so
    # h is defended by f against g, and i is out. Ideal: {d, f, h}.
    af = ArgumentationFramework.from_attacks(
        [
            *[("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "c")],
            *[("d", "e"), ("e", "f"), ("f", "g"), ("g", "h"), ("h", "i"), ("i", "g")],
        ]
    )
    (expected,) = Oracle(af).extensions("ID")
    assert expected == {"d", "f", "h"}
    assert _ideal(af) == expected


def test_a_long_tail_of_single_arguments_needs_no_sat_call() -> None:
    # An odd cycle (no non-empty admissible set) feeding a chain of 2,000 arguments:
    # one call refutes the cycle's attackers; no argument of the chain is ever a
    # candidate (each has an attacker the empty ideal part does not attack).
    chain = [("x", "y"), ("y", "z"), ("z", "x"), ("z", "c0")]
    chain += [(f"c{i}", f"c{i + 1}") for i in range(2000)]
    af = ArgumentationFramework.from_attacks(chain)
    stats: dict[str, int] = {}
    assert _ideal(af, stats) == frozenset()
    assert stats["calls"] == 1


def test_a_chain_of_odd_cycles_through_the_engine() -> None:
    # Cycles of three, each attacking the next: nothing is accepted; one component of
    # many SCCs, so the engine takes the layered way.
    attacks = []
    for k in range(40):
        a, b, c = f"a{k}", f"b{k}", f"c{k}"
        attacks += [(a, b), (b, c), (c, a)]
        if k:
            attacks.append((f"a{k - 1}", a))
    af = ArgumentationFramework.from_attacks(attacks)
    assert _engine.single(af, "ID") == []

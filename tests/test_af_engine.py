"""The engine's reusable reasoning: batch acceptance, repeated queries on one framework,
and the certificates each query returns, checked against the brute-force oracle."""

from __future__ import annotations

import pytest
from af_oracle import Oracle
from af_strategies import frameworks, layered_frameworks
from hypothesis import given
from hypothesis import strategies as st

from argmap.semantics import _engine
from argmap.semantics._sat import ComponentSolver
from argmap.semantics.framework import ArgumentationFramework

CODES = ["CO", "PR", "ST", "SST", "STG", "ID", "EG", "GR", "ADM", "CF"]


def _names(af: ArgumentationFramework, members: list[int] | None) -> frozenset[str] | None:
    return None if members is None else frozenset(af.arguments[i] for i in members)


@pytest.mark.parametrize("code", CODES)
@given(af=st.one_of(frameworks(max_args=8), layered_frameworks(max_args=9)))
def test_batch_acceptance_matches_the_oracle(code: str, af: ArgumentationFramework) -> None:
    expected = Oracle(af).extensions(code)
    credulous, skeptical = _engine.acceptance(af, code)
    for i, name in enumerate(af.arguments):
        assert credulous[i] == any(name in e for e in expected), name
        assert skeptical[i] == all(name in e for e in expected), name


@pytest.mark.parametrize("code", CODES)
@given(af=st.one_of(frameworks(max_args=8), layered_frameworks(max_args=9)))
def test_every_certificate_is_an_extension_with_the_right_member(
    code: str, af: ArgumentationFramework
) -> None:
    expected = Oracle(af).extensions(code)
    for i, name in enumerate(af.arguments):
        found = _names(af, _engine.witness(af, i, code))
        assert (found is not None) == any(name in e for e in expected)
        assert found is None or (found in expected and name in found)
        against = _names(af, _engine.counterexample(af, i, code))
        assert (against is not None) == (not all(name in e for e in expected))
        assert against is None or (against in expected and name not in against)


def test_repeated_queries_reuse_one_solver_per_encoding() -> None:
    # Linked 2-cycles: one weak component, every argument undecided by grounded.
    attacks = []
    for i in range(30):
        x, y, z = f"x{i}", f"y{i}", f"z{i}"
        attacks += [(x, y), (y, x), (x, z), (y, z)]
        if i:
            attacks.append((f"z{i - 1}", x))
    af = ArgumentationFramework.from_attacks(attacks)
    (component,) = _engine.components(af, reduced=True)
    for i in range(len(af)):
        _engine.witness(af, i, "PR")
        _engine.counterexample(af, i, "PR")
        _engine.counterexample(af, i, "SST")
    # One admissible, one complete and one stable solver (semi-stable defers to stable
    # here), however many questions were asked; a solver per question would make 270.
    assert sorted(component._solvers) == [("adm", False), ("co", False), ("st", False)]


def test_complete_closure_is_the_least_complete_superset() -> None:
    # a <-> b, b -> c, c -> d: {a} defends c? No: c's attacker b is attacked by a, so yes.
    af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c"), ("c", "d")])
    (component,) = _engine.components(af, reduced=True)
    local = {af.arguments[g]: i for i, g in enumerate(component.nodes)}
    closed = component.complete_closure([local["a"]])
    assert {af.arguments[component.nodes[i]] for i in closed} == {"a", "c"}


@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=9)))
def test_list_and_array_frameworks_agree(af: ArgumentationFramework) -> None:
    """Frameworks from Python data keep lists and run the plain-Python paths; those from
    arrays (the readers on large files) run numpy's. Both give the same answers."""
    import numpy as np

    src = [i for i, _ in af.attack_indices]
    dst = [j for _, j in af.attack_indices]
    listed = ArgumentationFramework.numbered(len(af), src, dst)
    arrayed = ArgumentationFramework.numbered(
        len(af), np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)
    )
    assert not listed.uses_arrays
    assert arrayed.uses_arrays
    assert listed.attackers == arrayed.attackers
    assert listed.targets == arrayed.targets
    assert _engine.grounded(listed) == _engine.grounded(arrayed)
    for reduced in (True, False):
        ours = _engine.components(listed, reduced=reduced)
        theirs = _engine.components(arrayed, reduced=reduced)
        assert [(c.nodes, c.attackers) for c in ours] == [(c.nodes, c.attackers) for c in theirs]
    for code in ("PR", "ST", "STG"):
        assert list(_engine.extensions(listed, code)) == list(_engine.extensions(arrayed, code))
    members = _engine.single(listed, "GR")
    assert _engine.labels_of(listed, members) == _engine.labels_of(arrayed, members)


@pytest.mark.parametrize("budget", [1, 10**6])
@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=9)))
def test_preferred_search_after_a_stable_one_matches_the_oracle(
    budget: int, af: ArgumentationFramework
) -> None:
    """With a budget of one conflict the stable search rarely finishes and the growth
    decides; with a large one it always does: either way the answer is preferred."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_engine, "_STABLE_FIRST_CONFLICTS", budget)
        patch.setattr(_engine, "_GREEDY_MIN_CYCLES", 10**9)
        found = _names(af, _engine.first(af, "PR"))
    assert found in Oracle(af).extensions("PR")


def _dense(n: int, seed: int, degree: float) -> ArgumentationFramework:
    import random

    rng = random.Random(seed)
    attacks = {(a, b) for a in range(n) for b in range(n) if rng.random() < degree / n}
    return ArgumentationFramework.numbered(
        n, [a for a, _ in sorted(attacks)], [b for _, b in sorted(attacks)]
    )


def test_the_stable_search_ends_every_way_with_a_preferred_extension() -> None:
    """Dense random frameworks, with a small budget for the stable search: it finds a
    stable extension on some (returned), proves there is none on others, and runs out
    of budget on the rest (the growth decides); the answer passes the independent
    maximality check every time."""
    from argmap.semantics import dung

    outcomes = set()
    for seed in range(12):
        af = _dense(40, seed, 4.0)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_engine, "_STABLE_FIRST_CONFLICTS", 3)
            members = _engine.first(af, "PR")
        assert members is not None
        assert dung.is_extension(af, {af.arguments[i] for i in members}, "PR")
        for c in _engine.components(af, reduced=True):
            outcomes.add(c.memo["stable"] is not None if "stable" in c.memo else "undecided")
    assert outcomes == {True, False, "undecided"}


def _first_model(af: ArgumentationFramework, base: str) -> list[int] | None:
    """The first model of a maximal-first solver on the whole framework, not grown."""
    with ComponentSolver(af.attackers, base, maximal_first=True) as solver:  # type: ignore[arg-type]
        return solver.members()


@pytest.mark.parametrize("base", ["adm", "co"])
@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=9)))
def test_a_maximal_first_solver_finds_a_preferred_extension_first(
    base: str, af: ArgumentationFramework
) -> None:
    """With every decision true, the first admissible (complete) model is already
    subset-maximal: a preferred extension, without a single growth step."""
    assert _names(af, _first_model(af, base)) in Oracle(af).extensions("PR")


def test_a_maximal_first_solver_is_maximal_on_frameworks_too_large_for_the_oracle() -> None:
    """Dense random frameworks of 60 arguments, where the first model takes conflicts to
    find: it passes the independent maximality check, which the first model of a plain
    solver fails on some of them (so the check can tell)."""
    from argmap.semantics import dung

    plain_maximal = []
    for seed in range(12):
        af = _dense(60, seed, 4.0)
        members = _first_model(af, "co")
        assert members is not None
        assert dung.is_extension(af, {af.arguments[i] for i in members}, "PR")
        with ComponentSolver(af.attackers, "co") as plain:
            found = plain.members()
        assert found is not None
        plain_maximal.append(dung.is_extension(af, {af.arguments[i] for i in found}, "PR"))
    assert not all(plain_maximal)


@pytest.mark.parametrize("group", [1, 2, 3])
@pytest.mark.parametrize("code", ["SST", "STG"])
@given(af=st.one_of(frameworks(max_args=9), layered_frameworks(max_args=9)))
def test_range_lifting_in_small_groups_matches_the_oracle(
    group: int, code: str, af: ArgumentationFramework
) -> None:
    """Ranges lifted a few arguments at a time (the frameworks here are smaller than
    the default group, which would make one group per SCC): every extension returned,
    every acceptance answer, and the listed extensions agree with the oracle."""
    from argmap.semantics import _sat

    expected = Oracle(af).extensions(code)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_sat, "LIFT_GROUP", group)
        patch.setattr(_engine, "_GREEDY_MIN_CYCLES", 1)
        assert _names(af, _engine.first(af, code)) in expected
        credulous, skeptical = _engine.acceptance(af, code)
        listed = {_names(af, e) for e in _engine.extensions(af, code)}
    assert listed == set(expected)
    for i, name in enumerate(af.arguments):
        assert credulous[i] == any(name in e for e in expected), name
        assert skeptical[i] == all(name in e for e in expected), name


@pytest.mark.parametrize("told_about_stable", [False, True])
@pytest.mark.parametrize("free_lift_in_groups", [False, True])
@pytest.mark.parametrize("code", ["SST", "STG"])
@given(af=st.one_of(frameworks(max_args=8), layered_frameworks(max_args=9)))
def test_range_maximal_where_matches_the_oracle(
    told_about_stable: bool, free_lift_in_groups: bool, code: str, af: ArgumentationFramework
) -> None:
    """The loop over ranges asked directly, stable extensions or not (the engine skips
    it when there is one): for every argument, an extension holding it and one
    lacking it, each found exactly when the oracle has one; the free round of a
    skeptical question lifting by assumptions or in groups of two; the solver told
    whether a stable extension exists (a range missing one argument is then maximal
    without a call) or not."""
    from argmap.semantics import _sat

    oracle = Oracle(af)
    expected = oracle.extensions(code)
    whole = _engine.Component(list(range(len(af))), af.attackers, af.targets)
    solver = whole.reasoner(code)
    solver.lift_follows_sccs = lambda: free_lift_in_groups
    if told_about_stable:
        solver.full_range_possible = bool(oracle.extensions("ST"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_sat, "LIFT_GROUP", 2)
        for i, name in enumerate(af.arguments):
            for clause, wanted in (([i + 1], True), ([-(i + 1)], False)):
                found = _names(af, solver.range_maximal_where(clause))
                has = [e for e in expected if (name in e) == wanted]
                assert (found is not None) == bool(has), (name, wanted)
                assert found is None or found in has


@pytest.mark.parametrize("lift", ["_lift_by_assumptions", "maximise_range"])
def test_a_range_missing_one_argument_needs_no_call_without_a_stable_extension(
    lift: str,
) -> None:
    """a -> b -> c -> a has no stable extension, and {a} has range {a, b}: told so, a
    lift stops there without asking the solver; not told, it spends one call to learn
    it. Both end at the same range."""
    af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    a = af.arguments.index("a")
    ended = {}
    for told in (False, True):
        with ComponentSolver(af.attackers, "cf", ranges=True) as solver:
            solver.full_range_possible = not told
            start = solver.solve([a + 1])
            assert start is not None
            assert len(start[1]) == 2
            before = solver.calls
            best = getattr(solver, lift)(start)
            ended[told] = (sorted(best[1]), solver.calls - before)
    assert ended[True][0] == ended[False][0] == sorted(start[1])
    assert ended[False][1] >= 1
    assert ended[True][1] == 0


def test_the_engine_tells_its_range_solvers_when_there_is_no_stable_extension() -> None:
    """Only after the stable search has failed (a solver made before it is told
    then), and never when it succeeded."""
    odd = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    even = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    for af, stable in ((odd, False), (even, True)):
        whole = _engine.Component(list(range(len(af))), af.attackers, af.targets)
        assert whole.has_stable() is stable
        assert whole.reasoner("STG").full_range_possible is stable
        with whole.solver("SST") as enumerating:
            assert enumerating.full_range_possible is stable
    untold = _engine.Component(list(range(len(odd))), odd.attackers, odd.targets)
    early = untold.reasoner("STG")
    assert early.full_range_possible
    assert untold.has_stable() is False
    assert early.full_range_possible is False  # told once the search has failed


def test_range_maximal_where_leaves_a_condition_whose_best_range_is_not_maximal() -> None:
    """a attacks b: the sets holding b have range {b} at best, below {a, b}; the loop
    must go past the conditioned lift and refuse."""
    af = ArgumentationFramework.from_attacks([("a", "b")])
    whole = _engine.Component(list(range(len(af))), af.attackers, af.targets)
    b = af.arguments.index("b")
    assert whole.reasoner("STG").range_maximal_where([b + 1]) is None
    a = af.arguments.index("a")
    assert whole.reasoner("STG").range_maximal_where([a + 1]) == [a]

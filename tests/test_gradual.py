"""Gradual semantics: hand-checked values, laws (range, monotonicity, pass = fixpoint), bad input."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import EvaluationError, InvalidValueError
from argmap.semantics.gradual import GRADUAL_SEMANTICS, BipolarGraph, gradual_strengths

scores = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@st.composite
def graphs(draw: st.DrawFn, *, acyclic: bool) -> BipolarGraph:
    n = draw(st.integers(min_value=1, max_value=7))
    nodes = [f"n{i}" for i in range(n)]
    base = {node: draw(scores) for node in nodes}
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b and (not acyclic or a < b)]
    if not acyclic:
        pairs += [(a, a) for a in range(n)]
    attacks = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10)) if pairs else []
    free = [p for p in pairs if p not in attacks]
    supports = draw(st.lists(st.sampled_from(free), unique=True, max_size=10)) if free else []
    requires: dict[str, list[str]] = {}
    if acyclic:
        for b in range(1, n):
            needed = draw(st.lists(st.integers(0, b - 1), unique=True, max_size=2))
            if needed:
                requires[nodes[b]] = [nodes[a] for a in needed]
    return BipolarGraph(
        base,
        attacks=[(nodes[a], nodes[b]) for a, b in attacks],
        supports=[(nodes[a], nodes[b]) for a, b in supports],
        requires=requires,
    )


semantics_names = st.sampled_from(GRADUAL_SEMANTICS)


# --- hand-checked values ---------------------------------------------------------------------


def _two_attackers() -> BipolarGraph:
    return BipolarGraph(
        {"a": 0.5, "b": 0.4, "c": 0.5}, attacks=[("b", "a"), ("c", "a")], supports=[]
    )


@pytest.mark.parametrize(
    ("semantics", "expected"),
    [
        # aggregated attack 1 - 0.6*0.5 = 0.7; 0.5 - 0.5*0.7
        ("df-quad", 0.15),
        # E = -0.9; h(0.9) = 0.81/1.81
        ("quadratic-energy", 0.5 - 0.5 * (0.81 / 1.81)),
        # leaves keep their base score; 1 - 0.75 / (1 + 0.5 e^-0.9)
        ("euler", 1 - 0.75 / (1 + 0.5 * math.exp(-0.9))),
        ("h-categoriser", 0.5 / 1.9),
    ],
)
def test_hand_checked_attack_values(semantics: str, expected: float) -> None:
    result = gradual_strengths(_two_attackers(), semantics)
    assert result["a"] == pytest.approx(expected, abs=1e-12)
    assert result["b"] == pytest.approx(0.4)
    assert (result.method, result.converged, result.iterations) == ("topological", True, 1)


def test_df_quad_support_exceeding_attack_moves_towards_one() -> None:
    g = BipolarGraph({"a": 0.4, "s": 0.8, "t": 0.5}, attacks=[("t", "a")], supports=[("s", "a")])
    assert gradual_strengths(g, "df-quad")["a"] == pytest.approx(0.4 + 0.6 * 0.3)


def test_weakest_link_caps_an_argument_by_its_premises() -> None:
    g = BipolarGraph(
        {"p1": 0.9, "p2": 0.3, "arg": 0.8, "c": 0.0},
        supports=[("arg", "c")],
        requires={"arg": ["p1", "p2"]},
    )
    result = gradual_strengths(g, "df-quad")
    assert result["arg"] == pytest.approx(0.8 * 0.3)
    assert result["c"] == pytest.approx(0.24)


def test_cycle_iterates_and_reports_convergence() -> None:
    g = BipolarGraph({"a": 1.0, "b": 1.0}, attacks=[("a", "b"), ("b", "a")])
    result = gradual_strengths(g, "h-categoriser")
    assert result.method == "iteration"
    assert result.converged
    assert result.delta <= 1e-9
    assert result["a"] == pytest.approx((math.sqrt(5) - 1) / 2)
    assert result.iterations > 1


def test_non_convergence_is_reported_not_hidden() -> None:
    # DF-QuAD on a mutual attack of two unit-base nodes oscillates between 0 and 1.
    g = BipolarGraph({"a": 1.0, "b": 1.0}, attacks=[("a", "b"), ("b", "a")])
    result = gradual_strengths(g, "df-quad", max_iterations=50)
    assert not result.converged
    assert result.iterations == 50
    assert result.delta == pytest.approx(1.0)
    damped = gradual_strengths(g, "df-quad", step=0.5, max_iterations=10_000)
    assert damped.converged
    assert damped["a"] == pytest.approx(damped["b"])


def test_h_categoriser_notes_ignored_supports() -> None:
    g = BipolarGraph({"a": 0.5, "s": 1.0}, supports=[("s", "a")])
    result = gradual_strengths(g, "h-categoriser")
    assert result["a"] == 0.5
    assert "ignores supports" in result.notes[0]
    assert gradual_strengths(g, "df-quad").notes == ()


# --- laws ------------------------------------------------------------------------------------


@given(graphs(acyclic=False), semantics_names)
def test_strengths_always_in_unit_interval(graph: BipolarGraph, semantics: str) -> None:
    result = gradual_strengths(graph, semantics, max_iterations=200)
    assert list(result.values) == list(graph.nodes)
    assert all(0.0 <= v <= 1.0 for v in result.values.values())
    assert result.converged == (result.delta <= 1e-9)


@given(graphs(acyclic=True), semantics_names)
def test_single_pass_equals_fixpoint_of_iteration(graph: BipolarGraph, semantics: str) -> None:
    single = gradual_strengths(graph, semantics)
    iterated = gradual_strengths(graph, semantics, method="iteration")
    assert single.method == "topological"
    assert iterated.converged
    for node in graph.nodes:
        assert iterated[node] == pytest.approx(single[node], abs=1e-8)


def _with(graph: BipolarGraph, relation: str, source: str, score: float | None) -> BipolarGraph:
    base = dict(graph.base)
    if score is not None:
        base[source] = score
    target = graph.nodes[-1]
    attacks, supports = list(graph.attacks), list(graph.supports)
    (attacks if relation == "attack" else supports).append((source, target))
    return BipolarGraph(base, attacks=attacks, supports=supports, requires=dict(graph.requires))


@given(graphs(acyclic=True), semantics_names, scores)
def test_new_attacker_never_raises_new_supporter_never_lowers(
    graph: BipolarGraph, semantics: str, score: float
) -> None:
    target = graph.nodes[-1]  # last node: a new edge into it keeps the graph acyclic
    before = gradual_strengths(graph, semantics)[target]
    attacked = gradual_strengths(_with(graph, "attack", "new", score), semantics)[target]
    supported = gradual_strengths(_with(graph, "support", "new", score), semantics)[target]
    assert attacked <= before + 1e-12
    assert supported >= before - 1e-12


@given(graphs(acyclic=True), semantics_names, st.data())
def test_new_edge_from_existing_node_respects_direction(
    graph: BipolarGraph, semantics: str, data: st.DataObject
) -> None:
    target = graph.nodes[-1]
    sources = [n for n in graph.nodes[:-1] if (n, target) not in graph.attacks + graph.supports]
    if not sources:
        return
    source = data.draw(st.sampled_from(sources))
    before = gradual_strengths(graph, semantics)[target]
    assert gradual_strengths(_with(graph, "attack", source, None), semantics)[target] <= (
        before + 1e-12
    )
    assert gradual_strengths(_with(graph, "support", source, None), semantics)[target] >= (
        before - 1e-12
    )


@given(graphs(acyclic=True), semantics_names, st.data())
def test_raising_a_base_score_never_lowers_that_node(
    graph: BipolarGraph, semantics: str, data: st.DataObject
) -> None:
    node = data.draw(st.sampled_from(graph.nodes))
    higher = data.draw(st.floats(min_value=graph.base[node], max_value=1.0))
    before = gradual_strengths(graph, semantics)[node]
    base = {**graph.base, node: higher}
    raised = BipolarGraph(
        base, attacks=graph.attacks, supports=graph.supports, requires=dict(graph.requires)
    )
    assert gradual_strengths(raised, semantics)[node] >= before - 1e-12


@given(graphs(acyclic=False), semantics_names)
def test_deterministic(graph: BipolarGraph, semantics: str) -> None:
    assert gradual_strengths(graph, semantics, max_iterations=100) == gradual_strengths(
        graph, semantics, max_iterations=100
    )


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"base": {"a": 1.5}}, "1.5"),
        ({"base": {"a": float("nan")}}, "nan"),
        ({"base": {"a": True}}, "True"),
        ({"base": ["a"]}, r"\['a'\]"),
        ({"base": {"a": 0.5}, "attacks": [("a", "z")]}, "'z'"),
        ({"base": {"a": 0.5, "b": 0.5}, "attacks": [("a", "b"), ("a", "b")]}, "twice"),
        ({"base": {"a": 0.5}, "supports": ["ab"]}, "'ab'"),
        ({"base": {"a": 0.5}, "requires": {"a": ["a"]}}, "requires itself"),
        ({"base": {"a": 0.5}, "requires": {"a": ["q"]}}, "'q'"),
    ],
)
def test_bad_graphs_are_rejected(kwargs: dict[str, object], match: str) -> None:
    base = kwargs.pop("base")
    with pytest.raises(InvalidValueError, match=match):
        BipolarGraph(base, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"semantics": "fuzzy"}, "'fuzzy'"),
        ({"method": "guess"}, "'guess'"),
        ({"tolerance": 0}, "tolerance"),
        ({"max_iterations": 0}, "max_iterations"),
        ({"step": 1.5}, "1.5"),
    ],
)
def test_bad_options_are_rejected(kwargs: dict[str, object], match: str) -> None:
    g = BipolarGraph({"a": 0.5})
    with pytest.raises(EvaluationError, match=match):
        gradual_strengths(g, **kwargs)  # type: ignore[arg-type]


def test_topological_method_refuses_a_cycle() -> None:
    g = BipolarGraph({"a": 0.5}, attacks=[("a", "a")])
    with pytest.raises(EvaluationError, match="cycle"):
        gradual_strengths(g, "euler", method="topological")
    with pytest.raises(EvaluationError, match="'zz'"):
        gradual_strengths(g, "euler")["zz"]


def _full_passes(graph: BipolarGraph, semantics: str, step: float, passes: int) -> dict[str, float]:
    """The plain discrete iteration, every node every pass (the definition)."""
    from argmap.semantics.gradual import _UPDATES

    update = _UPDATES[semantics]
    attackers = {n: [s for s, t in graph.attacks if t == n] for n in graph.nodes}
    supporters = {n: [s for s, t in graph.supports if t == n] for n in graph.nodes}
    current = dict(graph.base)
    for _ in range(passes):
        following = {}
        for n in graph.nodes:
            weight = graph.base[n]
            if graph.requires.get(n):
                weight *= min(current[p] for p in graph.requires[n])
            raw = update(
                weight,
                [current[a] for a in attackers[n]],
                [current[s] for s in supporters[n]],
            )
            target = min(1.0, max(0.0, raw))
            following[n] = current[n] + step * (target - current[n])
        current = following
    return current


@given(
    st.one_of(graphs(acyclic=False), graphs(acyclic=True)),
    semantics_names,
    st.sampled_from([1.0, 0.5]),
    st.integers(min_value=1, max_value=40),
)
def test_iteration_visits_only_what_moves_yet_gives_the_full_passes_numbers(
    graph: BipolarGraph, semantics: str, step: float, passes: int
) -> None:
    # The iteration skips nodes that cannot change; it must still give, to the last
    # bit, the iterate of plain full passes (here stopped by max_iterations).
    got = gradual_strengths(
        graph, semantics, method="iteration", step=step, max_iterations=passes, tolerance=1e-300
    )
    assert dict(got.values) == _full_passes(graph, semantics, step, got.iterations)

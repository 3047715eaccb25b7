"""The Carneades engine: proof standards, weighing, burden of proof, audiences, laws."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from argmap.errors import DuplicateKeyError, InvalidValueError, UnknownKeyError
from argmap.semantics.carneades import (
    ArgumentStatus,
    Audience,
    Basis,
    BeyondReasonableDoubt,
    CarneadesArgument,
    CarneadesGraph,
    ClearAndConvincing,
    Constant,
    Convergent,
    Cumulative,
    DialecticalValidity,
    Factorized,
    Issue,
    Linked,
    Premise,
    PremiseKind,
    Preponderance,
    ProofStandard,
    Scintilla,
    Statement,
    evaluate_carneades,
    standard_from_name,
)
from argmap.semantics.status import Status

unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def statements(*ids: str) -> list[Statement]:
    return [Statement(i) for i in ids]


# --- proof standards --------------------------------------------------------------------


@given(pro=unit, con=unit, alpha=unit, beta=unit, gamma=unit)
def test_standards_form_a_hierarchy(
    pro: float, con: float, alpha: float, beta: float, gamma: float
) -> None:
    # BRD => CCE => PE => SE, and DV => PE, for the same thresholds.
    brd = BeyondReasonableDoubt(alpha=alpha, beta=beta, gamma=gamma).is_met(pro, con)
    cce = ClearAndConvincing(alpha=alpha, beta=beta).is_met(pro, con)
    pe = Preponderance().is_met(pro, con)
    se = Scintilla().is_met(pro, con)
    dv = DialecticalValidity().is_met(pro, con)
    assert not brd or cce
    assert not cce or pe
    assert not pe or se
    assert not dv or pe


@given(pro=unit, more=unit, con=unit)
def test_standards_are_monotone_in_the_case_for(pro: float, more: float, con: float) -> None:
    stronger = max(pro, more)
    for standard in (
        Scintilla(),
        Preponderance(),
        ClearAndConvincing(),
        BeyondReasonableDoubt(),
        DialecticalValidity(),
    ):
        assert not standard.is_met(pro, con) or standard.is_met(stronger, con)


@pytest.mark.parametrize(
    ("standard", "pro", "con", "met"),
    [
        (Scintilla(), 0.01, 1.0, True),
        (Scintilla(), 0.0, 0.0, False),
        (Preponderance(), 0.51, 0.5, True),
        (Preponderance(), 0.5, 0.5, False),
        (ClearAndConvincing(), 0.81, 0.5, True),  # 0.81 > 0.5 and margin 0.31 > 0.3
        (ClearAndConvincing(), 0.79, 0.5, False),  # margin 0.29
        (ClearAndConvincing(), 0.45, 0.0, False),  # below alpha 0.5
        (ClearAndConvincing.carneades4(), 0.6, 0.05, True),  # margin 0.55 > 0.5
        (ClearAndConvincing.carneades4(), 0.6, 0.15, False),
        (BeyondReasonableDoubt(), 0.9, 0.19, True),
        (BeyondReasonableDoubt(), 0.9, 0.21, False),  # doubt not below gamma 0.2
        (BeyondReasonableDoubt.carneades4(), 0.9, 0.29, True),
        (BeyondReasonableDoubt.carneades4(), 0.9, 0.31, False),
        (DialecticalValidity(), 0.1, 0.0, True),
        (DialecticalValidity(), 1.0, 0.01, False),
    ],
)
def test_standard_definitions(standard: object, pro: float, con: float, met: bool) -> None:
    assert standard.is_met(pro, con) is met  # type: ignore[attr-defined]


def test_standard_defaults_are_carneades_thresholds() -> None:
    assert ClearAndConvincing() == ClearAndConvincing(alpha=0.5, beta=0.3)
    assert BeyondReasonableDoubt() == BeyondReasonableDoubt(alpha=0.5, beta=0.3, gamma=0.2)
    assert standard_from_name("CCE", carneades4=True) == ClearAndConvincing(alpha=0.0, beta=0.5)
    assert str(standard_from_name("dv")) == "DV"


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "0.5", True])
def test_standard_thresholds_must_be_in_unit_interval(bad: object) -> None:
    with pytest.raises((InvalidValueError, ValueError)):
        ClearAndConvincing(alpha=bad)  # type: ignore[arg-type]


def test_unknown_standard_name() -> None:
    with pytest.raises(InvalidValueError, match="'XX'"):
        standard_from_name("XX")


# --- weighing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weighing", "premises_in", "total", "issue", "weight"),
    [
        (Linked(), 0, 0, 0, 1.0),
        (Linked(), 1, 2, 2, 0.0),
        (Convergent(), 1, 3, 3, 1.0),
        (Convergent(), 0, 3, 3, 0.0),
        (Cumulative(), 1, 4, 4, 0.25),
        (Cumulative(), 0, 0, 0, 1.0),
        (Factorized(), 2, 2, 4, 0.5),
        (Factorized(), 1, 2, 4, 0.0),
        (Constant(0.3), 2, 2, 2, 0.3),
        (Constant(0.3), 1, 2, 2, 0.0),
    ],
)
def test_weighing_functions(
    weighing: object, premises_in: int, total: int, issue: int, weight: float
) -> None:
    assert weighing.weigh(premises_in, total, issue_premises=issue) == weight  # type: ignore[attr-defined]


def test_constant_weight_must_be_in_unit_interval() -> None:
    with pytest.raises(InvalidValueError, match=r"1\.2"):
        Constant(1.2)


# --- graph validation -------------------------------------------------------------------


def test_graph_rejects_unknown_and_duplicate_ids() -> None:
    with pytest.raises(UnknownKeyError, match=r"premise of argument 'a1'.*'q'"):
        CarneadesGraph(statements("p"), arguments=[CarneadesArgument("a1", "p", premises=["q"])])
    with pytest.raises(UnknownKeyError, match="exception of argument 'a1'"):
        CarneadesGraph(statements("p"), arguments=[CarneadesArgument("a1", "p", exceptions=["x"])])
    with pytest.raises(DuplicateKeyError, match="'p'"):
        CarneadesGraph(statements("p", "p"))
    with pytest.raises(DuplicateKeyError, match="two issues"):
        CarneadesGraph(statements("p", "q"), issues=[Issue("i1", ["p", "q"]), Issue("i2", ["p"])])
    with pytest.raises(InvalidValueError, match="at least one position"):
        Issue("i1", [])
    with pytest.raises(DuplicateKeyError, match="more than once"):
        CarneadesArgument("a1", "p", premises=["q", "q"])
    with pytest.raises(InvalidValueError, match="non-blank"):
        Statement(" p")


def test_graph_and_result_are_immutable() -> None:
    graph = CarneadesGraph(statements("p"))
    result = evaluate_carneades(graph)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        graph.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.labels["p"] = Status.IN  # type: ignore[index]


# --- evaluation -------------------------------------------------------------------------


def test_evaluate_rejects_wrong_types_and_unknown_audience_ids() -> None:
    graph = CarneadesGraph(statements("p"), arguments=[CarneadesArgument("a1", "p")])
    with pytest.raises(InvalidValueError, match="CarneadesGraph"):
        evaluate_carneades("graph")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="Audience"):
        evaluate_carneades(graph, audience={"x": 1})  # type: ignore[arg-type]
    with pytest.raises(UnknownKeyError, match="'zz'"):
        evaluate_carneades(graph, audience=Audience(challenged={"zz"}))
    with pytest.raises(UnknownKeyError, match="'a9'"):
        evaluate_carneades(graph, audience=Audience(weights={"a9": 0.5}))
    with pytest.raises(InvalidValueError, match="2"):
        Audience(weights={"a1": 2})


def test_challenging_an_assumption_shifts_the_burden_of_proof() -> None:
    graph = CarneadesGraph(
        statements("honest", "reliable", "vouched"),
        arguments=[
            CarneadesArgument("a1", "reliable", premises=["honest"]),
            CarneadesArgument("a2", "honest", premises=["vouched"]),
        ],
        assumptions=["honest"],
    )
    plain = evaluate_carneades(graph)
    assert plain.labels["reliable"] is Status.IN
    assert plain.reasons["honest"].basis is Basis.ASSUMED
    assert plain.reasons["honest"].burden == "opponent"

    doubting = evaluate_carneades(graph, audience=Audience(challenged={"honest"}))
    assert doubting.labels["honest"] is Status.OUT  # now it must be proved, and vouched is not
    assert doubting.labels["reliable"] is Status.OUT
    assert doubting.reasons["honest"].burden == "proponent"
    assert "challenged" in doubting.reasons["honest"].explain()

    convinced = evaluate_carneades(
        graph, audience=Audience(challenged={"honest"}, assumptions={"vouched"})
    )
    assert convinced.labels["honest"] is Status.IN  # proved by a2 from an accepted premise
    assert convinced.reasons["honest"].basis is Basis.SUPPORTED


def test_assumption_premises_hold_until_challenged() -> None:
    graph = CarneadesGraph(
        statements("c", "p", "sincere"),
        arguments=[
            CarneadesArgument(
                "a1", "c", premises=["p", Premise("sincere", kind=PremiseKind.ASSUMPTION)]
            )
        ],
        assumptions=["p"],
    )
    assert evaluate_carneades(graph).labels["c"] is Status.IN
    challenged = evaluate_carneades(graph, audience=Audience(challenged={"sincere"}))
    assert challenged.labels["c"] is Status.OUT
    assert challenged.arguments["a1"].premises_out == ("sincere",)


def test_audience_weights_change_the_winner() -> None:
    graph = CarneadesGraph(
        statements("x", "notX", "e"),
        issues=[Issue("i", ["x", "notX"])],
        arguments=[
            CarneadesArgument("a1", "x", premises=["e"], weighing=Constant(0.6)),
            CarneadesArgument("a2", "notX", premises=["e"], weighing=Constant(0.4)),
        ],
        assumptions=["e"],
    )
    assert evaluate_carneades(graph).labels["x"] is Status.IN
    sceptic = evaluate_carneades(graph, audience=Audience(weights={"a1": 0.2}))
    assert sceptic.labels["x"] is Status.OUT
    assert sceptic.labels["notX"] is Status.IN
    assert sceptic.arguments["a1"].weight == 0.2
    assert sceptic.arguments["a1"].weighing == "constant(0.2)"


def test_argument_outcomes_and_reasons() -> None:
    graph = CarneadesGraph(
        statements("flies", "bird", "penguin", "ill", "notApp"),
        arguments=[
            CarneadesArgument("a1", "flies", premises=["bird"], undercutter="notApp"),
            CarneadesArgument("a2", "notApp", premises=["ill"]),
            CarneadesArgument("a3", "flies", premises=["penguin"]),
        ],
        assumptions=["bird", "ill"],
    )
    result = evaluate_carneades(graph)
    assert result.arguments["a1"].status is ArgumentStatus.UNDERCUT
    assert result.arguments["a1"].blocked_by == ("notApp",)
    assert result.arguments["a3"].status is ArgumentStatus.INAPPLICABLE
    assert result.arguments["a2"].applicable
    reason = result.reasons["flies"]
    assert reason.basis is Basis.UNSUPPORTED
    assert reason.pro == ("a1", "a3")
    assert reason.applicable_pro == ()
    assert "'notApp'" in reason.explain()
    assert "'penguin'" in reason.explain()
    assert result.with_label(Status.IN) == ("bird", "ill", "notApp")


def test_issue_reason_names_standard_and_weights() -> None:
    graph = CarneadesGraph(
        statements("x", "notX", "e"),
        issues=[Issue("i", ["x", "notX"], standard=BeyondReasonableDoubt())],
        arguments=[
            CarneadesArgument("a1", "x", premises=["e"], weighing=Constant(0.9)),
            CarneadesArgument("a2", "notX", premises=["e"], weighing=Constant(0.3)),
        ],
        assumptions=["e"],
    )
    reason = evaluate_carneades(graph).reasons["x"]
    assert reason.label is Status.OUT
    assert reason.basis is Basis.STANDARD_NOT_MET
    assert (reason.best_pro, reason.best_con) == (0.9, 0.3)
    assert reason.standard == BeyondReasonableDoubt()
    text = reason.explain()
    for words in ("does not meet", "beyond reasonable doubt", "gamma = 0.2"):
        assert words in text


def test_undecided_reason_names_the_cycle() -> None:
    graph = CarneadesGraph(
        statements("p", "q"),
        arguments=[
            CarneadesArgument("a1", "p", premises=["q"]),
            CarneadesArgument("a2", "q", premises=["p"]),
        ],
    )
    reason = evaluate_carneades(graph).reasons["p"]
    assert reason.label is Status.UNDECIDED
    assert reason.waiting_on == ("q",)
    assert "'q'" in reason.explain()


def test_deep_chain_needs_no_recursion() -> None:
    n = 20_000
    ids = [f"s{i}" for i in range(n)]
    graph = CarneadesGraph(
        statements(*ids),
        arguments=[CarneadesArgument(f"a{i}", ids[i], premises=[ids[i + 1]]) for i in range(n - 1)],
        assumptions=[ids[-1]],
    )
    result = evaluate_carneades(graph)
    assert result.labels["s0"] is Status.IN
    assert set(result.labels.values()) == {Status.IN}


def test_to_dict_is_sorted_and_complete() -> None:
    graph = CarneadesGraph(
        statements("z", "a"),
        issues=[Issue("i", ["z", "a"])],
        arguments=[CarneadesArgument("r1", "z")],
    )
    payload = evaluate_carneades(graph).to_dict()
    assert list(payload["labels"]) == ["a", "z"]
    assert payload["labels"] == {"a": "out", "z": "in"}
    assert payload["issues"] == {"i": {"positions": ["z", "a"], "standard": "PE", "in": ["z"]}}
    assert payload["arguments"]["r1"]["status"] == "applicable"
    assert set(payload["explanations"]) == {"a", "z"}
    assert payload["reasons"]["a"]["basis"] == "standard-not-met"
    assert payload["reasons"]["a"]["con"] == ["r1"]
    assert payload["reasons"]["z"]["applicable_pro"] == ["r1"]


def test_excluded_position_names_its_assumed_rival() -> None:
    graph = CarneadesGraph(
        statements("yes", "no"),
        issues=[Issue("i", ["yes", "no"])],
        arguments=[CarneadesArgument("a1", "no")],
        assumptions=["yes"],
    )
    reason = evaluate_carneades(graph).reasons["no"]
    assert reason.basis is Basis.EXCLUDED
    assert reason.assumed_rivals == ("yes",)
    assert "'yes' is assumed" in reason.explain()


# --- laws over random graphs ------------------------------------------------------------

WEIGHINGS = st.sampled_from([Linked(), Convergent(), Cumulative(), Constant(0.3), Constant(0.8)])
STANDARDS = st.sampled_from(
    [
        Scintilla(),
        Preponderance(),
        ClearAndConvincing(),
        ClearAndConvincing.carneades4(),
        BeyondReasonableDoubt(),
        DialecticalValidity(),
    ]
)


@st.composite
def graphs(
    draw: st.DrawFn, *, acyclic: bool = False, factorized: bool = True, max_statements: int = 9
) -> CarneadesGraph:
    n = draw(st.integers(1, max_statements))
    ids = [f"s{i}" for i in range(n)]
    # Statements fall into consecutive groups of a shuffled order; some groups are
    # issues (their positions depend on each other's arguments), the rest single
    # statements. With acyclic=True an argument only uses statements of later groups,
    # so no statement can depend on itself, not even through an issue.
    order = draw(st.permutations(ids))
    group_of: dict[str, int] = {}
    issues = []
    i = 0
    while i < n:
        size = draw(st.integers(1, 3))
        members = order[i : i + size]
        if len(members) > 1 or draw(st.booleans()):
            issues.append(Issue(f"i{len(issues)}", members, standard=draw(STANDARDS)))
        else:
            members = members[:1]
        for member in members:
            group_of[member] = i
        i += len(members)
    weighings = st.one_of(WEIGHINGS, st.just(Factorized())) if factorized else WEIGHINGS
    arguments = []
    for k in range(draw(st.integers(0, 2 * n))):
        conclusion = draw(st.sampled_from(ids))
        pool = [s for s in ids if group_of[s] > group_of[conclusion]] if acyclic else ids
        premises = draw(st.lists(st.sampled_from(pool), unique=True, max_size=3)) if pool else []
        exceptions = draw(st.lists(st.sampled_from(pool), unique=True, max_size=1)) if pool else []
        undercutter = draw(st.one_of(st.none(), st.sampled_from(pool))) if pool else None
        arguments.append(
            CarneadesArgument(
                f"a{k}",
                conclusion,
                premises=premises,
                exceptions=exceptions,
                undercutter=undercutter,
                weighing=draw(weighings),
            )
        )
    assumptions = draw(st.lists(st.sampled_from(ids), unique=True, max_size=n))
    return CarneadesGraph(
        statements(*ids),
        issues=issues,
        arguments=arguments,
        assumptions=assumptions,
    )


@given(graphs())
def test_evaluation_labels_every_statement(graph: CarneadesGraph) -> None:
    result = evaluate_carneades(graph)
    assert list(result.labels) == list(graph.statement_ids)
    assert list(result.reasons) == list(graph.statement_ids)
    assert set(result.arguments) == {a.id for a in graph.arguments}
    for statement_id, label in result.labels.items():
        assert isinstance(label, Status)
        assert result.reasons[statement_id].label is label
    for outcome in result.arguments.values():
        assert 0.0 <= outcome.weight <= 1.0
        assert (outcome.weight > 0) == outcome.applicable


@given(graphs())
def test_assumptions_in_and_unsupported_out(graph: CarneadesGraph) -> None:
    result = evaluate_carneades(graph)
    concluded = {a.conclusion for a in graph.arguments}
    for statement_id in graph.statement_ids:
        if statement_id in graph.assumptions:
            assert result.labels[statement_id] is Status.IN
        elif statement_id not in concluded:
            assert result.labels[statement_id] is Status.OUT


@given(graphs())
def test_rival_positions_are_never_both_in_under_consistent_assumptions(
    graph: CarneadesGraph,
) -> None:
    for issue in graph.issues:
        assume(sum(p in graph.assumptions for p in issue.positions) <= 1)
    result = evaluate_carneades(graph)
    for issue in graph.issues:
        assert sum(result.labels[p] is Status.IN for p in issue.positions) <= 1


@given(graphs())
def test_labels_do_not_depend_on_element_order(graph: CarneadesGraph) -> None:
    reordered = CarneadesGraph(
        tuple(reversed(graph.statements)),
        issues=tuple(reversed(graph.issues)),
        arguments=tuple(reversed(graph.arguments)),
        assumptions=tuple(reversed(graph.assumptions)),
    )
    assert dict(evaluate_carneades(graph).labels) == dict(evaluate_carneades(reordered).labels)


@given(graphs(acyclic=True))
def test_acyclic_graphs_leave_nothing_undecided(graph: CarneadesGraph) -> None:
    assert Status.UNDECIDED not in evaluate_carneades(graph).labels.values()


@given(graphs(factorized=False), st.data())
def test_adding_an_applicable_pro_argument_keeps_an_in_statement_in(
    graph: CarneadesGraph, data: st.DataObject
) -> None:
    # Law: with monotone standards and no factorized weighing (whose weights depend on
    # the other arguments of the issue), a new argument for a statement that is in,
    # whose premises are all assumed and which nobody can undercut, changes no label.
    result = evaluate_carneades(graph)
    winners = [s for s, label in result.labels.items() if label is Status.IN]
    assume(winners)
    target = data.draw(st.sampled_from(winners))
    premises = (
        data.draw(st.lists(st.sampled_from(graph.assumptions), unique=True, max_size=2))
        if graph.assumptions
        else []
    )
    extra = CarneadesArgument("extra", target, premises=premises, weighing=data.draw(WEIGHINGS))
    assume(extra.weighing.weigh(len(premises), len(premises), issue_premises=len(premises)) > 0)
    bigger = attrs.evolve(graph, arguments=(*graph.arguments, extra))
    after = evaluate_carneades(bigger)
    assert dict(after.labels) == dict(result.labels)


@given(graphs(), st.data())
def test_challenging_an_unsupported_assumption_makes_it_out(
    graph: CarneadesGraph, data: st.DataObject
) -> None:
    concluded = {a.conclusion for a in graph.arguments}
    candidates = [s for s in graph.assumptions if s not in concluded]
    assume(candidates)
    target = data.draw(st.sampled_from(candidates))
    result = evaluate_carneades(graph, audience=Audience(challenged={target}))
    assert result.labels[target] is Status.OUT
    assert result.reasons[target].challenged


@given(graphs())
def test_evaluation_is_deterministic(graph: CarneadesGraph) -> None:
    assert evaluate_carneades(graph).to_dict() == evaluate_carneades(graph).to_dict()


def test_preference_ranks_by_metadata() -> None:
    from argmap.semantics.carneades import Preference, PropertyOrder

    args = [
        CarneadesArgument("old", "x", meta={"year": 1990, "level": "state"}),
        CarneadesArgument("new", "x", meta={"year": 2010, "level": "state"}),
        CarneadesArgument("top", "y", meta={"year": 1950, "level": "federal"}),
        CarneadesArgument("bare", "y"),
    ]
    lex = Preference([PropertyOrder("level", ["state", "federal"]), PropertyOrder("year")])
    assert lex.rank_weights(args) == {"bare": 0.25, "old": 0.5, "new": 0.75, "top": 1.0}
    older_first = Preference([PropertyOrder("year", "descending")])
    weights = older_first.rank_weights(args)
    assert weights["top"] > weights["old"] > weights["new"]
    assert weights["bare"] == min(weights.values())
    with pytest.raises(InvalidValueError, match="sideways"):
        PropertyOrder("year", "sideways")
    with pytest.raises(InvalidValueError, match="PropertyOrder"):
        Preference([])


def test_preference_weights_decide_an_issue() -> None:
    from argmap.semantics.carneades import Preference, PropertyOrder

    lex = Preference([PropertyOrder("rank")])
    graph = CarneadesGraph(
        statements("x", "notX"),
        issues=[Issue("i", ["x", "notX"])],
        arguments=[
            CarneadesArgument("weak", "x", weighing=lex, meta={"rank": 1}),
            CarneadesArgument("strong", "notX", weighing=lex, meta={"rank": 2}),
        ],
    )
    result = evaluate_carneades(graph)
    assert result.labels["notX"] is Status.IN
    assert result.arguments["weak"].weighing == "preference(0.5)"
    assert result.arguments["strong"].weight == 1.0


def test_scintilla_tie_is_explained_as_a_tie() -> None:
    graph = CarneadesGraph(
        statements("x", "notX", "e"),
        issues=[Issue("i", ["x", "notX"], standard=Scintilla())],
        arguments=[
            CarneadesArgument("a1", "x", premises=["e"], weighing=Constant(0.2)),
            CarneadesArgument("a2", "notX", premises=["e"], weighing=Constant(0.9)),
        ],
        assumptions=["e"],
    )
    result = evaluate_carneades(graph)
    assert result.labels["x"] is Status.OUT
    assert result.labels["notX"] is Status.OUT
    assert "a tie" in result.reasons["x"].explain()


# --- argmap's extensions: presumptions, early decisions, failed conditions ---------------


def test_a_presumption_holds_until_a_rival_applies_or_an_unless_statement_is_in() -> None:
    def label(*, rival_weight: float | None, challenger: bool) -> str:
        arguments = [CarneadesArgument("for", "c", premises=["p"], weighing=Constant(0.3))]
        if rival_weight is not None:
            arguments.append(CarneadesArgument("against", "c#not", weighing=Constant(rival_weight)))
        g = CarneadesGraph(
            [Statement("c"), Statement("c#not"), Statement("p"), Statement("x")],
            issues=[
                Issue(
                    "i",
                    ["c", "c#not"],
                    standard=BeyondReasonableDoubt(),
                    presumption="c",
                    unless=["x"],
                )
            ],
            arguments=arguments,
            assumptions=["p", "x"] if challenger else ["p"],
        )
        return str(evaluate_carneades(g).label("c"))

    # uncontested, the presumption holds though 0.3 is far from beyond reasonable doubt
    assert label(rival_weight=None, challenger=False) == "in"
    assert label(rival_weight=0.0, challenger=False) == "in"  # a rival weighing 0 is none
    # contested by an applicable rival, or withdrawn by a challenger, it must meet BRD
    assert label(rival_weight=0.1, challenger=False) == "out"
    assert label(rival_weight=None, challenger=True) == "out"


def test_a_presumption_waits_on_an_undecided_challenger() -> None:
    g = CarneadesGraph(
        [Statement("c"), Statement("x"), Statement("y")],
        issues=[Issue("i", ["c"], presumption="c", unless=["x"])],
        arguments=[
            CarneadesArgument("ax", "x", premises=["y"]),
            CarneadesArgument("ay", "y", premises=["x"]),
        ],
    )
    result = evaluate_carneades(g)
    assert str(result.label("c")) == "undecided"
    assert result.reasons["c"].basis is Basis.UNRESOLVED


def test_an_issue_is_decided_as_soon_as_nothing_undecided_can_change_it() -> None:
    # "weak" waits on a cycle, but even at its best (0.2) it cannot beat 0.9: decided now.
    g = CarneadesGraph(
        [Statement(s) for s in ("c", "c#not", "p", "q", "loop")],
        issues=[Issue("i", ["c", "c#not"])],
        arguments=[
            CarneadesArgument("strong", "c", premises=["p"], weighing=Constant(0.9)),
            CarneadesArgument("weak", "c#not", premises=["loop"], weighing=Constant(0.2)),
            CarneadesArgument("spin", "loop", premises=["loop"]),
        ],
        assumptions=["p"],
    )
    result = evaluate_carneades(g)
    assert str(result.label("loop")) == "undecided"
    assert str(result.label("c")) == "in"
    assert str(result.label("c#not")) == "out"
    # an argument that could never weigh anything does not wait for its premises
    assert (
        evaluate_carneades(
            CarneadesGraph(
                [Statement("d"), Statement("loop")],
                arguments=[
                    CarneadesArgument("nothing", "d", premises=["loop"], weighing=Constant(0.0)),
                    CarneadesArgument("spin", "loop", premises=["loop"]),
                ],
            )
        )
        .arguments["nothing"]
        .status
        is ArgumentStatus.INAPPLICABLE
    )


@pytest.mark.parametrize(
    ("standard", "pro", "con", "failed"),
    [
        (Preponderance(), 0.5, 0.5, ("pro 0.5 does not exceed con 0.5",)),
        (
            ClearAndConvincing(),
            0.5,
            0.1,
            ("pro 0.5 is not above alpha 0.5", "the lead 0.4 of pro over con is above beta 0.3"),
        ),
        (BeyondReasonableDoubt.carneades4(), 0.9, 0.3, ("con 0.3 is not below gamma 0.3",)),
        (DialecticalValidity(), 0.9, 0.1, ("con 0.1 is not 0",)),
        (Scintilla(), 0.0, 0.0, ("pro 0 is not above 0",)),
    ],
)
def test_standards_name_the_conditions_that_fail(
    standard: ProofStandard, pro: float, con: float, failed: tuple[str, ...]
) -> None:
    found = standard.failures(pro, con)
    assert found == tuple(f for f in failed if "is above" not in f)
    assert (not found) == standard.is_met(pro, con)


@given(
    st.sampled_from(
        [
            Scintilla(),
            Preponderance(),
            ClearAndConvincing(),
            BeyondReasonableDoubt(),
            DialecticalValidity(),
        ]
    ),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_a_standard_is_met_exactly_when_no_condition_fails(
    standard: ProofStandard, pro: float, con: float
) -> None:
    assert standard.is_met(pro, con) == all(c.met for c in standard.conditions(pro, con))
    assert standard.is_met(pro, con) == (not standard.failures(pro, con))


def test_an_explanation_of_a_failed_standard_says_which_condition_failed() -> None:
    g = CarneadesGraph(
        [Statement("guilty"), Statement("innocent")],
        issues=[Issue("i", ["guilty", "innocent"], standard=BeyondReasonableDoubt.carneades4())],
        arguments=[
            CarneadesArgument("dna", "guilty", weighing=Constant(0.9)),
            CarneadesArgument("alibi", "innocent", weighing=Constant(0.3)),
        ],
    )
    text = evaluate_carneades(g).reasons["guilty"].explain()
    assert text.startswith("'guilty' is out: it does not meet")
    assert text.endswith("It fails because con 0.3 is not below gamma 0.3.")

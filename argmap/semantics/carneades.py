"""Carneades: structured evaluation with proof standards, burden of proof and audiences.

An :class:`CarneadesGraph` holds statements, issues (alternative positions decided by a
proof standard), arguments (premises, a conclusion, exceptions and an undercutter, and a
weighing function) and assumptions. :func:`evaluate_carneades` labels every statement
``in``, ``out`` or ``undecided`` the way Carneades 4 does, and says why.

The model in brief:

* An argument is *undercut* when one of its exceptions or its undercutter is ``in``;
  otherwise, once its premises are decided, its weighing function gives its weight.
  It *applies* when its weight is above 0.
* A statement that is not at issue is ``in`` when an applicable argument supports it.
* A statement every argument of which is decided and none applicable (or that has no
  argument) is ``out``: the burden of proof lies with whoever wants it ``in``.
* An issue is resolved once all arguments for all its positions are decided: a position
  wins (``in``) when it alone meets the issue's proof standard, comparing its best
  argument with the best argument for any rival; the others are ``out``.
* Assumptions are ``in`` from the start (their rivals ``out``) unless the audience
  challenges them; exceptions need proof by the opponent -- unproven, they are ``out``.
* Statements caught in a cycle of dependence stay ``undecided``.

Examples
--------
>>> from argmap.semantics.carneades import (
...     CarneadesGraph, CarneadesArgument, Issue, Statement, evaluate_carneades, Constant)
>>> g = CarneadesGraph(
...     [Statement("guilty"), Statement("innocent"), Statement("witness"), Statement("alibi")],
...     issues=[Issue("i1", ["guilty", "innocent"])],
...     arguments=[
...         CarneadesArgument("a1", "guilty", premises=["witness"], weighing=Constant(0.7)),
...         CarneadesArgument("a2", "innocent", premises=["alibi"], weighing=Constant(0.4)),
...     ],
...     assumptions=["witness", "alibi"],
... )
>>> result = evaluate_carneades(g)
>>> result.label("guilty"), result.label("innocent")
(<Status.IN: 'in'>, <Status.OUT: 'out'>)
>>> print(result.reasons["guilty"].explain())
'guilty' is in: it meets the proof standard of issue 'i1', preponderance of the evidence (PE): its best argument outweighs the best argument against it (pro > con). Best for: 0.7 (a1); best against: 0.4 (a2).

References
----------
T. F. Gordon, H. Prakken and D. Walton, "The Carneades model of argument and burden of
proof", Artificial Intelligence 171 (10-15), 2007, pp. 875-896,
doi:10.1016/j.artint.2007.04.010.

T. F. Gordon and D. Walton, "Proof burdens and standards", in *Argumentation in Artificial
Intelligence*, Springer 2009, pp. 239-258, doi:10.1007/978-0-387-98197-0_12.

T. F. Gordon and D. Walton, "Formalizing balancing arguments", Computational Models of
Argument (COMMA 2016), IOS Press, pp. 327-338, doi:10.3233/978-1-61499-686-6-327
(the Carneades 4 CAES).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, cast

import attrs

from argmap._deprecation import lazy_module_getattr
from argmap.errors import EvaluationError, InvalidValueError
from argmap.semantics._carneades_labelling import compute_labelling
from argmap.semantics._carneades_model import (
    ArgumentStatus,
    Audience,
    Basis,
    BeyondReasonableDoubt,
    CarneadesArgument,
    CarneadesGraph,
    ClearAndConvincing,
    Condition,
    Constant,
    Convergent,
    Cumulative,
    DialecticalValidity,
    Factorized,
    Issue,
    Linked,
    Preference,
    Premise,
    PremiseKind,
    Preponderance,
    ProofStandard,
    PropertyOrder,
    Scintilla,
    Statement,
    WeighingFunction,
    standard_from_name,
)
from argmap.semantics.status import Status

__all__ = [
    "ArgumentOutcome",
    "ArgumentStatus",
    "Audience",
    "Basis",
    "BeyondReasonableDoubt",
    "CarneadesArgument",
    "CarneadesGraph",
    "CarneadesResult",
    "ClearAndConvincing",
    "Condition",
    "Constant",
    "Convergent",
    "Cumulative",
    "DialecticalValidity",
    "Factorized",
    "Issue",
    "Linked",
    "Preference",
    "Premise",
    "PremiseKind",
    "Preponderance",
    "ProofStandard",
    "PropertyOrder",
    "Scintilla",
    "Statement",
    "StatementReason",
    "WeighingFunction",
    "evaluate_carneades",
    "parse_standard",
    "standard_from_name",
]

# The statement labels were an enum of their own, Label, with the values of Status.
__getattr__ = lazy_module_getattr(
    __name__, {}, {"Label": ("argmap.semantics", "Status")}, globals()
)


_STANDARD_NAMES = {
    "scintilla": "SE",
    "scintilla-of-evidence": "SE",
    "preponderance": "PE",
    "preponderance-of-the-evidence": "PE",
    "clear-and-convincing": "CCE",
    "clear-and-convincing-evidence": "CCE",
    "beyond-reasonable-doubt": "BRD",
    "dialectical-validity": "DV",
}


def parse_standard(value: ProofStandard | str) -> ProofStandard:
    """A proof standard from its object, abbreviation or name.

    Accepts ``SE``/``scintilla``, ``PE``/``preponderance``, ``CCE``/``clear-and-convincing``,
    ``BRD``/``beyond-reasonable-doubt`` and ``DV``/``dialectical-validity``, in any case.

    Raises
    ------
    EvaluationError
        If the name is not one of these.

    Examples
    --------
    >>> parse_standard("beyond reasonable doubt").abbreviation
    'BRD'
    >>> parse_standard("hunch")
    Traceback (most recent call last):
    ...
    argmap.errors.EvaluationError: proof standard 'hunch' is not known: expected one of SE (scintilla), PE (preponderance), CCE (clear-and-convincing), BRD (beyond-reasonable-doubt), DV (dialectical-validity)
    """
    if isinstance(value, ProofStandard):
        return value
    if isinstance(value, str):
        name = value.strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return standard_from_name(_STANDARD_NAMES.get(name, name))
        except InvalidValueError:
            pass
    known = "SE (scintilla), PE (preponderance), CCE (clear-and-convincing), BRD (beyond-reasonable-doubt), DV (dialectical-validity)"
    msg = f"proof standard {value!r} is not known: expected one of {known}"
    raise EvaluationError(msg)


def _fmt(weight: float) -> str:
    return f"{weight:.3g}"


@attrs.frozen
class ArgumentOutcome:
    """What became of one argument.

    Attributes
    ----------
    id, conclusion:
        The argument and the statement it supports.
    status:
        An :class:`ArgumentStatus`.
    weight:
        Its weight in [0, 1] (0.0 unless applicable).
    weighing:
        Name of the weighing function used (the audience's override if any).
    premises_out, premises_undecided:
        Premise ids that are ``out`` / ``undecided``.
    blocked_by:
        Exceptions or undercutter that are ``in`` (non-empty exactly when undercut).

    Examples
    --------
    >>> g = CarneadesGraph([Statement("p"), Statement("q")],
    ...                    arguments=[CarneadesArgument("a1", "p", premises=["q"])])
    >>> outcome = evaluate_carneades(g).arguments["a1"]
    >>> outcome.status, outcome.premises_out, outcome.explain()
    (<ArgumentStatus.INAPPLICABLE: 'inapplicable'>, ('q',), "argument 'a1' fails: premise 'q' is out")
    """

    id: str
    conclusion: str
    status: ArgumentStatus
    weight: float
    weighing: str
    premises_out: tuple[str, ...] = ()
    premises_undecided: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()

    @property
    def applicable(self) -> bool:
        """Whether the argument counts: not blocked, decided, weight above 0."""
        return self.status is ArgumentStatus.APPLICABLE

    def explain(self) -> str:
        """One plain sentence on why the argument counts or not."""
        if self.status is ArgumentStatus.APPLICABLE:
            return f"argument {self.id!r} applies with weight {_fmt(self.weight)}"
        if self.status is ArgumentStatus.UNDERCUT:
            return f"argument {self.id!r} is blocked by {_quoted(self.blocked_by)}, which is in"
        if self.status is ArgumentStatus.UNDECIDED:
            return f"argument {self.id!r} waits on undecided {_quoted(self.premises_undecided)}"
        if self.premises_out:
            return f"argument {self.id!r} fails: premise {_quoted(self.premises_out)} is out"
        return f"argument {self.id!r} weighs nothing"


def _and(items: tuple[str, ...]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _quoted(ids: tuple[str, ...]) -> str:
    return ", ".join(repr(i) for i in ids) if ids else "(nothing)"


@attrs.frozen
class StatementReason:
    """Why a statement has its label, in terms explanations can use.

    Attributes
    ----------
    statement, label, basis:
        The statement, its :class:`Status` and the :class:`Basis` of the decision.
    issue, standard:
        Its issue and that issue's proof standard, or None when not at issue.
    pro, con:
        Ids of the arguments for it, and of the arguments for its rival positions.
    applicable_pro, applicable_con:
        The subsets of ``pro`` and ``con`` that apply.
    best_pro, best_con:
        The weights the proof standard compared (0.0 when nothing applies).
    assumed, challenged:
        Whether it is assumed (after the audience), and whether the audience challenged it.
    burden:
        Who bears the burden of proof: ``"opponent"`` for an assumption (it holds until
        defeated), ``"proponent"`` for everything else (it is out until proved).
    waiting_on:
        For an undecided statement, the undecided statements its arguments depend on.
    notes:
        One sentence per argument for it (see :meth:`ArgumentOutcome.explain`).
    rivals:
        The other positions of its issue (empty when not at issue).
    assumed_rivals:
        Those rivals that are assumed (they exclude it when it is not assumed itself).
    """

    statement: str
    label: Status
    basis: Basis
    issue: str | None
    standard: ProofStandard | None
    pro: tuple[str, ...]
    con: tuple[str, ...]
    applicable_pro: tuple[str, ...]
    applicable_con: tuple[str, ...]
    best_pro: float
    best_con: float
    assumed: bool
    challenged: bool
    burden: Literal["proponent", "opponent"]
    waiting_on: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    rivals: tuple[str, ...] = ()
    assumed_rivals: tuple[str, ...] = ()

    def explain(self) -> str:
        """The reason as one or two plain sentences.

        >>> g = CarneadesGraph([Statement("p")])
        >>> print(evaluate_carneades(g).reasons["p"].explain())
        'p' is out: no argument supports it and it is not assumed, so the burden of proof on its proponent is not met.
        """
        head = f"{self.statement!r} is {self.label.value}"
        if self.basis is Basis.ASSUMED:
            return (
                f"{head}: it is assumed and nobody challenged it, so the burden of proof "
                "lies with whoever disputes it."
            )
        if self.basis is Basis.EXCLUDED:
            return (
                f"{head}: it is a position of issue {self.issue!r}, and its rival "
                f"{_quoted(self.assumed_rivals)} is assumed, which settles the issue."
            )
        if self.basis is Basis.PRESUMED:
            return (
                f"{head}: it holds by presumption -- nothing that stands contests it -- so "
                "the burden of proof lies with whoever disputes it."
            )
        if self.basis is Basis.SUPPORTED:
            return (
                f"{head}: applicable argument(s) {_quoted(self.applicable_pro)} support it "
                f"(best weight {_fmt(self.best_pro)}) and it is not at issue."
            )
        challenged = " (the audience challenged its assumption)" if self.challenged else ""
        if self.basis is Basis.UNSUPPORTED:
            if not self.pro:
                return (
                    f"{head}{challenged}: no argument supports it and it is not assumed, "
                    "so the burden of proof on its proponent is not met."
                )
            return (
                f"{head}{challenged}: none of its arguments applies "
                f"({'; '.join(self.notes)}), so the burden of proof on its proponent is not met."
            )
        if self.basis is Basis.UNRESOLVED:
            return (
                f"{head}: it depends on statements that are themselves undecided "
                f"({_quoted(self.waiting_on)}), a cycle the evaluation cannot settle."
            )
        assert self.standard is not None
        verb = "meets" if self.basis is Basis.STANDARD_MET else "does not meet"
        if self.basis is Basis.STANDARD_NOT_MET and self.standard.is_met(
            self.best_pro, self.best_con
        ):
            # Only a weak standard such as scintilla can be met by two rivals at once.
            verb = "meets, but so does a rival position (a tie, which no position wins),"
        pro = f"{_fmt(self.best_pro)} ({', '.join(self.applicable_pro) or 'none applies'})"
        con = f"{_fmt(self.best_con)} ({', '.join(self.applicable_con) or 'none applies'})"
        failed = ""
        if self.basis is Basis.STANDARD_NOT_MET:
            failures = self.standard.failures(self.best_pro, self.best_con)
            if failures:
                failed = f" It fails because {_and(failures)}."
        return (
            f"{head}{challenged}: it {verb} the proof standard of issue {self.issue!r}, "
            f"{self.standard.title} ({self.standard.abbreviation}): {self.standard.describe()}. "
            f"Best for: {pro}; best against: {con}.{failed}"
        )


@attrs.frozen
class CarneadesResult:
    """The outcome of :func:`evaluate_carneades`; immutable.

    Attributes
    ----------
    graph:
        The evaluated graph.
    audience:
        The audience used (an empty :class:`Audience` if none was given).
    labels:
        Statement id -> :class:`Status`, for every statement, in graph order.
    arguments:
        Argument id -> :class:`ArgumentOutcome`, in graph order.
    reasons:
        Statement id -> :class:`StatementReason`, in graph order.

    Examples
    --------
    >>> result = evaluate_carneades(CarneadesGraph([Statement("p")], assumptions=["p"]))
    >>> result.label("p"), result.with_label(Status.IN), result.reasons["p"].burden
    (<Status.IN: 'in'>, ('p',), 'opponent')
    """

    graph: CarneadesGraph
    audience: Audience
    labels: Mapping[str, Status]
    arguments: Mapping[str, ArgumentOutcome]
    reasons: Mapping[str, StatementReason]

    def label(self, statement_id: str) -> Status:
        """The label of one statement.

        Raises
        ------
        UnknownKeyError
            If the graph has no such statement.
        """
        self.graph.statement(statement_id)
        return self.labels[statement_id]

    def with_label(self, label: Status) -> tuple[str, ...]:
        """Ids of the statements with this label, in graph order."""
        return tuple(s for s, value in self.labels.items() if value is label)

    def _repr_html_(self) -> str:
        """Jupyter display: a table of labels and reasons (see :mod:`argmap._display`)."""
        from argmap._display import carneades_result_html

        return carneades_result_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: labels, arguments, issues, explanations and reasons (sorted keys).

        >>> g = CarneadesGraph([Statement("p"), Statement("q")],
        ...                   arguments=[CarneadesArgument("a1", "p", premises=["q"])],
        ...                   assumptions=["q"])
        >>> evaluate_carneades(g).to_dict()["labels"]
        {'p': 'in', 'q': 'in'}
        """
        issues: dict[str, Any] = {}
        for issue in self.graph.issues:
            winners = [p for p in issue.positions if self.labels[p] is Status.IN]
            issues[issue.id] = {
                "positions": list(issue.positions),
                "standard": issue.standard.abbreviation,
                "in": winners,
            }
        return {
            "labels": {s: self.labels[s].value for s in sorted(self.labels)},
            "arguments": {
                a: {
                    "conclusion": o.conclusion,
                    "status": o.status.value,
                    "weight": o.weight,
                    "weighing": o.weighing,
                }
                for a, o in sorted(self.arguments.items())
            },
            "issues": dict(sorted(issues.items())),
            "explanations": {s: self.reasons[s].explain() for s in sorted(self.reasons)},
            "reasons": {s: _reason_dict(self.reasons[s]) for s in sorted(self.reasons)},
        }


def _reason_dict(reason: StatementReason) -> dict[str, Any]:
    return {
        "basis": reason.basis.value,
        "burden": reason.burden,
        "issue": reason.issue,
        "standard": None if reason.standard is None else reason.standard.abbreviation,
        "pro": list(reason.pro),
        "con": list(reason.con),
        "applicable_pro": list(reason.applicable_pro),
        "applicable_con": list(reason.applicable_con),
        "best_pro": reason.best_pro,
        "best_con": reason.best_con,
        "waiting_on": list(reason.waiting_on),
    }


def evaluate_carneades(
    graph: CarneadesGraph, *, audience: Audience | None = None
) -> CarneadesResult:
    """Label every statement of a Carneades argument graph ``in``, ``out`` or ``undecided``.

    The labelling is the least fixpoint Carneades 4 computes (a grounded labelling):
    assumptions start ``in``; then, until nothing changes, a statement whose arguments
    are all decided and none applies becomes ``out``, a statement not at issue with an
    applicable argument becomes ``in``, and an issue whose arguments are all decided is
    resolved by its proof standard. Whatever is left is ``undecided`` (cycles). The
    result does not depend on the order of the graph's elements.

    Parameters
    ----------
    graph:
        The graph to evaluate.
    audience:
        Whose view to take: extra assumptions, challenged statements (no longer assumed,
        so their proponent bears the burden of proof) and argument weights. Default:
        the graph as it stands.

    Returns
    -------
    CarneadesResult
        Labels, argument outcomes and a reason per statement.

    Raises
    ------
    UnknownKeyError
        If the audience names a statement or argument the graph lacks.
    InvalidValueError
        If ``graph`` or ``audience`` is not of the expected type.

    Examples
    --------
    An exception shifts the burden to the opponent: until it is proved, the argument applies.

    >>> g = CarneadesGraph(
    ...     [Statement("fly"), Statement("bird"), Statement("penguin")],
    ...     arguments=[CarneadesArgument("a1", "fly", premises=["bird"], exceptions=["penguin"])],
    ...     assumptions=["bird"],
    ... )
    >>> evaluate_carneades(g).label("fly")
    <Status.IN: 'in'>
    >>> evaluate_carneades(g, audience=Audience(assumptions={"penguin"})).label("fly")
    <Status.OUT: 'out'>

    Challenging an assumption moves the burden of proof back to its proponent:

    >>> evaluate_carneades(g, audience=Audience(challenged={"bird"})).label("fly")
    <Status.OUT: 'out'>

    References
    ----------
    T. F. Gordon, H. Prakken and D. Walton, "The Carneades model of argument and burden
    of proof", Artificial Intelligence 171, 2007, doi:10.1016/j.artint.2007.04.010.
    """
    if not isinstance(cast(object, graph), CarneadesGraph):
        msg = f"evaluate_carneades expects an CarneadesGraph, got {graph!r}"
        raise InvalidValueError(msg)
    if audience is None:
        audience = Audience()
    elif not isinstance(cast(object, audience), Audience):
        msg = f"audience must be an Audience or None, got {audience!r}"
        raise InvalidValueError(msg)
    audience.check_against(graph)

    presumed = set(graph.assumptions) | set(audience.assumptions)
    for argument in graph.arguments:
        presumed.update(p.statement for p in argument.premises if p.kind is PremiseKind.ASSUMPTION)
    assumed = frozenset(presumed - audience.challenged)
    weighing: dict[str, WeighingFunction] = {
        a.id: Constant(audience.weights[a.id]) if a.id in audience.weights else a.weighing
        for a in graph.arguments
    }
    display = {a.id: str(w) for a, w in zip(graph.arguments, weighing.values(), strict=True)}
    by_issue: dict[str, list[CarneadesArgument]] = {}
    for argument in graph.arguments:
        issue = graph.issue_of(argument.conclusion)
        if issue is not None:
            by_issue.setdefault(issue.id, []).append(argument)
    for argument in graph.arguments:
        function = weighing[argument.id]
        issue = graph.issue_of(argument.conclusion)
        if isinstance(function, Preference) and issue is not None:
            # The order over an issue's arguments is fixed by their metadata, so each
            # argument's preference weight is a constant for this evaluation.
            value = function.rank_weights(by_issue[issue.id])[argument.id]
            weighing[argument.id] = Constant(value)
            display[argument.id] = f"preference({value:g})"
    raw = compute_labelling(graph, assumed=assumed, weighing=weighing)
    labels = raw.labels

    outcomes: dict[str, ArgumentOutcome] = {}
    for argument in graph.arguments:
        status, weight = raw.argument_states[argument.id]
        outcomes[argument.id] = ArgumentOutcome(
            id=argument.id,
            conclusion=argument.conclusion,
            status=status,
            weight=weight,
            weighing=display[argument.id],
            premises_out=tuple(
                p.statement for p in argument.premises if labels[p.statement] is Status.OUT
            ),
            premises_undecided=tuple(
                s
                for s in (*(p.statement for p in argument.premises), *argument.defeaters)
                if labels[s] is Status.UNDECIDED
            ),
            blocked_by=tuple(d for d in argument.defeaters if labels[d] is Status.IN),
        )

    args_for: dict[str, list[str]] = {s: [] for s in labels}
    for argument in graph.arguments:
        args_for[argument.conclusion].append(argument.id)

    reasons: dict[str, StatementReason] = {}
    for statement_id in graph.statement_ids:
        issue = graph.issue_of(statement_id)
        pro = tuple(args_for[statement_id])
        con = (
            ()
            if issue is None
            else tuple(a for p in issue.positions if p != statement_id for a in args_for[p])
        )
        rivals = () if issue is None else tuple(p for p in issue.positions if p != statement_id)
        applicable_pro = tuple(a for a in pro if outcomes[a].applicable)
        applicable_con = tuple(a for a in con if outcomes[a].applicable)
        waiting: list[str] = []
        if labels[statement_id] is Status.UNDECIDED:
            for argument_id in pro + con:
                for s in outcomes[argument_id].premises_undecided:
                    if s not in waiting:
                        waiting.append(s)
        reasons[statement_id] = StatementReason(
            statement=statement_id,
            label=labels[statement_id],
            basis=raw.basis[statement_id],
            issue=None if issue is None else issue.id,
            standard=None if issue is None else issue.standard,
            pro=pro,
            con=con,
            applicable_pro=applicable_pro,
            applicable_con=applicable_con,
            best_pro=max((outcomes[a].weight for a in pro), default=0.0),
            best_con=max((outcomes[a].weight for a in con), default=0.0),
            assumed=statement_id in assumed,
            challenged=statement_id in audience.challenged,
            burden="opponent" if statement_id in assumed else "proponent",
            waiting_on=tuple(waiting),
            notes=tuple(outcomes[a].explain() for a in pro),
            rivals=rivals,
            assumed_rivals=tuple(p for p in rivals if p in assumed),
        )

    return CarneadesResult(
        graph=graph,
        audience=audience,
        labels=MappingProxyType(dict(labels)),
        arguments=MappingProxyType(outcomes),
        reasons=MappingProxyType(reasons),
    )

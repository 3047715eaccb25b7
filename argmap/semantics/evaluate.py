"""Evaluate a map: a status for every claim and argument under every semantics.

:func:`evaluate` reads a map three ways and returns one immutable :class:`Evaluation`:

* **Dung semantics** on the framework of :func:`~argmap.semantics.translate.translate`
  (grounded, complete, preferred, stable, semi-stable, stage, ideal, eager). A semantics
  with a single extension gives each node its label (``in``, ``out``, ``undecided``).
  With several extensions, a node is ``in`` when it is in every one (skeptically
  accepted), ``out`` when it is out in every one, ``credulous`` when it is in some but
  not all, and ``undecided`` otherwise. A semantics with no extension at all (stable, on
  some frameworks) labels everything ``undecided`` and says so in its notes.
* **Carneades** on the argument graph of :func:`to_carneades_graph`: proof standards,
  burden of proof, assumptions and exceptions, weights.
* **Gradual semantics** on the bipolar graph of
  :func:`~argmap.semantics.translate.to_bipolar_graph`: a strength in [0, 1] per node.

The map itself stays neutral: proof standards, the support mode and what is assumed are
the caller's, stated at evaluation time.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> _ = b.argument("a1", [rich], tea, weight=0.7)
>>> _ = b.challenge(rich, key="says_who", text="Says who?")
>>> ev = evaluate(b.build(), semantics=["grounded", "carneades", "df-quad"])
>>> ev.status("tea", "grounded"), ev.status("tea", "carneades")
('out', 'out')
>>> round(ev.strength("tea", "df-quad"), 3)
0.5
"""

from __future__ import annotations

import math
import types
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from argmap._suggest import hint
from argmap.errors import EvaluationError, InvalidValueError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind
from argmap.schemes import QuestionKind, QuestionStatus
from argmap.semantics.carneades import (
    ArgumentStatus,
    Audience,
    CarneadesArgument,
    CarneadesGraph,
    CarneadesResult,
    Constant,
    Issue,
    Premise,
    PremiseKind,
    ProofStandard,
    Statement,
    evaluate_carneades,
    standard_from_name,
)
from argmap.semantics.dung import Semantics, labellings
from argmap.semantics.framework import ArgumentationFramework, Label
from argmap.semantics.gradual import GRADUAL_SEMANTICS, Strengths, gradual_strengths
from argmap.semantics.translate import (
    SupportMode,
    Translation,
    support_mode,
    to_bipolar_graph,
    translate,
)

__all__ = [
    "ALL_SEMANTICS",
    "DUNG_SEMANTICS",
    "Evaluation",
    "SemanticsResult",
    "evaluate",
    "negation_statement",
    "parse_standard",
    "question_statement",
    "to_carneades_graph",
]

DUNG_SEMANTICS: tuple[str, ...] = (
    "grounded",
    "complete",
    "preferred",
    "stable",
    "semi-stable",
    "stage",
    "ideal",
    "eager",
)
"""The extension-based semantics :func:`evaluate` runs, by name."""

ALL_SEMANTICS: tuple[str, ...] = (*DUNG_SEMANTICS, "carneades", *GRADUAL_SEMANTICS)
"""Every semantics name :func:`evaluate` accepts, in table order."""

StatusWord = Literal["in", "out", "undecided", "credulous"]

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


def _semantics_name(value: object) -> str:
    if not isinstance(value, str):
        msg = f"a semantics must be named by a str, got {value!r}"
        raise EvaluationError(msg)
    name = value.strip().lower().replace("_", "-").replace(" ", "-")
    if name in ("carneades", *GRADUAL_SEMANTICS):
        return name
    if name in ("h-categorizer", "hcat"):
        return "h-categoriser"
    if name in ("dfquad", "df_quad"):
        return "df-quad"
    try:
        parsed = Semantics.parse(value)
    except InvalidValueError:
        parsed = None
    if parsed is not None and parsed.long_name in DUNG_SEMANTICS:
        return parsed.long_name
    known = ", ".join(ALL_SEMANTICS)
    msg = f"semantics {value!r} is not known{hint(value, ALL_SEMANTICS)}: expected one of {known}"
    raise EvaluationError(msg)


@attrs.frozen
class SemanticsResult:
    """One semantics' verdict on every node.

    Attributes
    ----------
    name:
        The semantics (one of :data:`ALL_SEMANTICS`).
    family:
        ``"dung"``, ``"carneades"`` or ``"gradual"``.
    statuses:
        Node id -> ``"in"``, ``"out"``, ``"undecided"`` or (Dung semantics with several
        extensions) ``"credulous"``. Empty for gradual semantics.
    credulous:
        For Dung semantics: node id -> whether some extension contains it.
    extensions:
        For Dung semantics: how many extensions there are.
    strengths:
        For gradual semantics: the :class:`~argmap.semantics.gradual.Strengths`.
    notes:
        What a reader must know (no stable extension, non-convergence, ...).
    """

    name: str
    family: Literal["dung", "carneades", "gradual"]
    statuses: Mapping[str, StatusWord] = attrs.field(factory=lambda: types.MappingProxyType({}))
    credulous: Mapping[str, bool] = attrs.field(factory=lambda: types.MappingProxyType({}))
    extensions: int | None = None
    strengths: Strengths | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen(eq=False)
class Evaluation:
    """The result of :func:`evaluate`; immutable.

    Attributes
    ----------
    argument_map:
        The map evaluated.
    translation:
        Its framework reading (nodes, attacks with reasons).
    carneades_graph, carneades:
        Its Carneades reading and result, when ``"carneades"`` was evaluated.
    results:
        Semantics name -> :class:`SemanticsResult`, in the order asked for.
    standards:
        The proof standard that applied to each claim.
    support:
        The support mode of the framework reading.
    assumed:
        Extra claims taken as given.
    default_weight:
        The weight given to arguments that state none.
    """

    argument_map: ArgumentMap
    translation: Translation
    results: Mapping[str, SemanticsResult]
    standards: Mapping[str, ProofStandard]
    support: SupportMode
    carneades_graph: CarneadesGraph | None = None
    carneades: CarneadesResult | None = None
    assumed: tuple[str, ...] = ()
    default_weight: float = 1.0

    @property
    def semantics(self) -> tuple[str, ...]:
        """The semantics evaluated, in order."""
        return tuple(self.results)

    def result(self, semantics: str) -> SemanticsResult:
        """The result of one semantics.

        Raises
        ------
        EvaluationError
            If that semantics was not evaluated.
        """
        name = _semantics_name(semantics)
        try:
            return self.results[name]
        except KeyError:
            msg = (
                f"semantics {name!r} was not evaluated: this evaluation has "
                f"{', '.join(self.results) or 'none'}"
            )
            raise EvaluationError(msg) from None

    def _check_key(self, key: str) -> None:
        if key not in self.argument_map and key not in self.translation.arguments:
            msg = f"map {self.argument_map.title!r} has no element {key!r}"
            raise EvaluationError(msg)

    def status(self, key: str, semantics: str = "grounded") -> StatusWord:
        """The status of element ``key`` under an extension semantics or Carneades.

        Raises
        ------
        EvaluationError
            For an unknown key, a semantics not evaluated, or a gradual semantics (use
            :meth:`strength`).
        """
        self._check_key(key)
        result = self.result(semantics)
        if result.family == "gradual":
            msg = f"{result.name} gives strengths, not statuses: use strength()"
            raise EvaluationError(msg)
        return result.statuses.get(key, "undecided")

    def strength(self, key: str, semantics: str = "df-quad") -> float:
        """The gradual strength of element ``key``.

        Raises
        ------
        EvaluationError
            For an unknown key, or a semantics not evaluated or not gradual.
        """
        self._check_key(key)
        result = self.result(semantics)
        if result.strengths is None:
            msg = f"{result.name} gives statuses, not strengths: use status()"
            raise EvaluationError(msg)
        return result.strengths[key]

    def table(self, *, kinds: Iterable[str] = ("claim",)) -> list[dict[str, Any]]:
        """One row per element of the given kinds (claims by default), in map order.

        Each row has ``key``, ``text`` and one column per semantics: a status word, or a
        strength rounded to three decimals.
        """
        wanted = set(kinds)
        elements: list[Claim | Evidence | Argument | Objection] = []
        if "claim" in wanted:
            elements.extend(self.argument_map.claims)
        if "evidence" in wanted:
            elements.extend(self.argument_map.evidence)
        if "argument" in wanted:
            elements.extend(self.argument_map.arguments)
        if "objection" in wanted:
            elements.extend(self.argument_map.objections)
        rows = []
        for element in elements:
            row: dict[str, Any] = {"key": element.key, "text": _text_of(element)}
            for name, result in self.results.items():
                if result.strengths is not None:
                    row[name] = round(result.strengths[element.key], 3)
                else:
                    row[name] = result.statuses.get(element.key, "undecided")
            rows.append(row)
        return rows

    def annotations(
        self, semantics: str, *, strengths: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """What to draw on each map element: status, strength and badges.

        Returns ``{key: {"status": "in" | "out" | "undecided" | None, "strength": float |
        None, "badges": tuple[str, ...]}}`` for every claim, evidence, argument and
        objection. ``semantics`` gives the status (a gradual one gives only strengths);
        ``strengths`` names a gradual semantics whose strengths to add. A ``credulous``
        status is drawn undecided with a badge saying so. Arguments get a badge per
        raised critical question and one listing the open ones.

        Raises
        ------
        EvaluationError
            If a semantics named was not evaluated.

        Examples
        --------
        >>> from argmap import MapBuilder, raised
        >>> b = MapBuilder("m")
        >>> says, c = b.claim("says", "X says C."), b.claim("c", "C.")
        >>> _ = b.argument("a", [says], c, scheme="sign", questions={"CQ1": raised})
        >>> ev = evaluate(b.build(), semantics=["grounded", "df-quad"])
        >>> ev.annotations("grounded", strengths="df-quad")["a"]
        {'status': 'out', 'strength': 0.0, 'badges': ('CQ1 raised: correlation?', 'open: CQ2 other events')}
        """
        result = self.result(semantics)
        gradual = self.result(strengths) if strengths is not None else None
        if result.strengths is not None and gradual is None:
            gradual = result
        m = self.argument_map
        keys = [c.key for c in m.claims] + [e.key for e in m.evidence]
        keys += [a.key for a in m.arguments] + [o.key for o in m.objections]
        out: dict[str, dict[str, Any]] = {}
        for key in keys:
            badges: list[str] = []
            status: str | None = None
            if result.strengths is None:
                word = result.statuses.get(key, "undecided")
                status = "undecided" if word == "credulous" else word
                if word == "credulous":
                    badges.append(f"credulous: in some {result.name} extensions")
            strength = None
            if gradual is not None and gradual.strengths is not None:
                strength = gradual.strengths[key]
            element = m[key]
            if isinstance(element, Argument):
                states = m.questions_of(key)
                for state in states:
                    if state.status is QuestionStatus.RAISED:
                        badges.append(f"{state.question.key} raised: {state.question.label}?")
                open_ = [s for s in states if s.status is QuestionStatus.OPEN]
                if open_:
                    listed = ", ".join(f"{s.question.key} {s.question.label}" for s in open_)
                    badges.append(f"open: {listed}")
            out[key] = {"status": status, "strength": strength, "badges": tuple(badges)}
        return out

    def _repr_html_(self) -> str:
        """Jupyter display: a table of claims by semantics (see :mod:`argmap._display`)."""
        from argmap._display import evaluation_html

        return evaluation_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: options, statuses and strengths per element, notes."""
        m = self.argument_map
        keys = [c.key for c in m.claims] + [e.key for e in m.evidence]
        keys += [a.key for a in m.arguments] + [o.key for o in m.objections]
        out: dict[str, Any] = {
            "map": self.argument_map.title,
            "support": self.support.value,
            "standards": {k: v.abbreviation for k, v in self.standards.items()},
            "assumed": list(self.assumed),
            "semantics": {},
        }
        for name, result in self.results.items():
            entry: dict[str, Any] = {"family": result.family}
            if result.strengths is not None:
                entry["strengths"] = {k: result.strengths[k] for k in keys}
                entry["converged"] = result.strengths.converged
                entry["iterations"] = result.strengths.iterations
            else:
                entry["statuses"] = {k: result.statuses.get(k, "undecided") for k in keys}
            if result.extensions is not None:
                entry["extensions"] = result.extensions
            entry["notes"] = list(result.notes)
            out["semantics"][name] = entry
        return out


def _text_of(element: Claim | Evidence | Argument | Objection) -> str:
    if isinstance(element, Claim | Evidence):
        return element.text
    if isinstance(element, Argument):
        return element.label or f"{', '.join(element.premises)} -> {element.conclusion}"
    return element.text or f"{element.kind.value} of {element.target}"


# --- Dung ------------------------------------------------------------------------------------


def _dung(af: ArgumentationFramework, name: str) -> SemanticsResult:
    nodes = af.arguments
    in_all = dict.fromkeys(nodes, True)
    out_all = dict.fromkeys(nodes, True)
    in_some = dict.fromkeys(nodes, False)
    count = 0
    for labelling in labellings(af, name):
        count += 1
        for node in nodes:
            label = labelling[node]
            if label is not Label.IN:
                in_all[node] = False
            else:
                in_some[node] = True
            if label is not Label.OUT:
                out_all[node] = False
    statuses: dict[str, StatusWord] = {}
    notes: tuple[str, ...] = ()
    if count == 0:
        notes = (f"the framework has no {name} extension: every node is left undecided",)
        statuses = dict.fromkeys(nodes, "undecided")
        in_some = dict.fromkeys(nodes, False)
    else:
        for node in nodes:
            if in_all[node]:
                statuses[node] = "in"
            elif out_all[node]:
                statuses[node] = "out"
            elif in_some[node]:
                statuses[node] = "credulous"
            else:
                statuses[node] = "undecided"
    return SemanticsResult(
        name,
        "dung",
        types.MappingProxyType(statuses),
        types.MappingProxyType(in_some),
        count,
        None,
        notes,
    )


# --- Carneades -------------------------------------------------------------------------------


def _statement_of(argument_map: ArgumentMap, key: str) -> str:
    """The statement an attacker asserts: its own key, or an argument's conclusion."""
    element = argument_map[key]
    return element.conclusion if isinstance(element, Argument) else key


def question_statement(argument: str, question: str) -> str:
    """The Carneades statement for critical ``question`` of ``argument``."""
    return f"{argument}#{question}"


def negation_statement(claim: str) -> str:
    """The Carneades statement for the rival position "not ``claim``"."""
    return f"{claim}#not"


def to_carneades_graph(
    argument_map: ArgumentMap,
    *,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str = "PE",
    assume: Iterable[str] = (),
) -> tuple[CarneadesGraph, Audience]:
    """Read ``argument_map`` as a Carneades argument graph and an audience.

    * Claims and evidence become statements; each map argument a Carneades argument with
      its premises, weighed by its weight (linked weighing when it has none).
    * Every claim that is argued for, rebutted or undermined is at issue, so its proof
      standard applies: the issue ``CLAIM#issue`` has the positions ``CLAIM`` and, when
      something objects to it, ``CLAIM#not``. The arguments for ``CLAIM#not`` are the
      objections' grounds: an objection by an argument is a copy of that argument aimed
      at ``CLAIM#not``, one by a claim with arguments a copy of each of them, one by an
      unargued claim or evidence an argument from it (ids ``OBJECTION`` or
      ``OBJECTION/ARGUMENT``). Carneades thus weighs the case for against the case
      against, as it does for the positions of an issue.
    * The standard of ``CLAIM#issue`` is ``standards[CLAIM]``, else ``default_standard``.
    * An undercut (or an undermine naming its argument) becomes an argument for the
      statement ``ARG#undercut``, the undercutter of the argument.
    * Evidence, and claims that are not at issue, are assumptions. A challenge withdraws
      the assumption (the audience challenges it), so the burden of proof lies on the
      proponent; a challenge of an argument without a question adds the unproven premise
      ``CHALLENGE#met``.
    * Critical questions: an assumption question becomes an assumption premise
      ``ARG#CQn`` -- challenged when raised, proved by an answer "yes" (by a claim: an
      argument from it; given: an assumption); an answer "no" proves the exception
      ``ARG#CQn#no``. An exception question becomes the exception ``ARG#CQn``, proved
      only by an answer "yes".

    Parameters
    ----------
    argument_map:
        The map.
    standards:
        Proof standard per claim key (object, abbreviation or name).
    default_standard:
        The standard for every other claim at issue (Carneades' default: preponderance).
    assume:
        Claim keys the audience accepts without proof.

    Returns
    -------
    tuple[CarneadesGraph, Audience]

    Raises
    ------
    EvaluationError
        For an unknown standard, or a standard or assumption naming a key that is not a
        claim.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> p, c, r = b.claim("p", "P."), b.claim("c", "C."), b.claim("r", "Not C.")
    >>> _ = b.argument("a", [p], c, weight=0.6)
    >>> _ = b.rebut(r, c, key="o")
    >>> graph, audience = to_carneades_graph(b.build(), default_standard="BRD")
    >>> [(i.id, i.positions, i.standard.abbreviation) for i in graph.issues]
    [('c#issue', ('c', 'c#not'), 'BRD')]
    >>> [(x.id, x.conclusion, [p.statement for p in x.premises]) for x in graph.arguments]
    [('a', 'c', ['p']), ('o', 'c#not', ['r'])]
    >>> graph.assumptions
    ('p', 'r')
    """
    resolved = {key: parse_standard(s) for key, s in (standards or {}).items()}
    default = parse_standard(default_standard)
    for key in resolved:
        _require_claim(argument_map, key, "a proof standard")
    extra = tuple(_require_claim(argument_map, key, "an assumption") for key in assume)

    statements: dict[str, Statement] = {}
    for claim in argument_map.claims:
        statements[claim.key] = Statement(claim.key, text=claim.text)
    for evidence in argument_map.evidence:
        statements[evidence.key] = Statement(evidence.key, text=evidence.text)

    def add_statement(sid: str, text: str) -> None:
        statements.setdefault(sid, Statement(sid, text=text))

    undercutters: dict[str, list[str]] = {}
    challenged: list[str] = []
    extra_premises: dict[str, list[Premise]] = {}
    extra_arguments: list[CarneadesArgument] = []
    assumptions: list[str] = []
    objected: dict[str, list[Objection]] = {}

    for o in argument_map.objections:
        if o.kind in (ObjectionKind.REBUT, ObjectionKind.UNDERMINE):
            if o.kind is ObjectionKind.UNDERMINE and o.argument is not None:
                undercutters.setdefault(o.argument, []).append(o.key)
            else:
                objected.setdefault(o.target, []).append(o)
        elif o.kind is ObjectionKind.UNDERCUT:
            undercutters.setdefault(o.target, []).append(o.key)
        elif o.question is None:
            target = argument_map[o.target]
            if isinstance(target, Argument):
                met = f"{o.key}#met"
                add_statement(met, f"The challenge {o.key!r} is met.")
                extra_premises.setdefault(target.key, []).append(Premise(met))
            else:
                challenged.append(o.target)

    for argument_key, objections in undercutters.items():
        cut = f"{argument_key}#undercut"
        add_statement(cut, f"The inference of {argument_key!r} does not hold.")
        for key in objections:
            o = argument_map.get(key, Objection)
            assert o.attacker is not None
            extra_arguments.append(
                CarneadesArgument(key, cut, premises=[_statement_of(argument_map, o.attacker)])
            )

    # Critical questions.
    exceptions: dict[str, list[str]] = {}
    for argument in argument_map.arguments:
        for state in argument_map.questions_of(argument.key):
            q = state.question
            sid = question_statement(argument.key, q.key)
            add_statement(sid, q.text)
            answer = state.answer
            if q.kind is QuestionKind.ASSUMPTION:
                extra_premises.setdefault(argument.key, []).append(
                    Premise(sid, role=q.label.replace(" ", "_"), kind=PremiseKind.ASSUMPTION)
                )
                if state.status is QuestionStatus.RAISED:
                    challenged.append(sid)
                if answer is None:
                    continue
                if answer.answer:
                    if answer.by is None:
                        assumptions.append(sid)
                    else:
                        if state.challenges:
                            challenged.append(sid)
                        extra_arguments.append(
                            CarneadesArgument(f"{sid}#yes", sid, premises=[answer.by])
                        )
                else:
                    no = f"{sid}#no"
                    add_statement(no, f"No: {q.text}")
                    exceptions.setdefault(argument.key, []).append(no)
                    if answer.by is None:
                        assumptions.append(no)
                    else:
                        extra_arguments.append(
                            CarneadesArgument(f"{no}#by", no, premises=[answer.by])
                        )
            else:
                exceptions.setdefault(argument.key, []).append(sid)
                if answer is not None and answer.answer:
                    if answer.by is None:
                        assumptions.append(sid)
                    else:
                        extra_arguments.append(
                            CarneadesArgument(f"{sid}#yes", sid, premises=[answer.by])
                        )

    def carneades_argument(argument: Argument, aid: str, conclusion: str) -> CarneadesArgument:
        premises = [Premise(p) for p in argument.premises]
        premises += extra_premises.get(argument.key, [])
        weighing_kwargs: dict[str, Any] = {}
        if argument.weight is not None:
            weighing_kwargs["weighing"] = Constant(argument.weight)
        return CarneadesArgument(
            aid,
            conclusion,
            premises=premises,
            exceptions=exceptions.get(argument.key, []),
            undercutter=f"{argument.key}#undercut" if argument.key in undercutters else None,
            scheme=argument.scheme,
            **weighing_kwargs,
        )

    arguments = [carneades_argument(a, a.key, a.conclusion) for a in argument_map.arguments]
    # The grounds of each objection, aimed at the rival position "not CLAIM".
    for objected_key, against in objected.items():
        negation = negation_statement(objected_key)
        add_statement(negation, f"Not: {statements[objected_key].display}")
        for objection in against:
            assert objection.attacker is not None
            attacker = argument_map[objection.attacker]
            if isinstance(attacker, Argument):
                arguments.append(carneades_argument(attacker, objection.key, negation))
                continue
            grounds = argument_map.arguments_for(attacker.key)
            if not grounds:
                arguments.append(
                    CarneadesArgument(objection.key, negation, premises=[attacker.key])
                )
            for ground in grounds:
                arguments.append(
                    carneades_argument(ground, f"{objection.key}/{ground.key}", negation)
                )
    arguments += extra_arguments

    argued = {a.conclusion for a in argument_map.arguments}
    issues = []
    at_issue: set[str] = set()
    for claim in argument_map.claims:
        if claim.key in objected:
            positions = [claim.key, negation_statement(claim.key)]
        elif claim.key in argued:
            positions = [claim.key]
        else:
            continue
        at_issue.add(claim.key)
        standard = resolved.get(claim.key, default)
        issues.append(Issue(f"{claim.key}#issue", positions, standard=standard))
    for evidence in argument_map.evidence:
        if evidence.key in objected:
            issues.append(
                Issue(
                    f"{evidence.key}#issue",
                    [evidence.key, negation_statement(evidence.key)],
                    standard=default,
                )
            )

    for claim in argument_map.claims:
        if claim.key not in at_issue:
            assumptions.append(claim.key)
    for evidence in argument_map.evidence:
        assumptions.append(evidence.key)

    graph = CarneadesGraph(
        list(statements.values()),
        issues=issues,
        arguments=arguments,
        assumptions=list(dict.fromkeys(assumptions)),
        title=argument_map.title,
    )
    audience = Audience(assumptions=extra, challenged=challenged)
    return graph, audience


def _require_claim(argument_map: ArgumentMap, key: str, what: str) -> str:
    if key not in argument_map or not isinstance(argument_map[key], Claim):
        msg = f"{what} names {key!r}, which is not a claim of map {argument_map.title!r}"
        raise EvaluationError(msg)
    return key


def _carneades_statuses(
    argument_map: ArgumentMap, result: CarneadesResult
) -> dict[str, StatusWord]:
    statuses: dict[str, StatusWord] = {}
    for sid, label in result.labels.items():
        statuses[sid] = label.value
    for aid, outcome in result.arguments.items():
        if outcome.status is ArgumentStatus.APPLICABLE:
            statuses[aid] = "in"
        elif outcome.status is ArgumentStatus.UNDECIDED:
            statuses[aid] = "undecided"
        else:
            statuses[aid] = "out"
    for o in argument_map.objections:
        if o.kind in (ObjectionKind.REBUT, ObjectionKind.UNDERMINE) and o.key not in statuses:
            # Stands if any of its grounds applies.
            grounds = [
                statuses[aid]
                for aid in result.arguments
                if aid == o.key or aid.startswith(f"{o.key}/")
            ]
            statuses[o.key] = (
                "in" if "in" in grounds else "undecided" if "undecided" in grounds else "out"
            )
        elif o.kind is ObjectionKind.CHALLENGE:
            target = argument_map[o.target]
            if o.question is not None:
                sid = question_statement(o.target, o.question)
                met = statuses.get(sid, "undecided")
            elif isinstance(target, Argument):
                met = statuses.get(f"{o.key}#met", "out")
            else:
                met = statuses.get(o.target, "undecided")
            # The challenge stands while what it questions is not established.
            statuses[o.key] = {"in": "out", "out": "in"}.get(met, "undecided")  # type: ignore[assignment]
    return statuses


# --- evaluate --------------------------------------------------------------------------------


def evaluate(
    argument_map: ArgumentMap,
    *,
    semantics: Iterable[str] | str | None = None,
    support: SupportMode | str = SupportMode.NECESSARY,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str = "PE",
    assume: Iterable[str] = (),
    default_weight: float = 1.0,
    symmetric_rebuttals: bool = True,
    base: Mapping[str, float] | None = None,
    tolerance: float = 1e-9,
    max_iterations: int = 1000,
) -> Evaluation:
    """Evaluate every claim, argument and objection of ``argument_map``.

    Parameters
    ----------
    argument_map:
        The map.
    semantics:
        Names from :data:`ALL_SEMANTICS` (Dung semantics also by ICCMA code, e.g.
        ``"PR"``); default: all of them.
    support:
        Support mode of the framework reading (see :mod:`argmap.semantics.translate`).
    standards:
        Proof standard per claim key, overriding ``default_standard``.
    default_standard:
        The proof standard of every other claim (object, abbreviation or name).
    assume:
        Claim keys taken as given (prima facie in the evidential reading; accepted by
        the Carneades audience).
    default_weight:
        Weight of an argument that states none, where weights are compared.
    symmetric_rebuttals:
        Whether a rebutted claim attacks its rebuttal back in the framework reading.
    base:
        Base scores by key for the gradual semantics.
    tolerance, max_iterations:
        Convergence settings of the gradual semantics on cyclic maps.

    Returns
    -------
    Evaluation

    Raises
    ------
    EvaluationError
        For an unknown semantics, support mode or proof standard, or options naming keys
        that are not claims.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Rain")
    >>> wet, rain = b.claim("wet", "The street is wet."), b.claim("rain", "It rained.")
    >>> _ = b.argument("sign", [wet], rain, weight=0.6)
    >>> sprinkler = b.claim("sprinkler", "The sprinkler was on.")
    >>> _ = b.rebut(sprinkler, rain, key="alt")
    >>> ev = evaluate(b.build(), semantics=["grounded", "preferred", "carneades"])
    >>> [ev.status("rain", s) for s in ev.semantics]
    ['undecided', 'credulous', 'out']

    Grounded semantics leaves the conflict open, preferred semantics has an extension
    either way, and Carneades weighs the sign (0.6) against the unweighted rival
    assertion (1), which preponderance of the evidence does not let through.

    References
    ----------
    See :mod:`argmap.semantics.translate`, :mod:`argmap.semantics.carneades` and
    :mod:`argmap.semantics.gradual`.
    """
    if semantics is None:
        names = list(ALL_SEMANTICS)
    elif isinstance(semantics, str):
        names = [_semantics_name(semantics)]
    else:
        names = list(dict.fromkeys(_semantics_name(s) for s in semantics))
    if not names:
        msg = "no semantics asked for: name at least one"
        raise EvaluationError(msg)
    mode = support_mode(support)
    if (
        isinstance(default_weight, bool)
        or not isinstance(default_weight, int | float)
        or not math.isfinite(default_weight)
    ):
        msg = f"default_weight must be a number in [0, 1], got {default_weight!r}"
        raise EvaluationError(msg)
    resolved = {key: parse_standard(s) for key, s in (standards or {}).items()}
    default = parse_standard(default_standard)
    assumed = tuple(assume)
    translation = translate(
        argument_map,
        support=mode,
        standards=resolved,
        default_standard=default,
        default_weight=float(default_weight),
        assume=assumed,
        symmetric_rebuttals=symmetric_rebuttals,
    )
    results: dict[str, SemanticsResult] = {}
    af: ArgumentationFramework | None = None
    graph: CarneadesGraph | None = None
    carneades: CarneadesResult | None = None
    bipolar = None
    for name in names:
        if name in DUNG_SEMANTICS:
            if af is None:
                af = translation.framework()
            results[name] = _dung(af, name)
        elif name == "carneades":
            graph, audience = to_carneades_graph(
                argument_map, standards=resolved, default_standard=default, assume=assumed
            )
            carneades = evaluate_carneades(graph, audience=audience)
            results[name] = SemanticsResult(
                name,
                "carneades",
                types.MappingProxyType(_carneades_statuses(argument_map, carneades)),
            )
        else:
            if bipolar is None:
                bipolar = to_bipolar_graph(argument_map, base=base, default_weight=default_weight)
            strengths = gradual_strengths(
                bipolar, name, tolerance=tolerance, max_iterations=max_iterations
            )
            notes = strengths.notes
            if not strengths.converged:
                notes = (
                    *notes,
                    f"{name} did not converge after {strengths.iterations} iterations "
                    f"(last change {strengths.delta:.3g}): strengths are the last iterate",
                )
            results[name] = SemanticsResult(name, "gradual", strengths=strengths, notes=notes)
    effective = {c.key: resolved.get(c.key, default) for c in argument_map.claims}
    return Evaluation(
        argument_map,
        translation,
        types.MappingProxyType(results),
        types.MappingProxyType(effective),
        mode,
        graph,
        carneades,
        assumed,
        float(default_weight),
    )

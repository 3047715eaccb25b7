"""Evaluate a map: a status for every claim and argument under every semantics.

:func:`evaluate` reads a map three ways and returns one immutable :class:`Evaluation`:

* **Dung semantics** on the framework of :func:`~argmap.semantics.translate.translate`
  (grounded, complete, preferred, stable, semi-stable, stage, ideal, eager). A semantics
  with a single extension gives each node its label (``in``, ``out``, ``undecided``).
  With several, a node is ``in`` when every extension has it, ``out`` when every
  extension attacks it, ``credulous`` when some but not all have it, and ``undecided``
  otherwise -- decided per node by :func:`~argmap.semantics.acceptance.acceptance`,
  without listing the extensions (there can be exponentially many). Extensions are
  listed only when asked for, up to ``max_extensions``. A semantics with no extension
  at all (stable, on some frameworks) labels everything ``undecided`` and says so in its
  notes.
* **Carneades** on the argument graph of
  :func:`~argmap.semantics.translate.to_carneades_graph`: proof standards, burden of
  proof, presumptions and contrariety, weights.
* **Gradual semantics** on the bipolar graph of
  :func:`~argmap.semantics.translate.to_bipolar_graph`: a strength in [0, 1] per node.

Each semantics' verdict is a typed result (:mod:`argmap.semantics.results`), statuses are
:class:`~argmap.semantics.status.Status`. The map itself stays neutral: proof standards,
the support mode and what is assumed are the caller's, stated at evaluation time. The
principles the default readings obey are listed, with proofs by property test, in
:doc:`/evaluating`.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> _ = b.argument("a1", [rich], tea, weight=0.7)
>>> _ = b.challenge(rich, key="says_who", text="Says who?")
>>> ev = evaluate(b.build(), semantics=["grounded", "carneades", "df-quad"])
>>> print(ev.status("tea", "grounded"), ev.status("rich", "grounded"), ev.status("tea", "carneades"))
in out in
>>> round(ev.strength("tea", "df-quad"), 3)
0.5
"""

from __future__ import annotations

import itertools
import types
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from argmap._suggest import hint
from argmap._validate import unit
from argmap.errors import EvaluationError, UnknownSemanticsError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind
from argmap.semantics import dung
from argmap.semantics.acceptance import acceptance
from argmap.semantics.carneades import (
    ArgumentStatus,
    CarneadesGraph,
    ProofStandard,
    evaluate_carneades,
    parse_standard,
)
from argmap.semantics.carneades import CarneadesResult as CarneadesLabelling
from argmap.semantics.dung import Semantics
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.gradual import GRADUAL_SEMANTICS, gradual_strengths
from argmap.semantics.results import (
    CarneadesResult,
    ExtensionResult,
    GradualResult,
    SemanticsResult,
)
from argmap.semantics.status import Status
from argmap.semantics.translate import (
    SupportMode,
    Translation,
    met_id,
    negation_id,
    question_id,
    support_mode,
    to_bipolar_graph,
    to_carneades_graph,
    translate,
)

__all__ = [
    "ALL_SEMANTICS",
    "DUNG_SEMANTICS",
    "CarneadesResult",
    "Evaluation",
    "ExtensionResult",
    "GradualResult",
    "SemanticsResult",
    "evaluate",
    "framework_reading",
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

negation_statement = negation_id
"""The Carneades statement for the rival position "not CLAIM" (``CLAIM#not``)."""

question_statement = question_id
"""The Carneades statement for critical question ``CQn`` of an argument (``ARG#CQn``)."""


def semantics_name(value: object) -> str:
    """The canonical name of the semantics ``value`` names (an ICCMA code, a name in any
    case, ``carneades`` or a gradual semantics), as :data:`ALL_SEMANTICS` spells it.

    Raises
    ------
    UnknownSemanticsError
        If ``value`` names none of them.

    >>> semantics_name("PR"), semantics_name("H_Categorizer")
    ('preferred', 'h-categoriser')
    """
    if not isinstance(value, str):
        msg = f"a semantics must be named by a str, got {value!r}"
        raise UnknownSemanticsError(msg, field="semantics")
    name = value.strip().lower().replace("_", "-").replace(" ", "-")
    if name in ("carneades", *GRADUAL_SEMANTICS):
        return name
    if name in ("h-categorizer", "hcat"):
        return "h-categoriser"
    if name in ("dfquad", "df_quad"):
        return "df-quad"
    try:
        parsed = Semantics.parse(value)
    except UnknownSemanticsError:
        parsed = None
    if parsed is not None and parsed.long_name in DUNG_SEMANTICS:
        return parsed.long_name
    known = ", ".join(ALL_SEMANTICS)
    msg = f"semantics {value!r} is not known{hint(value, ALL_SEMANTICS)}: expected one of {known}"
    raise UnknownSemanticsError(msg, field="semantics")


@attrs.frozen(eq=False)
class Evaluation:
    """The result of :func:`evaluate`; immutable.

    Attributes
    ----------
    argument_map:
        The map evaluated.
    translation:
        Its framework reading (nodes, attacks with reasons).
    results:
        Semantics name -> its :class:`~argmap.semantics.results.SemanticsResult`
        (:class:`~argmap.semantics.results.ExtensionResult`,
        :class:`~argmap.semantics.results.CarneadesResult` or
        :class:`~argmap.semantics.results.GradualResult`), in the order asked for.
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
    assumed: tuple[str, ...] = ()
    default_weight: float = 1.0

    @property
    def semantics(self) -> tuple[str, ...]:
        """The semantics evaluated, in order."""
        return tuple(self.results)

    @property
    def carneades(self) -> CarneadesLabelling | None:
        """The Carneades graph's labelling, when ``"carneades"`` was evaluated."""
        result = self.results.get("carneades")
        return result.labelling if isinstance(result, CarneadesResult) else None

    @property
    def carneades_graph(self) -> CarneadesGraph | None:
        """The Carneades reading, when ``"carneades"`` was evaluated."""
        result = self.results.get("carneades")
        return result.graph if isinstance(result, CarneadesResult) else None

    def result(self, semantics: str) -> SemanticsResult:
        """The result of one semantics.

        Raises
        ------
        EvaluationError
            If that semantics was not evaluated.
        """
        name = semantics_name(semantics)
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

    def status(self, key: str, semantics: str = "grounded") -> Status:
        """The status of element ``key`` under an extension semantics or Carneades.

        Raises
        ------
        EvaluationError
            For an unknown key, a semantics not evaluated, or a gradual semantics (use
            :meth:`strength`).
        """
        self._check_key(key)
        return self.result(semantics).status(key)

    def strength(self, key: str, semantics: str = "df-quad") -> float:
        """The gradual strength of element ``key``.

        Raises
        ------
        EvaluationError
            For an unknown key, or a semantics not evaluated or not gradual.
        """
        self._check_key(key)
        result = self.result(semantics)
        if not isinstance(result, GradualResult):
            msg = f"{result.name} gives statuses, not strengths: use status()"
            raise EvaluationError(msg)
        return result.strengths[key]

    def _elements(self, kinds: Iterable[str]) -> list[Claim | Evidence | Argument | Objection]:
        wanted = set(kinds)
        m = self.argument_map
        elements: list[Claim | Evidence | Argument | Objection] = []
        if "claim" in wanted:
            elements.extend(m.claims)
        if "evidence" in wanted:
            elements.extend(m.evidence)
        if "argument" in wanted:
            elements.extend(m.arguments)
        if "objection" in wanted:
            elements.extend(m.objections)
        return elements

    def table(self, *, kinds: Iterable[str] = ("claim",)) -> list[dict[str, Any]]:
        """One row per element of the given kinds (claims by default), in map order.

        Each row has ``key``, ``text`` and one column per semantics: a
        :class:`~argmap.semantics.status.Status`, or a strength rounded to three
        decimals.
        """
        rows = []
        for element in self._elements(kinds):
            row: dict[str, Any] = {"key": element.key, "text": text_of(element)}
            for name, result in self.results.items():
                if isinstance(result, GradualResult):
                    row[name] = round(result.strengths[element.key], 3)
                else:
                    row[name] = result.status(element.key)
            rows.append(row)
        return rows

    def _repr_html_(self) -> str:
        """Jupyter display: a table of claims by semantics (see :mod:`argmap._display`)."""
        from argmap._display import evaluation_html

        return evaluation_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: options, statuses and strengths per element, notes, and
        the extensions listed (when asked for)."""
        keys = [e.key for e in self._elements(("claim", "evidence", "argument", "objection"))]
        out: dict[str, Any] = {
            "map": self.argument_map.title,
            "support": self.support.value,
            "standards": {k: v.abbreviation for k, v in self.standards.items()},
            "assumed": list(self.assumed),
            "default_weight": self.default_weight,
            "semantics": {},
        }
        for name, result in self.results.items():
            entry: dict[str, Any] = {"family": result.family}
            if isinstance(result, GradualResult):
                entry["strengths"] = {k: result.strengths[k] for k in keys}
                entry["converged"] = result.strengths.converged
                entry["iterations"] = result.strengths.iterations
            else:
                entry["statuses"] = {k: result.status(k).value for k in keys}
            if isinstance(result, ExtensionResult):
                entry["exists"] = result.exists
                entry["queries"] = result.queries
                if result.extensions is not None:
                    entry["extensions"] = [
                        [n for n in self.translation.arguments if n in e] for e in result.extensions
                    ]
                    entry["listed_all"] = result.listed_all
            entry["notes"] = list(result.notes)
            out["semantics"][name] = entry
        return out


def text_of(element: Claim | Evidence | Argument | Objection) -> str:
    """The words a table shows for an element: a claim's or evidence's text, an
    argument's label (or ``premises -> conclusion``), an objection's text (or kind and
    target)."""
    if isinstance(element, Claim | Evidence):
        return element.text
    if isinstance(element, Argument):
        return element.label or f"{', '.join(element.premises)} -> {element.conclusion}"
    return element.text or f"{element.kind.value} of {element.target}"


# --- Dung ------------------------------------------------------------------------------------


def _extension_result(
    af: ArgumentationFramework, name: str, max_extensions: int | None
) -> ExtensionResult:
    code = Semantics.parse(name)
    decided = acceptance(af, code)
    nodes = af.arguments
    statuses = decided.statuses()
    credulous = {n: bool(decided.credulous[i]) for i, n in enumerate(nodes)}
    skeptical = {n: bool(decided.skeptical[i]) for i, n in enumerate(nodes)}
    notes: list[str] = []
    if not decided.exists:
        notes.append(f"the framework has no {name} extension: every node is left undecided")
    listed: tuple[frozenset[str], ...] | None = None
    listed_all = False
    if max_extensions is not None:
        found = list(itertools.islice(dung.extensions(af, code), max_extensions + 1))
        listed_all = len(found) <= max_extensions
        listed = tuple(found[:max_extensions])
        if not listed_all:
            notes.append(
                f"listed the first {max_extensions} {name} extensions; there are more "
                "(raise max_extensions, or --extensions N, to list more)"
            )
    return ExtensionResult(
        name,
        statuses=statuses,
        credulous=credulous,
        skeptical=skeptical,
        exists=decided.exists,
        queries=decided.queries,
        extensions=listed,
        listed_all=listed_all,
        notes=tuple(notes),
    )


# --- Carneades -------------------------------------------------------------------------------

_ARGUMENT_STATUS = {
    ArgumentStatus.APPLICABLE: Status.IN,
    ArgumentStatus.UNDECIDED: Status.UNDECIDED,
    ArgumentStatus.INAPPLICABLE: Status.OUT,
    ArgumentStatus.UNDERCUT: Status.OUT,
}


def _any_of(statuses: list[Status]) -> Status:
    """``in`` if any is in, else ``undecided`` if any is undecided, else ``out``."""
    if Status.IN in statuses:
        return Status.IN
    return Status.UNDECIDED if Status.UNDECIDED in statuses else Status.OUT


def _claim_status(result: CarneadesLabelling, key: str) -> Status:
    """A claim's (or evidence's) status from its Carneades label: ``in`` as labelled;
    ``out`` when refuted (a rival position won) or when its arguments could not carry its
    burden even unopposed; ``undecided`` when it could, but the contest leaves neither
    side meeting the standard (a tie, or a lead too small), or when the labelling could
    not settle it."""
    label = result.labels[key]
    if label is Status.IN:
        return Status.IN
    if label is Status.UNDECIDED:
        return Status.UNDECIDED
    reason = result.reasons[key]
    if any(result.labels[r] is Status.IN for r in reason.rivals):
        return Status.OUT
    if reason.standard is not None and reason.standard.is_met(reason.best_pro, 0.0):
        return Status.UNDECIDED
    return Status.OUT


def _carneades_statuses(argument_map: ArgumentMap, result: CarneadesLabelling) -> dict[str, Status]:
    statuses: dict[str, Status] = {}
    for sid, label in result.labels.items():
        statuses[sid] = Status(label.value)
    for key in [c.key for c in argument_map.claims] + [e.key for e in argument_map.evidence]:
        statuses[key] = _claim_status(result, key)
    for aid, outcome in result.arguments.items():
        statuses[aid] = _ARGUMENT_STATUS[outcome.status]
    # The grounds of an objection: the argument ``OBJECTION`` and ``OBJECTION/...``.
    grounds: dict[str, list[Status]] = {}
    for aid, outcome in result.arguments.items():
        status = _ARGUMENT_STATUS[outcome.status]
        grounds.setdefault(aid, []).append(status)
        for i, char in enumerate(aid):
            if char == "/":
                grounds.setdefault(aid[:i], []).append(status)
    for o in argument_map.objections:
        if o.kind is ObjectionKind.REBUT or (
            o.kind is ObjectionKind.UNDERMINE and o.argument is None
        ):
            if isinstance(argument_map[o.attacker or o.key], Argument):
                # Stands if the rebutting argument's copy applies.
                statuses[o.key] = _any_of(grounds.get(o.key, []))
            else:
                # Stands while the claim or evidence it is made by does.
                statuses[o.key] = statuses.get(o.attacker or o.key, Status.UNDECIDED)
        elif o.kind is ObjectionKind.CHALLENGE:
            target = argument_map[o.target]
            if o.question is not None:
                met = statuses.get(question_id(o.target, o.question), Status.UNDECIDED)
            elif isinstance(target, Argument):
                met = statuses.get(met_id(o.key), Status.OUT)
            else:
                met = statuses.get(o.target, Status.UNDECIDED)
            # The challenge stands while what it questions is not established, and only
            # while its challenger (if any) stands.
            status = {Status.IN: Status.OUT, Status.OUT: Status.IN}.get(met, Status.UNDECIDED)
            if o.attacker is not None:
                attacker = statuses.get(o.attacker, Status.UNDECIDED)
                if attacker is Status.OUT:
                    status = Status.OUT
                elif attacker is Status.UNDECIDED and status is Status.IN:
                    status = Status.UNDECIDED
            statuses[o.key] = status
    return statuses


# --- evaluate --------------------------------------------------------------------------------


def _unit(name: str, value: object) -> float:
    checked = unit(value, field=name, owner="evaluate", what=name, error=EvaluationError)
    assert checked is not None
    return checked


def framework_reading(
    argument_map: ArgumentMap,
    *,
    support: SupportMode | str = SupportMode.PRESUMPTIVE,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str = "PE",
    assume: Iterable[str] = (),
    default_weight: float = 1.0,
    symmetric_rebuttals: bool = False,
    rebuttal_preferences: bool = False,
) -> Translation:
    """The framework reading :func:`evaluate` decides its Dung statuses on, for these
    options (each as for :func:`evaluate`). ICCMA exports write exactly this framework
    (:mod:`argmap.formats.iccma_export`), so solvers run on them agree with ``evaluate``.

    Raises
    ------
    EvaluationError
        For an unknown support mode or standard, a weight out of range, or keys that
        are not claims.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> _ = b.rebut(b.claim("r", "R."), b.claim("c", "C."), key="o")
    >>> framework_reading(b.build()).framework().attacks
    (('o', 'c'),)
    """
    return translate(
        argument_map,
        support=support_mode(support),
        standards={key: parse_standard(s) for key, s in (standards or {}).items()},
        default_standard=parse_standard(default_standard),
        default_weight=_unit("default_weight", default_weight),
        assume=tuple(assume),
        symmetric_rebuttals=_flag("symmetric_rebuttals", symmetric_rebuttals),
        rebuttal_preferences=_flag("rebuttal_preferences", rebuttal_preferences),
    )


def _refuse_unread_options(
    names: Sequence[str], *, dung: Mapping[str, bool], gradual: Mapping[str, bool]
) -> None:
    """An option no asked-for semantics reads is a mistake, not something to ignore."""
    for family, given, members in (
        ("a Dung semantics", dung, DUNG_SEMANTICS),
        ("a gradual semantics", gradual, GRADUAL_SEMANTICS),
    ):
        unread = [option for option, set_ in given.items() if set_]
        if unread and not any(name in members for name in names):
            asked = ", ".join(names)
            msg = (
                f"{unread[0]} is read only by {family} ({', '.join(members)}), "
                f"and the semantics asked for are {asked}: add one, or drop {unread[0]}"
            )
            raise EvaluationError(msg, field=unread[0])


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        msg = f"{name} must be True or False, got {value!r}"
        raise EvaluationError(msg)
    return value


def evaluate(
    argument_map: ArgumentMap,
    *,
    semantics: Iterable[str] | str | None = None,
    support: SupportMode | str = SupportMode.PRESUMPTIVE,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str = "PE",
    assume: Iterable[str] = (),
    default_weight: float = 1.0,
    symmetric_rebuttals: bool = False,
    rebuttal_preferences: bool = False,
    max_extensions: int | None = None,
    base: Mapping[str, float] | None = None,
    tolerance: float = 1e-9,
    max_iterations: int = 1000,
) -> Evaluation:
    """Evaluate every claim, argument and objection of ``argument_map``.

    Every status is decided without listing extensions: the number of SAT queries grows
    with the map, not with the number of extensions.

    Parameters
    ----------
    argument_map:
        The map.
    semantics:
        Names from :data:`ALL_SEMANTICS` (Dung semantics also by ICCMA code, e.g.
        ``"PR"``); default: all of them.
    support:
        Support mode of the framework reading (see :mod:`argmap.semantics.translate`);
        default ``"presumptive"``.
    standards:
        Proof standard per claim key, overriding ``default_standard``.
    default_standard:
        The proof standard of every other claim (object, abbreviation or name).
    assume:
        Claim keys taken as given (prima facie in the evidential reading; accepted by
        the Carneades audience).
    default_weight:
        Weight of an argument that states none (and of a bare rebuttal), wherever
        weights are compared; ``argmap check`` reports maps that mix weighted and
        unweighted arguments.
    symmetric_rebuttals:
        Whether a rebutted claim attacks what rebuts it in the framework reading (off by
        default; see the principles in :doc:`/evaluating` for what it gives up).
    rebuttal_preferences:
        Whether, in the framework reading, of two claims that rebut each other the
        stronger case defeats the weaker (ASPIC+ preferences, weighed by
        :func:`~argmap.semantics.translate.case_weight`; off by default: see
        :func:`~argmap.semantics.translate.translate` and the principles in
        :doc:`/evaluating`). Carneades and the gradual semantics weigh rebuttals anyway
        and are unaffected.
    max_extensions:
        List up to this many extensions of each Dung semantics (with a note when there
        are more); ``None`` (default) lists none.
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
        For an unknown semantics, support mode or proof standard, options naming keys
        that are not claims, a weight or cap out of range, or an option that none of the
        semantics asked for reads (``support``, ``symmetric_rebuttals``,
        ``rebuttal_preferences`` and ``max_extensions`` are read by the Dung semantics,
        ``base`` by the gradual ones): it would change nothing, so it is refused.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Rain")
    >>> wet, rain = b.claim("wet", "The street is wet."), b.claim("rain", "It rained.")
    >>> _ = b.argument("sign", [wet], rain, weight=0.6)
    >>> sprinkler = b.claim("sprinkler", "The sprinkler was on.")
    >>> _ = b.rebut(sprinkler, rain, key="alt")
    >>> _ = b.rebut(rain, sprinkler, key="alt-back")
    >>> ev = evaluate(b.build(), semantics=["grounded", "preferred", "carneades"])
    >>> [ev.status("rain", s).value for s in ev.semantics]
    ['undecided', 'credulous', 'in']

    Grounded semantics leaves the conflict open, preferred semantics has an extension
    either way, and Carneades weighs the cases: the rival assertion contests the rain,
    which must then meet its proof standard, and the sign (0.6) does so against an
    assertion that has no argument to weigh. Listing the extensions is a separate
    request:

    >>> ev = evaluate(b.build(), semantics="preferred", max_extensions=5)
    >>> [sorted(e) for e in ev.result("preferred").extensions]
    [['alt', 'sprinkler', 'wet'], ['alt-back', 'rain', 'sign', 'wet']]

    References
    ----------
    See :mod:`argmap.semantics.translate`, :mod:`argmap.semantics.acceptance`,
    :mod:`argmap.semantics.carneades` and :mod:`argmap.semantics.gradual`.
    """
    if semantics is None:
        names = list(ALL_SEMANTICS)
    elif isinstance(semantics, str):
        names = [semantics_name(semantics)]
    else:
        names = list(dict.fromkeys(semantics_name(s) for s in semantics))
    if not names:
        msg = "no semantics asked for: name at least one"
        raise EvaluationError(msg)
    mode = support_mode(support)
    weight = _unit("default_weight", default_weight)
    _refuse_unread_options(
        names,
        dung={
            "support": mode is not SupportMode.PRESUMPTIVE,
            "symmetric_rebuttals": symmetric_rebuttals is True,
            "rebuttal_preferences": rebuttal_preferences is True,
            "max_extensions": max_extensions is not None,
        },
        gradual={"base": base is not None},
    )
    if max_extensions is not None and (
        isinstance(max_extensions, bool)
        or not isinstance(max_extensions, int)
        or max_extensions < 1
    ):
        msg = f"max_extensions must be a positive integer or None, got {max_extensions!r}"
        raise EvaluationError(msg)
    resolved = {key: parse_standard(s) for key, s in (standards or {}).items()}
    default = parse_standard(default_standard)
    assumed = tuple(assume)
    translation = framework_reading(
        argument_map,
        support=mode,
        standards=resolved,
        default_standard=default,
        default_weight=weight,
        assume=assumed,
        symmetric_rebuttals=symmetric_rebuttals,
        rebuttal_preferences=rebuttal_preferences,
    )
    results: dict[str, SemanticsResult] = {}
    af: ArgumentationFramework | None = None
    bipolar = None
    for name in names:
        if name in DUNG_SEMANTICS:
            if af is None:
                af = translation.framework()
            results[name] = _extension_result(af, name, max_extensions)
        elif name == "carneades":
            graph, audience = to_carneades_graph(
                argument_map,
                standards=resolved,
                default_standard=default,
                assume=assumed,
                default_weight=weight,
            )
            labelling = evaluate_carneades(graph, audience=audience)
            results[name] = CarneadesResult(
                name,
                statuses=_carneades_statuses(argument_map, labelling),
                graph=graph,
                audience=audience,
                labelling=labelling,
            )
        else:
            if bipolar is None:
                bipolar = to_bipolar_graph(argument_map, base=base, default_weight=weight)
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
            results[name] = GradualResult(name, strengths=strengths, notes=notes)
    effective = {c.key: resolved.get(c.key, default) for c in argument_map.claims}
    return Evaluation(
        argument_map,
        translation,
        types.MappingProxyType(results),
        types.MappingProxyType(effective),
        mode,
        assumed,
        weight,
    )

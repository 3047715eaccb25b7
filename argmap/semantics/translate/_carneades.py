"""The map read as a Carneades argument graph: :func:`to_carneades_graph`.

See :mod:`argmap.semantics.translate` for the reading; this module builds it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping

import attrs

from argmap.errors import EvaluationError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind
from argmap.schemes import QuestionKind
from argmap.semantics.carneades import (
    Audience,
    CarneadesArgument,
    CarneadesGraph,
    Constant,
    Issue,
    Linked,
    Premise,
    PremiseKind,
    Preponderance,
    ProofStandard,
    Statement,
    WeighingFunction,
    parse_standard,
)
from argmap.semantics.translate._ids import (
    attacker_stands_id,
    contrary_id,
    ground_id,
    issue_id,
    met_id,
    negation_id,
    question_id,
    target_stands_id,
    undercut_id,
)

__all__ = ["to_carneades_graph"]


@attrs.frozen
class _Edge:
    """One side of a contrariety: ``source`` counts against ``dest``.

    A rebuttal (or an undermine of a premise, naming no argument) by a claim or
    evidence gives two edges, attacker against target (``forward``) and target against
    attacker; by an argument, only the forward one. ``stands`` is the statement "the
    source stands, leaving ``dest`` aside" (``None`` for an argument, whose copy applies
    exactly when it does); ``prefix`` names the grounds made from it.
    """

    objection: str
    source: str
    dest: str
    stands: str | None
    prefix: str
    forward: bool


def to_carneades_graph(
    argument_map: ArgumentMap,
    *,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str = "PE",
    assume: Iterable[str] = (),
    default_weight: float = 1.0,
) -> tuple[CarneadesGraph, Audience]:
    """Read ``argument_map`` as a Carneades argument graph and an audience.

    * Claims and evidence become statements; each map argument a Carneades argument with
      its premises, weighed by its weight (``default_weight`` when it has none; linked
      weighing when that is 1).
    * A claim nobody contests is assumed: it holds by presumption, whatever its
      arguments. A claim that is rebutted, undermined, challenged, or that rebuts
      another claim is at issue (``CLAIM#issue``, under ``standards[CLAIM]`` or else
      ``default_standard``), with the rival position ``CLAIM#not`` when something
      counts against it. It still holds by presumption while nothing that stands
      contests it; once contested, it must meet its standard.
    * Contraries are symmetric: when ``r`` rebuts ``c``, the case for ``r`` counts
      against ``c`` and the case for ``c`` against ``r``. A claim's case is its
      arguments (copied, ids ``OBJECTION/ARGUMENT``); evidence's is the evidence itself
      (``default_weight``); a rebutting argument's is that argument (id ``OBJECTION``).
      An unargued claim has no case to weigh, but contests all the same: the claim it
      contradicts must then meet its standard.
    * A contest counts only while its source stands, leaving aside the claim it is
      against (statements ``OBJECTION#attacker`` and ``OBJECTION#target``, at issue the
      same way), and the target answers back only while the objection is alive
      (``OBJECTION#contrary``: both stand): a rebuttal by a claim that is itself out
      does no harm and leaves no trace, a claim never disarms an objection by contesting
      the objector, and two contraries are never both in.
    * An undercut (or an undermine naming its argument) becomes an argument for the
      statement ``ARG#undercut``, the undercutter of the argument.
    * Evidence is given with weight ``default_weight`` (argument ``EVIDENCE#given``)
      and weighed under preponderance of the evidence when contested.
    * A challenge of a claim or evidence takes away its presumption (burden of proof on
      the proponent) while its challenger stands; a bare challenge always does. A
      challenge of an argument without a question adds the premise ``CHALLENGE#met``,
      unproven while the challenge stands.
    * Critical questions: an assumption question becomes an assumption premise
      ``ARG#CQn`` -- to be proved once raised (while a raising challenge stands), proved
      by an answer "yes" (by a claim: an argument from it; given: an assumption); an
      answer "no" proves the exception ``ARG#CQn#no``. An exception question becomes the
      exception ``ARG#CQn``, proved only by an answer "yes".

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
    default_weight:
        The weight of an argument that states none, and of evidence, in [0, 1].

    Returns
    -------
    tuple[CarneadesGraph, Audience]

    Raises
    ------
    EvaluationError
        For an unknown standard, a standard or assumption naming a key that is not a
        claim, or a weight outside [0, 1].

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> p, c, r = b.claim("p", "P."), b.claim("c", "C."), b.claim("r", "Not C.")
    >>> _ = b.argument("a", [p], c, weight=0.6)
    >>> _ = b.rebut(r, c, key="o")
    >>> graph, audience = to_carneades_graph(b.build(), default_standard="BRD")
    >>> [(i.id, i.positions, i.standard.abbreviation, i.presumption) for i in graph.issues]
    [('c#issue', ('c', 'c#not'), 'BRD', 'c'), ('r#issue', ('r', 'r#not'), 'BRD', 'r')]
    >>> [(x.id, x.conclusion, [p.statement for p in x.premises]) for x in graph.arguments]
    [('a', 'c', ['p']), ('o#back/a', 'r#not', ['p', 'o#contrary']), ('o#contrary', 'o#contrary', ['o#target', 'o#attacker'])]
    >>> [(i.id, i.unless) for i in graph.issues]  # the unargued "Not C." contests all the same
    [('c#issue', ('o#attacker',)), ('r#issue', ('o#contrary',))]
    >>> graph.assumptions
    ('p', 'o#attacker', 'o#target')
    """
    return _CarneadesReading(
        argument_map,
        standards=standards,
        default_standard=default_standard,
        assume=assume,
        default_weight=default_weight,
    ).build()


class _CarneadesReading:
    def __init__(
        self,
        argument_map: ArgumentMap,
        *,
        standards: Mapping[str, ProofStandard | str] | None,
        default_standard: ProofStandard | str,
        assume: Iterable[str],
        default_weight: float,
    ) -> None:
        if (
            isinstance(default_weight, bool)
            or not isinstance(default_weight, int | float)
            or not math.isfinite(default_weight)
            or not 0.0 <= default_weight <= 1.0
        ):
            msg = f"default_weight must be a number in [0, 1], got {default_weight!r}"
            raise EvaluationError(msg)
        self.m = argument_map
        self.pro: dict[str, list[Argument]] = {}
        for argument in argument_map.arguments:
            self.pro.setdefault(argument.conclusion, []).append(argument)
        self.resolved = {
            _claim(argument_map, key, "a proof standard"): parse_standard(s)
            for key, s in (standards or {}).items()
        }
        self.default = parse_standard(default_standard)
        self.extra = tuple(_claim(argument_map, key, "an assumption") for key in assume)
        self.default_weight = float(default_weight)
        self.statements: dict[str, Statement] = {}
        self.arguments: list[CarneadesArgument] = []
        self.issues: list[Issue] = []
        self.assumptions: list[str] = []
        self.extra_premises: dict[str, list[Premise]] = {}
        self.exceptions: dict[str, list[str]] = {}
        self.undercut: set[str] = set()
        # Per claim or evidence: whether a bare challenge questions it, and the statements
        # whose standing withdraws its presumption (challengers that stand).
        self.bare_challenged: set[str] = set()
        self.challengers: dict[str, list[tuple[str, str]]] = {}
        self.into: dict[str, list[_Edge]] = {}
        # "source stands, leaving a claim aside" statements asked for by objections:
        # (statement, source, leaving, which end, objection).
        self.apart_requests: list[tuple[str, str, str, str, str]] = []

    # -- helpers ------------------------------------------------------------------------

    def statement(self, sid: str, text: str) -> None:
        self.statements.setdefault(sid, Statement(sid, text=text))

    def weighing(self, weight: float | None) -> WeighingFunction:
        if weight is None:
            weight = self.default_weight
            if weight == 1.0:
                return Linked()
        return Constant(weight)

    def standard(self, key: str) -> ProofStandard:
        if isinstance(self.m[key], Evidence):
            return Preponderance()
        return self.resolved.get(key, self.default)

    def copy(
        self,
        argument: Argument,
        aid: str,
        conclusion: str,
        extra: Iterable[Premise] = (),
        exceptions: Iterable[str] = (),
    ) -> CarneadesArgument:
        """``argument`` as a Carneades argument ``aid`` for ``conclusion``."""
        premises = [Premise(p) for p in argument.premises]
        premises += self.extra_premises.get(argument.key, [])
        premises += list(extra)
        return CarneadesArgument(
            aid,
            conclusion,
            premises=premises,
            exceptions=[*self.exceptions.get(argument.key, []), *exceptions],
            undercutter=undercut_id(argument.key) if argument.key in self.undercut else None,
            scheme=argument.scheme,
            weighing=self.weighing(argument.weight),
        )

    def stands(self, o: Objection, leaving: str) -> str:
        """A statement that is in while the attacker of ``o`` stands, leaving the claim
        ``leaving`` (the side ``o`` objects to) aside: ``o#attacker``. For an argument,
        its copy applies exactly when it does; for a claim or evidence, its standing is
        judged without the contests that ``leaving`` raises against it, so a claim never
        disarms an objection to it by contesting the objector."""
        assert o.attacker is not None
        attacker = self.m[o.attacker]
        sid = attacker_stands_id(o.key)
        if isinstance(attacker, Argument):
            self.statement(sid, f"The attacker of {o.key!r} stands.")
            self.arguments.append(self.copy(attacker, ground_id(sid, attacker.key), sid))
        else:
            self.apart_requests.append((sid, attacker.key, leaving, "attacker", o.key))
        return sid

    def side(self, o: Objection) -> str:
        """The claim (or evidence) an objection is against: its target, or the conclusion
        of the argument it targets."""
        target = self.m[o.target]
        if isinstance(target, Argument):
            return target.conclusion
        if o.kind is ObjectionKind.UNDERMINE and o.argument is not None:
            return self.m.get(o.argument, Argument).conclusion
        return target.key

    # -- the reading --------------------------------------------------------------------

    def build(self) -> tuple[CarneadesGraph, Audience]:
        m = self.m
        for claim in m.claims:
            self.statement(claim.key, claim.text)
        for evidence in m.evidence:
            self.statement(evidence.key, evidence.text)
        # First what every copy of an argument needs (its question premises, exceptions
        # and undercutter), then the arguments, copies and issues.
        emit = [*self.questions(), *self.objections()]
        self.arguments = [self.copy(a, a.key, a.conclusion) for a in m.arguments]
        for step in emit:
            step()
        self.contraries()
        graph = CarneadesGraph(
            list(self.statements.values()),
            issues=self.issues,
            arguments=self.arguments,
            assumptions=list(dict.fromkeys(self.assumptions)),
            title=m.title,
        )
        return graph, Audience(assumptions=self.extra)

    def questions(self) -> list[Callable[[], None]]:
        """Critical questions: assumption premises and exceptions of their arguments."""
        m = self.m
        later: list[Callable[[], None]] = []
        for argument in m.arguments:
            for state in m.questions_of(argument.key):
                q = state.question
                sid = question_id(argument.key, q.key)
                self.statement(sid, q.text)
                answer = state.answer
                yes = answer is not None and answer.answer
                if q.kind is QuestionKind.EXCEPTION:
                    self.exceptions.setdefault(argument.key, []).append(sid)
                    if yes and answer is not None:
                        later.append(functools.partial(self.prove, sid, answer.by))
                    continue
                role = q.label.replace(" ", "_")
                raisers = [m.get(key, Objection) for key in state.challenges]
                if raisers and not (yes and answer is not None and answer.by is None):
                    # Raised: the proponent must now prove it, while a raiser stands.
                    self.extra_premises.setdefault(argument.key, []).append(Premise(sid, role=role))
                    later.append(functools.partial(self.contest, sid, raisers))
                else:
                    self.extra_premises.setdefault(argument.key, []).append(
                        Premise(sid, role=role, kind=PremiseKind.ASSUMPTION)
                    )
                if answer is None:
                    continue
                if answer.answer:
                    later.append(functools.partial(self.prove, sid, answer.by))
                else:
                    no = f"{sid}#no"
                    self.statement(no, f"No: {q.text}")
                    self.exceptions.setdefault(argument.key, []).append(no)
                    later.append(functools.partial(self.prove, no, answer.by, f"{no}#by"))
        return later

    def prove(self, sid: str, by: str | None, aid: str | None = None) -> None:
        """``sid`` answered: as given, or by the claim or evidence ``by``."""
        if by is None:
            self.assumptions.append(sid)
        else:
            self.arguments.append(CarneadesArgument(aid or f"{sid}#yes", sid, premises=[by]))

    def contest(self, sid: str, challenges: list[Objection]) -> None:
        """A statement that holds by presumption until one of ``challenges`` stands."""
        if any(o.attacker is None for o in challenges):
            self.issues.append(Issue(issue_id(sid), [sid], standard=self.default))
            return
        unless = list(dict.fromkeys(self.stands(o, self.side(o)) for o in challenges))
        self.issues.append(
            Issue(issue_id(sid), [sid], standard=self.default, presumption=sid, unless=unless)
        )

    def objections(self) -> list[Callable[[], None]]:
        m = self.m
        later: list[Callable[[], None]] = []
        for o in m.objections:
            if o.kind is ObjectionKind.UNDERCUT or (
                o.kind is ObjectionKind.UNDERMINE and o.argument is not None
            ):
                target = o.target if o.kind is ObjectionKind.UNDERCUT else o.argument
                assert target is not None
                self.undercut.add(target)
                later.append(functools.partial(self.undercutter, o, target))
            elif o.kind in (ObjectionKind.REBUT, ObjectionKind.UNDERMINE):
                assert o.attacker is not None
                attacker = m[o.attacker]
                if isinstance(attacker, Argument):
                    self.edge(_Edge(o.key, attacker.key, o.target, None, o.key, True))
                    continue
                self.edge(
                    _Edge(o.key, attacker.key, o.target, attacker_stands_id(o.key), o.key, True)
                )
                if isinstance(attacker, Claim):
                    # Contrary claims: the target's case counts against the attacker too.
                    self.edge(
                        _Edge(
                            o.key,
                            o.target,
                            attacker.key,
                            contrary_id(o.key),
                            f"{o.key}#back",
                            False,
                        )
                    )
            elif o.question is None:
                questioned = m[o.target]
                if isinstance(questioned, Argument):
                    met = met_id(o.key)
                    self.statement(met, f"The challenge {o.key!r} is met.")
                    self.extra_premises.setdefault(questioned.key, []).append(Premise(met))
                    if o.attacker is not None:
                        later.append(functools.partial(self.contest, met, [o]))
                elif o.attacker is None:
                    self.bare_challenged.add(o.target)
                else:
                    later.append(functools.partial(self.challenger, o))
        return later

    def undercutter(self, o: Objection, target: str) -> None:
        assert o.attacker is not None
        cut = undercut_id(target)
        self.statement(cut, f"The inference of {target!r} does not hold.")
        attacker = self.m[o.attacker]
        if isinstance(attacker, Argument):
            self.arguments.append(self.copy(attacker, o.key, cut))
        else:
            stands = self.stands(o, self.side(o))
            self.arguments.append(CarneadesArgument(o.key, cut, premises=[stands]))

    def challenger(self, o: Objection) -> None:
        assert o.attacker is not None
        self.challengers.setdefault(o.target, []).append((o.attacker, self.stands(o, o.target)))

    def edge(self, edge: _Edge) -> None:
        self.into.setdefault(edge.dest, []).append(edge)

    def contested(self, key: str, leaving: str | None = None) -> bool:
        return (
            key in self.bare_challenged
            or any(who != leaving for who, _ in self.challengers.get(key, ()))
            or any(e.source != leaving for e in self.into.get(key, ()))
        )

    def presumption(self, key: str, leaving: str | None) -> tuple[bool, list[str]]:
        """Whether ``key`` is presumed, and what withdraws the presumption: a challenger
        or a contrary that stands (leaving the source ``leaving`` aside)."""
        if key in self.bare_challenged:
            return False, []
        unless = [sid for who, sid in self.challengers.get(key, ()) if who != leaving]
        unless += [e.stands for e in self.into.get(key, ()) if e.source != leaving and e.stands]
        return True, list(dict.fromkeys(unless))

    def case(self, key: str, conclusion: str, prefix: str, extra: list[Premise]) -> None:
        """The case for claim or evidence ``key`` as arguments for ``conclusion``."""
        element = self.m[key]
        if isinstance(element, Evidence):
            # Evidence is given: a bare challenge leaves it without proof, a standing
            # challenger blocks it.
            if key not in self.bare_challenged:
                self.arguments.append(
                    CarneadesArgument(
                        ground_id(prefix, f"{key}#given") if prefix else f"{key}#given",
                        conclusion,
                        premises=extra,
                        exceptions=list(
                            dict.fromkeys(sid for _, sid in self.challengers.get(key, []))
                        ),
                        weighing=self.weighing(None),
                    )
                )
            return
        for argument in self.pro.get(key, ()):
            self.arguments.append(
                self.copy(argument, ground_id(prefix, argument.key), conclusion, extra)
            )

    def grounds(self, edge: _Edge, conclusion: str, prefix: str) -> None:
        """The case of ``edge.source`` against ``edge.dest``, as arguments for
        ``conclusion`` (a rival position of the destination): a rebutting argument's
        copy, a claim's arguments (copied), evidence at the default weight. An unargued
        claim has no case to weigh: it only contests (see :meth:`presumption`)."""
        source = self.m[edge.source]
        if isinstance(source, Argument):
            self.arguments.append(self.copy(source, prefix, conclusion))
            return
        extra = [Premise(edge.stands)] if edge.stands is not None else []
        if isinstance(source, Evidence):
            self.arguments.append(
                CarneadesArgument(prefix, conclusion, premises=extra, weighing=self.weighing(None))
            )
            return
        self.case(source.key, conclusion, prefix, extra)

    def contraries(self) -> None:
        m = self.m
        keys = [c.key for c in m.claims] + [e.key for e in m.evidence]
        for key in keys:
            if not self.contested(key):
                self.assumptions.append(key)
                continue
            edges = self.into.get(key, [])
            positions = [key]
            if edges:
                positions.append(negation_id(key))
                self.statement(negation_id(key), f"Not: {self.statements[key].display}")
            presumed, unless = self.presumption(key, None)
            self.issues.append(
                Issue(
                    issue_id(key),
                    positions,
                    standard=self.standard(key),
                    presumption=key if presumed else None,
                    unless=unless if presumed else (),
                )
            )
            if isinstance(m[key], Evidence):
                self.case(key, key, "", [])
            for edge in edges:
                self.grounds(edge, negation_id(key), edge.prefix)
        # "The source stands, leaving the destination aside", for every contrariety and
        # every objection by a claim or evidence.
        for key in keys:
            for edge in self.into.get(key, []):
                if edge.stands is None:
                    continue
                if edge.forward:
                    self.apart(edge.stands, edge.source, edge.dest, "attacker", edge.objection)
                    continue
                # The target answers back only while the objection is alive: both must
                # stand, each leaving the other aside. A dead objection thus leaves no
                # trace, not even through the answer it drew.
                o = edge.objection
                self.apart(target_stands_id(o), edge.source, edge.dest, "target", o)
                self.apart(attacker_stands_id(o), edge.dest, edge.source, "attacker", o)
                self.statement(
                    edge.stands, f"The target of {o!r} answers its attacker, both standing."
                )
                self.arguments.append(
                    CarneadesArgument(
                        edge.stands,
                        edge.stands,
                        premises=[target_stands_id(o), attacker_stands_id(o)],
                    )
                )
        for request in self.apart_requests:
            self.apart(*request)

    def apart(self, sid: str, source: str, leaving: str, what: str, objection: str) -> None:
        if sid in self.statements:
            return
        self.statement(sid, f"The {what} of {objection!r} stands, leaving {leaving!r} aside.")
        if not self.contested(source, leaving=leaving):
            self.assumptions.append(sid)
            return
        others = [e for e in self.into.get(source, []) if e.source != leaving]
        positions = [sid]
        if others:
            positions.append(negation_id(sid))
            self.statement(negation_id(sid), f"Not: {self.statements[sid].display}")
        presumed, unless = self.presumption(source, leaving)
        self.issues.append(
            Issue(
                issue_id(sid),
                positions,
                standard=self.standard(source),
                presumption=sid if presumed else None,
                unless=unless if presumed else (),
            )
        )
        self.case(source, sid, sid, [])
        for other in others:
            self.grounds(other, negation_id(sid), ground_id(sid, other.prefix))


def _claim(argument_map: ArgumentMap, key: str, what: str) -> str:
    if key not in argument_map or not isinstance(argument_map[key], Claim):
        msg = f"{what} names {key!r}, which is not a claim of map {argument_map.title!r}"
        raise EvaluationError(msg)
    return key

"""The map read as a Carneades argument graph: :func:`to_carneades_graph`.

See :mod:`argmap.semantics.translate` for the reading; this module builds it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

import attrs

from argmap._validate import unit
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
    ground_id,
    issue_id,
    met_id,
    negation_id,
    question_id,
    undercut_id,
)

__all__ = ["is_contrary", "to_carneades_graph", "unanswered"]


@attrs.frozen
class _Contest:
    """A rebuttal (or an undermine of a premise, naming no argument): ``source`` counts
    against ``dest``.

    By an argument, its weight counts while it applies. By a claim or evidence, it counts
    while the source is in: ``weighed`` when the contrariety is mutual (``dest`` rebuts
    ``source`` too), so each side's case is weighed against the other's; otherwise it is
    strict (weight 1): an unanswered rebuttal that stands wins.
    """

    objection: str
    source: str
    dest: str
    weighed: bool


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
      arguments. A claim that is rebutted, undermined or challenged is at issue
      (``CLAIM#issue``, under ``standards[CLAIM]`` or else ``default_standard``), with
      the rival position ``CLAIM#not`` when something counts against it. It still holds
      by presumption while nothing that stands contests it; once contested, it must
      meet its standard.
    * A rebuttal (or an undermine of a premise, naming no argument) counts against its
      target only while its attacker stands: a rebutting argument while it applies
      (its copy, id ``OBJECTION``, at its weight), a claim or evidence while it is in (a
      rebuttal by a claim that is itself out does no harm).
    * Contrary claims are weighed when they rebut each other: the case for each (its
      arguments, copied with ids ``OBJECTION/ARGUMENT``; evidence at ``default_weight``)
      counts against the other. A rebuttal the target does not answer is strict: while
      its claim (or evidence) stands it counts with weight 1, so the target is out, as
      in the framework reading. An unargued claim has no case to weigh, but contests all
      the same: the claim it contradicts must then meet its standard. Either way two
      contraries are never both in, and a claim gains nothing by being rebutted.
    * An undercut (or an undermine naming its argument) becomes an argument for the
      statement ``ARG#undercut``, the undercutter of the argument.
    * Evidence is given with weight ``default_weight`` (argument ``EVIDENCE#given``)
      and weighed under preponderance of the evidence when contested.
    * A challenge of a claim or evidence takes away its presumption (burden of proof on
      the proponent) while its challenger stands; a bare challenge always does. A
      challenge of an argument without a question adds the premise ``CHALLENGE#met``,
      unproven while the challenge stands. A challenger (or an undercutter) that is an
      argument stands while its copy ``OBJECTION#attacker`` applies; a claim or
      evidence while it is in.
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
    [('c#issue', ('c', 'c#not'), 'BRD', 'c')]
    >>> [(x.id, x.conclusion, [p.statement for p in x.premises]) for x in graph.arguments]
    [('a', 'c', ['p']), ('o', 'c#not', ['r'])]
    >>> graph.issues[0].unless, graph.assumptions  # "Not C." stands unanswered: it wins
    (('r',), ('p', 'r'))

    Answered, the rebuttal is weighed both ways; the unargued "Not C." then contests
    without weight, and the argued claim prevails:

    >>> _ = b.rebut(c, r, key="back")
    >>> graph, audience = to_carneades_graph(b.build())
    >>> [(x.id, x.conclusion, [p.statement for p in x.premises]) for x in graph.arguments]
    [('a', 'c', ['p']), ('back/a', 'r#not', ['p', 'c'])]
    >>> from argmap.semantics.carneades import evaluate_carneades
    >>> result = evaluate_carneades(graph, audience=audience)
    >>> result.labels["c"].value, result.labels["r"].value
    ('in', 'out')
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
        unit(default_weight, field="default_weight", what="default_weight", error=EvaluationError)
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
        self.challengers: dict[str, list[str]] = {}
        self.into: dict[str, list[_Contest]] = {}

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

    def stands(self, o: Objection) -> str:
        """A statement that is in while the attacker of ``o`` stands: the claim or
        evidence itself, or for an argument ``o#attacker``, which its copy proves
        exactly when it applies."""
        assert o.attacker is not None
        attacker = self.m[o.attacker]
        if not isinstance(attacker, Argument):
            return attacker.key
        sid = attacker_stands_id(o.key)
        self.statement(sid, f"The attacker of {o.key!r} stands.")
        self.arguments.append(self.copy(attacker, ground_id(sid, attacker.key), sid))
        return sid

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
        unless = list(dict.fromkeys(self.stands(o) for o in challenges))
        self.issues.append(
            Issue(issue_id(sid), [sid], standard=self.default, presumption=sid, unless=unless)
        )

    def objections(self) -> list[Callable[[], None]]:
        m = self.m
        later: list[Callable[[], None]] = []
        # Pairs (attacker, target) of claims or evidence that contradict one another.
        mutual = {
            (o.attacker, o.target)
            for o in m.objections
            if is_contrary(o) and o.attacker is not None and not isinstance(m[o.attacker], Argument)
        }
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
                weighed = not isinstance(attacker, Argument) and (o.target, o.attacker) in mutual
                self.into.setdefault(o.target, []).append(
                    _Contest(o.key, attacker.key, o.target, weighed)
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
            self.arguments.append(CarneadesArgument(o.key, cut, premises=[self.stands(o)]))

    def challenger(self, o: Objection) -> None:
        assert o.attacker is not None
        self.challengers.setdefault(o.target, []).append(self.stands(o))

    def contested(self, key: str) -> bool:
        return key in self.bare_challenged or key in self.challengers or key in self.into

    def presumption(self, key: str) -> tuple[bool, list[str]]:
        """Whether ``key`` is presumed, and what withdraws the presumption: a challenger
        or a contrary claim or evidence that stands (a rebutting argument contests by
        its weight alone)."""
        if key in self.bare_challenged:
            return False, []
        unless = list(self.challengers.get(key, ()))
        unless += [
            c.source for c in self.into.get(key, ()) if not isinstance(self.m[c.source], Argument)
        ]
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
                        exceptions=list(dict.fromkeys(self.challengers.get(key, []))),
                        weighing=self.weighing(None),
                    )
                )
            return
        for argument in self.pro.get(key, ()):
            self.arguments.append(
                self.copy(argument, ground_id(prefix, argument.key), conclusion, extra)
            )

    def grounds(self, contest: _Contest, conclusion: str) -> None:
        """What ``contest`` puts against its target, as arguments for ``conclusion``
        (the target's rival position): a rebutting argument's copy; for a claim or
        evidence that stands, its case (weighed) or weight 1 (strict). An unargued claim
        has no case to weigh: it only contests (see :meth:`presumption`)."""
        source = self.m[contest.source]
        prefix = contest.objection
        if isinstance(source, Argument):
            self.arguments.append(self.copy(source, prefix, conclusion))
            return
        stands = [Premise(source.key)]
        if not contest.weighed:
            self.arguments.append(
                CarneadesArgument(prefix, conclusion, premises=stands, weighing=Constant(1.0))
            )
        elif isinstance(source, Evidence):
            self.arguments.append(
                CarneadesArgument(prefix, conclusion, premises=stands, weighing=self.weighing(None))
            )
        else:
            self.case(source.key, conclusion, prefix, stands)

    def contraries(self) -> None:
        m = self.m
        for key in [c.key for c in m.claims] + [e.key for e in m.evidence]:
            if not self.contested(key):
                self.assumptions.append(key)
                continue
            contests = self.into.get(key, [])
            positions = [key]
            if contests:
                positions.append(negation_id(key))
                self.statement(negation_id(key), f"Not: {self.statements[key].display}")
            presumed, unless = self.presumption(key)
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
            for contest in contests:
                self.grounds(contest, negation_id(key))


def is_contrary(o: Objection) -> bool:
    """Whether ``o`` says its attacker and its target contradict each other: a rebuttal,
    or an undermine of a premise naming no argument."""
    return o.kind is ObjectionKind.REBUT or (
        o.kind is ObjectionKind.UNDERMINE and o.argument is None
    )


def unanswered(argument_map: ArgumentMap, o: Objection) -> bool:
    """Whether ``o`` is a contrary objection (:func:`is_contrary`) by a claim or evidence
    that its target does not rebut back: the Carneades reading counts it with weight 1
    while its attacker stands.

    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> c, r = b.claim("c", "C."), b.claim("r", "R.")
    >>> o = b.rebut(r, c)
    >>> unanswered(b.build(), o)
    True
    >>> _ = b.rebut(c, r)
    >>> unanswered(b.build(), o)
    False
    """
    if not is_contrary(o) or o.attacker is None:
        return False
    if isinstance(argument_map[o.attacker], Argument):
        return False
    return not any(
        is_contrary(back) and back.attacker == o.target
        for back in argument_map.objections_to(o.attacker)
    )


def _claim(argument_map: ArgumentMap, key: str, what: str) -> str:
    if key not in argument_map or not isinstance(argument_map[key], Claim):
        msg = f"{what} names {key!r}, which is not a claim of map {argument_map.title!r}"
        raise EvaluationError(msg)
    return key

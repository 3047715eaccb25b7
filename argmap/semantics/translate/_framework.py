"""The map read as an abstract argumentation framework: :func:`translate`.

See :mod:`argmap.semantics.translate` for the reading; this module builds it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

import attrs

from argmap._validate import unit
from argmap.errors import EvaluationError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind
from argmap.schemes import QuestionKind, QuestionStatus
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.translate._ids import answer_id, meets_id, unsupported_id

__all__ = [
    "AttackKind",
    "FrameworkAttack",
    "FrameworkNode",
    "NodeKind",
    "Standard",
    "SupportMode",
    "Translation",
    "case_weight",
    "framework_from_map",
    "rebuttal_weight",
    "rebuttal_weights",
    "support_mode",
    "translate",
]


class SupportMode(enum.StrEnum):
    """How an argument supports its conclusion (see :mod:`argmap.semantics.translate`)."""

    PRESUMPTIVE = "presumptive"
    DEDUCTIVE = "deductive"
    NECESSARY = "necessary"
    EVIDENTIAL = "evidential"


class NodeKind(enum.StrEnum):
    """What a framework node stands for."""

    CLAIM = "claim"
    EVIDENCE = "evidence"
    ARGUMENT = "argument"
    OBJECTION = "objection"
    UNSUPPORTED = "unsupported"
    """Auxiliary: "this claim lacks the support it needs"."""
    ANSWER = "answer"
    """Auxiliary: an unfavourable answer to a critical question, given without a claim."""
    MEETS = "meets"
    """Auxiliary: "this argument meets its conclusion's proof standard against the
    rebuttals still standing"."""


class AttackKind(enum.StrEnum):
    """Why one node attacks another."""

    REBUT = "rebut"
    REBUT_BACK = "rebut-back"
    """A rebutted claim contradicting what rebuts it (``symmetric_rebuttals=True``)."""
    STRONGER = "stronger"
    """An argument for a rebutted claim weighing strictly more than the rebutting case,
    defeating the rebuttal of two contradictories (``rebuttal_preferences=True``)."""
    UNDERMINE = "undermine"
    UNDERCUT = "undercut"
    CHALLENGE = "challenge"
    QUESTION = "question"
    """An unfavourable answer to a critical question undercutting the argument."""
    MEETS_BURDEN = "meets-burden"
    """An argument (or a favourable answer) discharging a burden of proof."""
    OUTWEIGHS = "outweighs"
    """A rebuttal too heavy for an argument to meet its conclusion's proof standard."""
    UNSUPPORTED = "unsupported"
    """A claim's missing support counting against it."""
    SUPPORTED = "supported"
    MEDIATED = "mediated"
    SECONDARY = "secondary"
    EXTENDED = "extended"

    @property
    def derived(self) -> bool:
        """Whether the attack is derived from a chain of supports."""
        return self in (
            AttackKind.SUPPORTED,
            AttackKind.MEDIATED,
            AttackKind.SECONDARY,
            AttackKind.EXTENDED,
        )


class Standard(Protocol):
    """Anything with ``is_met(pro, con)``: the proof standards of
    :mod:`argmap.semantics.carneades` qualify."""

    def is_met(self, pro: float, con: float) -> bool:
        """Whether best pro weight ``pro`` meets the standard against best con ``con``."""
        ...  # pragma: no cover


@attrs.frozen
class FrameworkNode:
    """A node of the translated framework.

    ``key`` is the map element it stands for (for auxiliary nodes, the claim or argument
    they concern); ``question`` the critical question of an ``ANSWER`` node.
    """

    id: str
    kind: NodeKind
    key: str
    question: str | None = None


@attrs.frozen
class FrameworkAttack:
    """An attack of the translated framework, with its reason.

    ``via`` gives, for a derived attack, the ends of the chain of supports it travels
    along: the node committed and the node it commits to (both chains' ends when the
    attack is derived at both ends); ``objection`` names the map objection behind a
    direct attack, if any.
    """

    source: str
    target: str
    kind: AttackKind
    via: tuple[str, ...] = ()
    objection: str | None = None


@attrs.frozen
class Translation:
    """A map read as an abstract argumentation framework.

    Attributes
    ----------
    nodes:
        Every node, map elements first (claims, evidence, arguments, objections, in map
        order) then auxiliary nodes.
    attacks:
        Every attack, direct ones first; each (source, target) pair once.
    supports:
        ``(supporter, supported, "necessary" | "deductive")`` triples used for derived
        attacks.
    mode:
        The support mode.
    symmetric_rebuttals:
        Whether a rebutted claim attacks what rebuts it.
    rebuttal_preferences:
        Whether rebuttals between contradictories succeed only when the rebutting case
        is not strictly weaker (:func:`translate`).
    """

    nodes: tuple[FrameworkNode, ...]
    attacks: tuple[FrameworkAttack, ...]
    supports: tuple[tuple[str, str, str], ...]
    mode: SupportMode
    symmetric_rebuttals: bool = False
    rebuttal_preferences: bool = False
    _by_id: dict[str, FrameworkNode] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_by_id"
    )
    _on: dict[str, tuple[FrameworkAttack, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_on"
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {n.id: n for n in self.nodes})
        on: dict[str, list[FrameworkAttack]] = {}
        for attack in self.attacks:
            on.setdefault(attack.target, []).append(attack)
        object.__setattr__(self, "_on", {k: tuple(v) for k, v in on.items()})

    @property
    def arguments(self) -> tuple[str, ...]:
        """The node ids, in order."""
        return tuple(n.id for n in self.nodes)

    @property
    def attack_pairs(self) -> tuple[tuple[str, str], ...]:
        """The attacks as ``(source, target)`` pairs, in order."""
        return tuple((a.source, a.target) for a in self.attacks)

    def node(self, node_id: str) -> FrameworkNode:
        """The node called ``node_id``.

        Raises
        ------
        EvaluationError
            If there is no such node.
        """
        try:
            return self._by_id[node_id]
        except KeyError:
            msg = f"the translation has no node {node_id!r}"
            raise EvaluationError(msg) from None

    def framework(self) -> ArgumentationFramework:
        """The abstract argumentation framework: the nodes and the attacks, in order.

        Examples
        --------
        >>> from argmap import MapBuilder
        >>> b = MapBuilder("m")
        >>> c, r = b.claim("c", "C."), b.claim("r", "R.")
        >>> _ = b.rebut(r, c, key="o")
        >>> translate(b.build()).framework().attacks
        (('o', 'c'),)
        >>> translate(b.build(), symmetric_rebuttals=True).framework().attacks
        (('o', 'c'), ('c', 'r'), ('c', 'o'))
        """
        return ArgumentationFramework(self.arguments, self.attack_pairs)

    def attacks_on(self, node_id: str) -> tuple[FrameworkAttack, ...]:
        """The attacks whose target is ``node_id``, in order."""
        return self._on.get(node_id, ())


def support_mode(value: SupportMode | str) -> SupportMode:
    """Parse a support mode name.

    Raises
    ------
    EvaluationError
        If ``value`` is not one of :class:`SupportMode`'s values.

    Examples
    --------
    >>> support_mode("deductive")
    <SupportMode.DEDUCTIVE: 'deductive'>
    >>> support_mode("strict")
    Traceback (most recent call last):
    ...
    argmap.errors.EvaluationError: support mode 'strict' is not known: expected one of 'presumptive', 'deductive', 'necessary', 'evidential'
    """
    try:
        return SupportMode(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in SupportMode)
        msg = f"support mode {value!r} is not known: expected one of {known}"
        raise EvaluationError(msg) from None


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, FrameworkNode] = {}
        self.attacks: dict[tuple[str, str], FrameworkAttack] = {}
        # implies[u] = [(v, kind)]: accepting u commits to accepting v.
        self.implies: dict[str, list[tuple[str, str]]] = {}
        self.supports: list[tuple[str, str, str]] = []

    def node(self, node: FrameworkNode) -> None:
        self.nodes.setdefault(node.id, node)

    def attack(self, attack: FrameworkAttack) -> None:
        # The first reason recorded for a pair wins: direct attacks are added first.
        self.attacks.setdefault((attack.source, attack.target), attack)

    def necessary(self, supporter: str, supported: str) -> None:
        self.supports.append((supporter, supported, "necessary"))
        self.implies.setdefault(supported, []).append((supporter, "necessary"))

    def deductive(self, supporter: str, supported: str) -> None:
        self.supports.append((supporter, supported, "deductive"))
        self.implies.setdefault(supporter, []).append((supported, "deductive"))


class _Index:
    """The arguments for and the objections to each key, found once per translation
    (the map's own look-ups scan it whole)."""

    def __init__(self, argument_map: ArgumentMap) -> None:
        self.pro: dict[str, list[Argument]] = {}
        self.against: dict[str, list[Objection]] = {}
        for a in argument_map.arguments:
            self.pro.setdefault(a.conclusion, []).append(a)
        for o in argument_map.objections:
            self.against.setdefault(o.target, []).append(o)

    def arguments_for(self, key: str) -> list[Argument]:
        return self.pro.get(key, [])

    def objections_to(self, key: str) -> list[Objection]:
        return self.against.get(key, [])


def _weight(argument: Argument, default: float) -> float:
    return default if argument.weight is None else argument.weight


def rebuttal_weights(
    argument_map: ArgumentMap, claim: str, default_weight: float = 1.0
) -> dict[str, float]:
    """The weight of each rebuttal of ``claim``, by objection key: the weight of a
    rebutting argument, ``default_weight`` for a rebuttal by a claim or evidence.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> c, r, p = b.claim("c", "C."), b.claim("r", "R."), b.claim("p", "P.")
    >>> _ = b.rebut(r, c, key="bare")
    >>> _ = b.rebut(b.argument("a", [p], r, weight=0.3), c, key="argued")
    >>> rebuttal_weights(b.build(), "c", 0.8)
    {'bare': 0.8, 'argued': 0.3}
    """
    return _rebuttal_weights(argument_map, argument_map.objections_to(claim), default_weight)


def _rebuttal_weights(
    argument_map: ArgumentMap, objections: Iterable[Objection], default_weight: float
) -> dict[str, float]:
    weights: dict[str, float] = {}
    for o in objections:
        if o.kind is ObjectionKind.REBUT and o.attacker is not None:
            attacker = argument_map[o.attacker]
            if isinstance(attacker, Argument):
                weights[o.key] = _weight(attacker, default_weight)
            else:
                weights[o.key] = default_weight
    return weights


def rebuttal_weight(argument_map: ArgumentMap, claim: str, default_weight: float = 1.0) -> float:
    """The best weight among the rebuttals of ``claim`` (0 when there is none).

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> c, r = b.claim("c", "C."), b.claim("r", "R.")
    >>> rebuttal_weight(b.build(), "c")
    0.0
    >>> _ = b.rebut(r, c)
    >>> rebuttal_weight(b.build(), "c", 0.4)
    0.4
    """
    return max(rebuttal_weights(argument_map, claim, default_weight).values(), default=0.0)


def case_weight(argument_map: ArgumentMap, key: str, default_weight: float = 1.0) -> float:
    """How much the case for element ``key`` weighs when two contradictories are compared
    (``rebuttal_preferences=True`` in :func:`translate`).

    An argument weighs its weight; evidence ``default_weight`` (it is given, as in the
    Carneades reading); a claim what its strongest argument weighs -- the last link of
    the best argument for it, as in ASPIC+ -- and 0 when nothing argues for it: an
    unargued claim has no case to weigh (the Carneades reading of a mutual rebuttal
    counts it the same way). An argument that states no weight weighs
    ``default_weight``. The weights are the map's, whatever the status of the
    arguments: a defeated argument still counts in its claim's case, though it no
    longer defeats the rebuttals it outweighs (see :func:`translate`).

    Parameters
    ----------
    argument_map:
        The map.
    key:
        A claim, evidence or argument of the map.
    default_weight:
        The weight of an argument that states none, and of evidence.

    Returns
    -------
    float
        A weight in [0, 1].

    Raises
    ------
    EvaluationError
        If ``key`` is not a claim, evidence or argument of the map.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> c, p = b.claim("c", "C."), b.claim("p", "P.")
    >>> case_weight(b.build(), "c")
    0.0
    >>> _ = b.argument("weak", [p], c, weight=0.3)
    >>> _ = b.argument("plain", [p], c)
    >>> case_weight(b.build(), "c"), case_weight(b.build(), "c", 0.2)
    (1.0, 0.3)

    References
    ----------
    Modgil, S. & Prakken, H. (2013). A general account of argumentation with
    preferences. *Artificial Intelligence* 195, 361-397. doi:10.1016/j.artint.2012.10.008
    """
    if key not in argument_map or not isinstance(argument_map[key], Claim | Evidence | Argument):
        msg = f"case_weight needs a claim, evidence or argument of map {argument_map.title!r}, "
        msg += f"got {key!r}"
        raise EvaluationError(msg)
    return _case_weight(argument_map, _Index(argument_map), key, default_weight)


def _case_weight(argument_map: ArgumentMap, index: _Index, key: str, default: float) -> float:
    element = argument_map[key]
    if isinstance(element, Argument):
        return _weight(element, default)
    if isinstance(element, Evidence):
        return default
    return max((_weight(a, default) for a in index.arguments_for(key)), default=0.0)


def translate(
    argument_map: ArgumentMap,
    *,
    support: SupportMode | str = SupportMode.PRESUMPTIVE,
    standards: Mapping[str, Standard] | None = None,
    default_standard: Standard | None = None,
    default_weight: float = 1.0,
    assume: Iterable[str] = (),
    symmetric_rebuttals: bool = False,
    rebuttal_preferences: bool = False,
) -> Translation:
    """Read ``argument_map`` as an abstract argumentation framework.

    Parameters
    ----------
    argument_map:
        The map.
    support:
        The support mode: ``"presumptive"`` (default), ``"deductive"``, ``"necessary"``
        or ``"evidential"`` (see :mod:`argmap.semantics.translate`).
    standards:
        Proof standard per claim key, for claims that carry a burden of proof
        (challenged claims; every claim in the evidential reading).
    default_standard:
        The standard for claims not in ``standards``; ``None`` means any argument will
        do (scintilla of evidence).
    default_weight:
        The weight of an argument that states none, and of a rebuttal by a claim or
        evidence, when standards compare weights.
    assume:
        Claim keys taken as prima facie in the evidential reading.
    symmetric_rebuttals:
        Whether a rebutted claim attacks what rebuts it (the rebutting claim, evidence
        or argument) in turn. Off by default: see the principles in
        :doc:`/evaluating` for what the symmetric reading gives up.
    rebuttal_preferences:
        Whether a rebuttal between *contradictories* -- claims that rebut each other in
        the map, or every rebuttal when ``symmetric_rebuttals`` is set -- succeeds only
        when the rebutting case is not strictly weaker than the case for its target,
        the ASPIC+ reading of rebuttal with preferences (Modgil & Prakken 2013). Each
        side weighs its :func:`case_weight` (its strongest argument; nothing for an
        unargued claim). Every argument for the target that weighs strictly more than
        the rebutting case attacks the rebuttal (kind ``stronger``) instead of being
        attacked by it; the rebuttal still attacks the target and its other arguments,
        so it fails exactly while such a stronger argument stands. Of two contradictory
        claims, the stronger case therefore defeats the weaker, and equal cases leave
        the conflict as it is. A rebuttal that its target does not answer (a contrary,
        not a contradictory) succeeds whatever the weights, as in ASPIC+; a rebut-back
        of the symmetric reading, which is no node and cannot be attacked, is left out
        when the rebutting case weighs strictly more. Off by default: see the
        principles in :doc:`/evaluating` for what the reading gives up.

    Returns
    -------
    Translation

    Raises
    ------
    EvaluationError
        For an unknown support mode, a standard or assumption naming a key that is not a
        claim, or a weight outside [0, 1].

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("m")
    >>> p, c, r = b.claim("p", "P."), b.claim("c", "C."), b.claim("r", "Not C.")
    >>> _ = b.argument("a", [p], c)
    >>> _ = b.rebut(r, c, key="o")
    >>> t = translate(b.build())
    >>> [(a.source, a.target, a.kind.value) for a in t.attacks]
    [('o', 'c', 'rebut'), ('o', 'a', 'mediated')]
    >>> t = translate(b.build(), support="deductive", symmetric_rebuttals=True)
    >>> [(a.source, a.target, a.kind.value) for a in t.attacks]
    [('o', 'c', 'rebut'), ('c', 'r', 'rebut-back'), ('o', 'a', 'mediated'), ('c', 'o', 'secondary'), ('a', 'r', 'supported'), ('a', 'o', 'secondary')]

    With preferences, of two claims that rebut each other the stronger case defeats the
    weaker: the argument for ``c`` (weight 1) outweighs the unargued ``r``:

    >>> _ = b.rebut(c, r, key="back")
    >>> t = translate(b.build(), rebuttal_preferences=True)
    >>> [(a.source, a.target, a.kind.value) for a in t.attacks]
    [('o', 'c', 'rebut'), ('a', 'o', 'stronger'), ('back', 'r', 'rebut'), ('o', 'back', 'secondary'), ('back', 'o', 'secondary')]

    References
    ----------
    See the module documentation, and

    Modgil, S. & Prakken, H. (2013). A general account of argumentation with
    preferences. *Artificial Intelligence* 195, 361-397. doi:10.1016/j.artint.2012.10.008

    Dung, P. M. (1995). On the acceptability of arguments and its fundamental role in
    nonmonotonic reasoning, logic programming and n-person games. *Artificial
    Intelligence* 77(2), 321-357. doi:10.1016/0004-3702(94)00041-X
    """
    mode = support_mode(support)
    standards = dict(standards or {})
    unit(default_weight, field="default_weight", what="default_weight", error=EvaluationError)
    for key in standards:
        _claim_key(argument_map, key, "a proof standard")
    prima_facie = set()
    for key in assume:
        prima_facie.add(_claim_key(argument_map, key, "an assumption"))

    b = _Builder()
    for claim in argument_map.claims:
        b.node(FrameworkNode(claim.key, NodeKind.CLAIM, claim.key))
    for evidence in argument_map.evidence:
        b.node(FrameworkNode(evidence.key, NodeKind.EVIDENCE, evidence.key))
    for argument in argument_map.arguments:
        b.node(FrameworkNode(argument.key, NodeKind.ARGUMENT, argument.key))
    for objection in argument_map.objections:
        b.node(FrameworkNode(objection.key, NodeKind.OBJECTION, objection.key))

    index = _Index(argument_map)
    burden = _BurdenNodes(argument_map, index, b, standards, default_standard, default_weight)
    rebuttals = {
        (o.attacker, o.target) for o in argument_map.objections if o.kind is ObjectionKind.REBUT
    }

    def case(key: str) -> float:
        return _case_weight(argument_map, index, key, default_weight)

    # Direct attacks, objection by objection.
    for o in argument_map.objections:
        if o.attacker is not None:
            b.necessary(o.attacker, o.key)
        if o.kind is ObjectionKind.REBUT:
            assert o.attacker is not None
            b.attack(FrameworkAttack(o.key, o.target, AttackKind.REBUT, objection=o.key))
            stronger: set[str] = set()
            if rebuttal_preferences and (
                symmetric_rebuttals or (o.target, o.attacker) in rebuttals
            ):
                rebutting = case(o.attacker)
                for a in index.arguments_for(o.target):
                    if _weight(a, default_weight) > rebutting:
                        stronger.add(a.key)
                        b.attack(
                            FrameworkAttack(a.key, o.key, AttackKind.STRONGER, objection=o.key)
                        )
            if symmetric_rebuttals and not (
                rebuttal_preferences and case(o.target) < case(o.attacker)
            ):
                b.attack(
                    FrameworkAttack(o.target, o.attacker, AttackKind.REBUT_BACK, objection=o.key)
                )
            _mediated(index, b, mode, o, o.target, skip=stronger)
        elif o.kind is ObjectionKind.UNDERMINE:
            target = o.target if o.argument is None else o.argument
            b.attack(FrameworkAttack(o.key, target, AttackKind.UNDERMINE, objection=o.key))
            if o.argument is None:
                _mediated(index, b, mode, o, o.target, skip=set())
        elif o.kind is ObjectionKind.UNDERCUT:
            b.attack(FrameworkAttack(o.key, o.target, AttackKind.UNDERCUT, objection=o.key))
        else:
            _challenge(argument_map, index, b, o, burden)

    # Critical questions answered against the argument.
    for argument in argument_map.arguments:
        for state in argument_map.questions_of(argument.key):
            if state.status is not QuestionStatus.ANSWERED or state.favourable:
                continue
            assert state.answer is not None
            source = state.answer.by
            if source is None:
                source = answer_id(argument.key, state.question.key)
                b.node(FrameworkNode(source, NodeKind.ANSWER, argument.key, state.question.key))
            b.attack(FrameworkAttack(source, argument.key, AttackKind.QUESTION))

    # Supports: premises are necessary for their argument; conclusions by the mode.
    for argument in argument_map.arguments:
        for premise in argument.premises:
            b.necessary(premise, argument.key)
    for claim in argument_map.claims:
        pro = index.arguments_for(claim.key)
        if mode is SupportMode.DEDUCTIVE:
            for a in pro:
                b.deductive(a.key, claim.key)
        elif mode is SupportMode.NECESSARY and len(pro) == 1:
            b.necessary(pro[0].key, claim.key)
        elif (mode is SupportMode.NECESSARY and pro) or (
            mode is SupportMode.EVIDENTIAL and claim.key not in prima_facie
        ):
            aux = unsupported_id(claim.key)
            b.node(FrameworkNode(aux, NodeKind.UNSUPPORTED, claim.key))
            b.attack(FrameworkAttack(aux, claim.key, AttackKind.UNSUPPORTED))
            for a in pro:
                source = a.key if mode is SupportMode.NECESSARY else burden(a)
                if source is not None:
                    b.attack(FrameworkAttack(source, aux, AttackKind.MEETS_BURDEN))

    _derive(b)
    return Translation(
        tuple(b.nodes.values()),
        tuple(b.attacks.values()),
        tuple(b.supports),
        mode,
        symmetric_rebuttals,
        rebuttal_preferences,
    )


def _mediated(
    index: _Index, b: _Builder, mode: SupportMode, o: Objection, claim: str, *, skip: set[str]
) -> None:
    """Presumptive reading: a rebuttal (or undermine) of a claim defeats the arguments
    for it too -- an argument stands or falls with its conclusion against a contrary
    assertion, though not against a mere challenge -- except the arguments in ``skip``,
    which outweigh the rebuttal (a weaker rebuttal does not defeat a stronger argument)."""
    if mode is not SupportMode.PRESUMPTIVE:
        return
    for a in index.arguments_for(claim):
        if a.key not in skip:
            b.attack(FrameworkAttack(o.key, a.key, AttackKind.MEDIATED, via=(a.key, claim)))


class _BurdenNodes:
    """The node that discharges a burden of proof for an argument's conclusion.

    An argument meets its conclusion's proof standard against the rebuttals that still
    stand: for standards that weigh the best argument for against the best against (all
    of :mod:`argmap.semantics.carneades`'s, which only get harder to meet as the case
    against grows), that holds exactly when the standard is met against no rebuttal at
    all and every rebuttal too heavy for it is defeated. So the argument itself answers
    the burden when no rebuttal is too heavy; otherwise an auxiliary ``ARG#meets``
    needs the argument and is attacked by each rebuttal too heavy for it (a rebuttal
    that is itself defeated then does no harm). An argument that cannot meet the
    standard even unopposed answers nothing.
    """

    def __init__(
        self,
        argument_map: ArgumentMap,
        index: _Index,
        b: _Builder,
        standards: Mapping[str, Standard],
        default_standard: Standard | None,
        default_weight: float,
    ) -> None:
        self.argument_map = argument_map
        self.index = index
        self.b = b
        self.standards = standards
        self.default_standard = default_standard
        self.default_weight = default_weight
        self.made: dict[str, str | None] = {}

    def __call__(self, argument: Argument) -> str | None:
        if argument.key in self.made:
            return self.made[argument.key]
        node = self._make(argument)
        self.made[argument.key] = node
        return node

    def _make(self, argument: Argument) -> str | None:
        standard = self.standards.get(argument.conclusion, self.default_standard)
        if standard is None:
            return argument.key
        weight = _weight(argument, self.default_weight)
        if not standard.is_met(weight, 0.0):
            return None
        heavy = [
            key
            for key, con in _rebuttal_weights(
                self.argument_map,
                self.index.objections_to(argument.conclusion),
                self.default_weight,
            ).items()
            if not standard.is_met(weight, con)
        ]
        if not heavy:
            return argument.key
        aux = meets_id(argument.key)
        self.b.node(FrameworkNode(aux, NodeKind.MEETS, argument.key))
        self.b.necessary(argument.key, aux)
        for key in heavy:
            self.b.attack(FrameworkAttack(key, aux, AttackKind.OUTWEIGHS, objection=key))
        return aux


def _claim_key(argument_map: ArgumentMap, key: str, what: str) -> str:
    if key not in argument_map or not isinstance(argument_map[key], Claim):
        msg = f"{what} names {key!r}, which is not a claim of map {argument_map.title!r}"
        raise EvaluationError(msg)
    return key


def _challenge(
    argument_map: ArgumentMap,
    index: _Index,
    b: _Builder,
    o: Objection,
    burden: Callable[[Argument], str | None],
) -> None:
    target = argument_map[o.target]
    if isinstance(target, Claim):
        b.attack(FrameworkAttack(o.key, o.target, AttackKind.CHALLENGE, objection=o.key))
        for a in index.arguments_for(o.target):
            source = burden(a)
            if source is not None:
                b.attack(FrameworkAttack(source, o.key, AttackKind.MEETS_BURDEN))
        return
    if isinstance(target, Evidence) or o.question is None:
        b.attack(FrameworkAttack(o.key, o.target, AttackKind.CHALLENGE, objection=o.key))
        return
    assert isinstance(target, Argument)
    state = next(s for s in argument_map.questions_of(target.key) if s.question.key == o.question)
    if state.question.kind is QuestionKind.EXCEPTION:
        return  # the opponent must prove it: asking is not enough
    answer = state.answer
    if answer is not None and answer.answer and answer.by is None:
        return  # answered "yes" as given: the assumption holds
    b.attack(FrameworkAttack(o.key, target.key, AttackKind.CHALLENGE, objection=o.key))
    if answer is not None and answer.answer and answer.by is not None:
        b.attack(FrameworkAttack(answer.by, o.key, AttackKind.MEETS_BURDEN))


def _committers(b: _Builder) -> dict[str, list[tuple[str, str]]]:
    """For each node ``v``: every ``u`` whose acceptance commits to ``v``, with the kind of
    the first link of the chain from ``u``, breadth-first in a stable order."""
    reverse: dict[str, list[tuple[str, str]]] = {}
    for u, targets in b.implies.items():
        for v, kind in targets:
            reverse.setdefault(v, []).append((u, kind))
    result: dict[str, list[tuple[str, str]]] = {}
    for v in b.nodes:
        found: list[tuple[str, str]] = []
        seen = {v}
        frontier = list(reverse.get(v, []))
        while frontier:
            following: list[tuple[str, str]] = []
            for u, kind in frontier:
                if u in seen:
                    continue
                seen.add(u)
                found.append((u, kind))
                following.extend(reverse.get(u, []))
            frontier = following
        result[v] = found
    return result


def _derive(b: _Builder) -> None:
    """Add the attacks derived along chains of supports (module documentation).

    For an attack of ``t`` by ``s``: every ``v`` committed to ``t`` is attacked by
    ``s`` (secondary or mediated), every ``u`` committed to ``s`` attacks ``t``
    (extended or supported), and every such ``u`` attacks every such ``v``. ``via``
    holds the ends of the chains: the committed node and the node it commits to.
    """
    committers = _committers(b)
    # A rebuttal outweighed by an argument never defeats that argument, not even along a
    # chain of supports (the deductive reading's mediated attacks).
    outweighed = {(a.target, a.source) for a in b.attacks.values() if a.kind is AttackKind.STRONGER}

    def add(attack: FrameworkAttack) -> None:
        if (attack.source, attack.target) not in outweighed:
            b.attack(attack)

    for attack in list(b.attacks.values()):
        s, t = attack.source, attack.target
        on_t = committers[t]
        by_s = committers[s]
        for v, kind in on_t:
            derived = AttackKind.SECONDARY if kind == "necessary" else AttackKind.MEDIATED
            add(FrameworkAttack(s, v, derived, via=(v, t)))
        for u, kind in by_s:
            derived = AttackKind.EXTENDED if kind == "necessary" else AttackKind.SUPPORTED
            add(FrameworkAttack(u, t, derived, via=(u, s)))
        for u, _ in by_s:
            for v, kind in on_t:
                derived = AttackKind.SECONDARY if kind == "necessary" else AttackKind.MEDIATED
                add(FrameworkAttack(u, v, derived, via=(u, s, v, t)))


def framework_from_map(argument_map: ArgumentMap) -> ArgumentationFramework:
    """The Dung framework of a map under the first, support-free translation (legacy).

    Every claim, evidence item and argument becomes an argument of the framework;
    each rebut, undermine, undercut and challenge with an attacker is an attack from its
    attacker on its target; bare challenges and all supports are ignored. This is *not*
    the reading :func:`~argmap.semantics.evaluate.evaluate` uses (see :func:`translate`);
    it is kept for comparison and for exports that ask for it by name
    (``argmap.formats.iccma_export.dumps(m, reading="support-free")``).

    Parameters
    ----------
    argument_map:
        The map to translate.

    Returns
    -------
    ArgumentationFramework
        Arguments named by the keys of the map's claims, evidence and arguments;
        attacks from its rebuts, undermines, undercuts and challenges with attackers.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Rain")
    >>> wet = b.claim("wet", "The street is wet.")
    >>> photo = b.source("photo", "A photo of the street")
    >>> dry = b.evidence("dry", "The photo shows a dry street.", source=photo)
    >>> _ = b.rebut(dry, wet)
    >>> framework_from_map(b.build()).attacks
    (('dry', 'wet'),)

    References
    ----------
    Dung, P. M. (1995). *Artificial Intelligence* 77(2), 321-357.
    doi:10.1016/0004-3702(94)00041-X
    """
    names = [
        *(c.key for c in argument_map.claims),
        *(e.key for e in argument_map.evidence),
        *(a.key for a in argument_map.arguments),
    ]
    attacks: list[tuple[str, str]] = []
    for objection in argument_map.objections:
        if objection.attacker is None:
            continue  # a bare challenge: a question, not an attack
        attacks.append((objection.attacker, objection.target))
    return ArgumentationFramework(names, attacks)

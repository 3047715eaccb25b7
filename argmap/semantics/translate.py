"""From an argument map to an abstract argumentation framework, under a bipolar reading.

Every claim, piece of evidence, argument and objection of the map becomes an argument of
the framework (a *node*), named by its key. Relations become attacks:

* an objection's node attacks its target: a **rebut** attacks the claim it contradicts
  (and, since contradiction is symmetric, the claim attacks the rebut back unless
  ``symmetric_rebuttals=False``); an **undermine** attacks the premise (or, when it names
  the argument, only that argument); an **undercut** attacks the argument; a
  **challenge** attacks what it questions, and is answered only as described below;
* an objection needs its attacker, an argument needs each of its (linked) premises:
  both are *necessary supports*.

How an argument supports its conclusion is the **support mode**, one of the three
readings of bipolar argumentation surveyed by Cayrol & Lagasquie-Schiex (2013) and
Polberg (2017):

``"deductive"``
    If the argument is accepted, so is its conclusion (Boella et al. 2010). An attack on
    the conclusion is also an attack on the argument (*mediated* attack), and the
    conclusion's attacks are the argument's too (*supported* attack). A claim without
    arguments stands as a presumption.
``"necessary"`` (default)
    A conclusion that has arguments needs at least one of them (Nouioua & Risch 2010).
    With one argument this is a plain necessary support: an attack on the argument is
    an attack on the conclusion (*secondary* attack), and the argument inherits the
    conclusion's attacks (*extended* attack). With several, the claim needs *any* of
    them, which attacks alone cannot express: an auxiliary node ``CLAIM#unsupported``
    attacks the claim, and every argument for it attacks that node. A claim without
    arguments stands as a presumption.
``"evidential"``
    Every claim needs support reaching down to evidence (Oren & Norman 2008): evidence
    (and any key listed in ``assume``) is prima facie; every other claim gets the
    ``CLAIM#unsupported`` node, so a claim with no accepted argument is rejected.

Derived attacks are computed over chains of supports: whenever accepting ``u`` commits
to accepting ``v`` (``u`` deductively supports ``v``, or ``u`` necessarily needs ``v``),
an attack on ``v`` is an attack on ``u``, and an attack by ``v`` is an attack by ``u``.

**Burden of proof.** A challenge of a claim puts the burden on its proponent: the
challenge attacks the claim, and only an argument for the claim that *meets the claim's
proof standard* attacks the challenge back. Which standard applies is the caller's
choice (``standards``); the map stays neutral. A standard is checked on weights: the
argument's weight (``default_weight`` when unset) against the best weight among the
claim's rebuttals. In the evidential reading the same test decides which arguments
discharge ``CLAIM#unsupported``.

**Critical questions** (:mod:`argmap.schemes`) of an argument enter as in Carneades:

* a raised *assumption* question (a challenge naming it) attacks the argument until it
  is answered "yes": by a claim, which then attacks the challenge, or as given, which
  withdraws the attack;
* an unfavourable answer -- "no" to an assumption, "yes" to an exception -- undercuts the
  argument: the answering claim attacks it, or, for an answer given without a claim, an
  auxiliary node ``ARGUMENT#CQn`` does;
* a raised *exception* question is only a question: the opponent must prove it, so it
  attacks nothing until answered "yes".

A challenge of an argument without a question, or of evidence, puts the burden on the
proponent, and the map records no way to discharge it: the target is attacked.

:func:`framework_from_map` keeps the first, support-free reading (claims, evidence and
arguments only; each objection an attack from its attacker; supports and bare challenges
ignored) for comparison; :func:`translate` is the reading the evaluation uses, and
:meth:`Translation.framework` turns it into an
:class:`~argmap.semantics.framework.ArgumentationFramework`.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> a1 = b.argument("a1", [rich], tea)
>>> ch = b.challenge(rich, key="says_who", text="Says who?")
>>> t = translate(b.build())
>>> [n.id for n in t.nodes]
['tea', 'rich', 'a1', 'says_who']
>>> [(a.source, a.target, a.kind.value) for a in t.attacks]
[('says_who', 'rich', 'challenge'), ('says_who', 'a1', 'secondary'), ('says_who', 'tea', 'secondary')]

References
----------
Cayrol, C. & Lagasquie-Schiex, M.-C. (2013). Bipolarity in argumentation graphs: towards a
better understanding. *International Journal of Approximate Reasoning* 54(7), 876-899.
doi:10.1016/j.ijar.2012.10.008

Boella, G., Gabbay, D. M., van der Torre, L. & Villata, S. (2010). Support in abstract
argumentation. *COMMA 2010*, 111-122. doi:10.3233/978-1-60750-619-5-111

Nouioua, F. & Risch, V. (2010). Bipolar argumentation frameworks with specialized supports.
*ICTAI 2010*, 215-218. doi:10.1109/ICTAI.2010.37

Oren, N. & Norman, T. J. (2008). Semantics for evidence-based argumentation. *COMMA 2008*,
276-284.

Polberg, S. (2017). *Developing the abstract dialectical framework*. PhD thesis, TU Wien
(ch. 3 surveys support in abstract argumentation).

Gordon, T. F., Prakken, H. & Walton, D. (2007). The Carneades model of argument and burden
of proof. *Artificial Intelligence* 171(10-15), 875-896. doi:10.1016/j.artint.2007.04.010
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Protocol

import attrs

from argmap.errors import EvaluationError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind
from argmap.schemes import QuestionKind, QuestionStatus
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.gradual import BipolarGraph

__all__ = [
    "AttackKind",
    "FrameworkAttack",
    "FrameworkNode",
    "NodeKind",
    "Standard",
    "SupportMode",
    "Translation",
    "framework_from_map",
    "rebuttal_weight",
    "to_bipolar_graph",
    "translate",
]


class SupportMode(enum.StrEnum):
    """How an argument supports its conclusion (see the module documentation)."""

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


class AttackKind(enum.StrEnum):
    """Why one node attacks another."""

    REBUT = "rebut"
    REBUT_BACK = "rebut-back"
    """A rebutted claim contradicting its rebuttal in turn."""
    UNDERMINE = "undermine"
    UNDERCUT = "undercut"
    CHALLENGE = "challenge"
    QUESTION = "question"
    """An unfavourable answer to a critical question undercutting the argument."""
    MEETS_BURDEN = "meets-burden"
    """An argument (or a favourable answer) discharging a burden of proof."""
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
    """

    nodes: tuple[FrameworkNode, ...]
    attacks: tuple[FrameworkAttack, ...]
    supports: tuple[tuple[str, str, str], ...]
    mode: SupportMode
    _by_id: dict[str, FrameworkNode] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_by_id"
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {n.id: n for n in self.nodes})

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
        (('o', 'c'), ('c', 'o'))
        """
        return ArgumentationFramework(self.arguments, self.attack_pairs)

    def attacks_on(self, node_id: str) -> tuple[FrameworkAttack, ...]:
        """The attacks whose target is ``node_id``, in order."""
        return tuple(a for a in self.attacks if a.target == node_id)


def unsupported_id(claim: str) -> str:
    """The id of the auxiliary node standing for ``claim``'s missing support."""
    return f"{claim}#unsupported"


def answer_id(argument: str, question: str) -> str:
    """The id of the auxiliary node for a given unfavourable answer to ``question``."""
    return f"{argument}#{question}"


def support_mode(value: SupportMode | str) -> SupportMode:
    """Parse a support mode name.

    Raises
    ------
    EvaluationError
        If ``value`` is not ``"deductive"``, ``"necessary"`` or ``"evidential"``.
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
        if attack.source != attack.target or attack.kind is not AttackKind.REBUT_BACK:
            self.attacks.setdefault((attack.source, attack.target), attack)

    def necessary(self, supporter: str, supported: str) -> None:
        self.supports.append((supporter, supported, "necessary"))
        self.implies.setdefault(supported, []).append((supporter, "necessary"))

    def deductive(self, supporter: str, supported: str) -> None:
        self.supports.append((supporter, supported, "deductive"))
        self.implies.setdefault(supporter, []).append((supported, "deductive"))


def _weight(argument: Argument, default: float) -> float:
    return default if argument.weight is None else argument.weight


def translate(
    argument_map: ArgumentMap,
    *,
    support: SupportMode | str = SupportMode.NECESSARY,
    standards: Mapping[str, Standard] | None = None,
    default_standard: Standard | None = None,
    default_weight: float = 1.0,
    assume: Iterable[str] = (),
    symmetric_rebuttals: bool = True,
) -> Translation:
    """Read ``argument_map`` as an abstract argumentation framework.

    Parameters
    ----------
    argument_map:
        The map.
    support:
        The support mode: ``"deductive"``, ``"necessary"`` (default) or ``"evidential"``.
    standards:
        Proof standard per claim key, for claims that carry a burden of proof
        (challenged claims; every claim in the evidential reading).
    default_standard:
        The standard for claims not in ``standards``; ``None`` means any argument will
        do (scintilla of evidence).
    default_weight:
        The weight of an argument that states none, and of a rebuttal by a claim or
        evidence, when standards compare weights (1: an unweighted argument is a full
        linked inference, as in Carneades' linked weighing).
    assume:
        Claim keys taken as prima facie in the evidential reading.
    symmetric_rebuttals:
        Whether a rebutted claim attacks its rebuttal back.

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
    >>> t = translate(b.build(), support="deductive")
    >>> [(a.source, a.target, a.kind.value) for a in t.attacks]
    [('o', 'c', 'rebut'), ('c', 'o', 'rebut-back'), ('o', 'a', 'mediated'), ('a', 'o', 'supported')]

    References
    ----------
    See the module documentation.
    """
    mode = support_mode(support)
    standards = dict(standards or {})
    if not 0.0 <= default_weight <= 1.0:
        msg = f"default_weight must be in [0, 1], got {default_weight!r}"
        raise EvaluationError(msg)
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

    def meets(claim: str, argument: Argument) -> bool:
        standard = standards.get(claim, default_standard)
        if standard is None:
            return True
        return standard.is_met(
            _weight(argument, default_weight), rebuttal_weight(argument_map, claim, default_weight)
        )

    # Direct attacks, objection by objection.
    for o in argument_map.objections:
        if o.attacker is not None:
            b.necessary(o.attacker, o.key)
        if o.kind is ObjectionKind.REBUT:
            b.attack(FrameworkAttack(o.key, o.target, AttackKind.REBUT, objection=o.key))
            if symmetric_rebuttals:
                b.attack(FrameworkAttack(o.target, o.key, AttackKind.REBUT_BACK, objection=o.key))
        elif o.kind is ObjectionKind.UNDERMINE:
            target = o.target if o.argument is None else o.argument
            b.attack(FrameworkAttack(o.key, target, AttackKind.UNDERMINE, objection=o.key))
        elif o.kind is ObjectionKind.UNDERCUT:
            b.attack(FrameworkAttack(o.key, o.target, AttackKind.UNDERCUT, objection=o.key))
        else:
            _challenge(argument_map, b, o, meets)

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
        pro = argument_map.arguments_for(claim.key)
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
                if mode is SupportMode.NECESSARY or meets(claim.key, a):
                    b.attack(FrameworkAttack(a.key, aux, AttackKind.MEETS_BURDEN))

    _derive(b)
    return Translation(tuple(b.nodes.values()), tuple(b.attacks.values()), tuple(b.supports), mode)


def rebuttal_weight(argument_map: ArgumentMap, claim: str, default_weight: float = 1.0) -> float:
    """The best weight among the rebuttals of ``claim``: what a proof standard weighs its
    arguments against (a rebuttal by a claim or evidence weighs ``default_weight``).

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
    best = 0.0
    for o in argument_map.objections_to(claim):
        if o.kind is ObjectionKind.REBUT and o.attacker is not None:
            attacker = argument_map[o.attacker]
            if isinstance(attacker, Argument):
                best = max(best, _weight(attacker, default_weight))
            else:
                best = max(best, default_weight)
    return best


def _claim_key(argument_map: ArgumentMap, key: str, what: str) -> str:
    if key not in argument_map or not isinstance(argument_map[key], Claim):
        msg = f"{what} names {key!r}, which is not a claim of map {argument_map.title!r}"
        raise EvaluationError(msg)
    return key


def _challenge(
    argument_map: ArgumentMap,
    b: _Builder,
    o: Objection,
    meets: object,
) -> None:
    target = argument_map[o.target]
    if isinstance(target, Claim):
        b.attack(FrameworkAttack(o.key, o.target, AttackKind.CHALLENGE, objection=o.key))
        assert callable(meets)
        for a in argument_map.arguments_for(o.target):
            if meets(o.target, a):
                b.attack(FrameworkAttack(a.key, o.key, AttackKind.MEETS_BURDEN))
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

    For a direct attack of ``t`` by ``s``: every ``v`` committed to ``t`` is attacked by
    ``s`` (secondary or mediated), every ``u`` committed to ``s`` attacks ``t``
    (extended or supported), and every such ``u`` attacks every such ``v``. ``via`` holds
    the ends of the chains: the committed node and the node it commits to.
    """
    committers = _committers(b)
    for attack in list(b.attacks.values()):
        s, t = attack.source, attack.target
        on_t = committers[t]
        by_s = committers[s]
        for v, kind in on_t:
            derived = AttackKind.SECONDARY if kind == "necessary" else AttackKind.MEDIATED
            b.attack(FrameworkAttack(s, v, derived, via=(v, t)))
        for u, kind in by_s:
            derived = AttackKind.EXTENDED if kind == "necessary" else AttackKind.SUPPORTED
            b.attack(FrameworkAttack(u, t, derived, via=(u, s)))
        for u, _ in by_s:
            for v, kind in on_t:
                derived = AttackKind.SECONDARY if kind == "necessary" else AttackKind.MEDIATED
                b.attack(FrameworkAttack(u, v, derived, via=(u, s, v, t)))


_GRADUAL_DROPS = (AttackKind.REBUT_BACK, AttackKind.UNSUPPORTED)


def to_bipolar_graph(
    argument_map: ArgumentMap,
    *,
    base: Mapping[str, float] | None = None,
    claim_base: float = 0.5,
    evidence_base: float = 1.0,
    default_weight: float = 1.0,
) -> BipolarGraph:
    """Read ``argument_map`` as a weighted bipolar graph for the gradual semantics.

    The nodes are those of :func:`translate` (without ``#unsupported`` nodes). Base
    scores: ``claim_base`` for claims, ``evidence_base`` for evidence, an argument's
    weight (``default_weight`` when unset) for arguments, 1 for objections and given
    answers -- each overridable in ``base``. An argument *supports* its conclusion and
    *requires* its linked premises (weakest link); an objection requires its attacker.
    The direct attacks of :func:`translate` are kept, except rebuttals back (gradual
    semantics read a rebuttal as one-way) and arguments meeting a burden of proof on a
    claim: a challenge attacks the claim at full strength, so under DF-QuAD a challenged
    claim is worth its base score times the strength of its support. A favourable answer
    to a raised critical question still attacks the challenge.

    Parameters
    ----------
    argument_map:
        The map.
    base:
        Base scores by key, overriding the defaults.
    claim_base, evidence_base, default_weight:
        The default base scores, each in [0, 1].

    Returns
    -------
    BipolarGraph

    Raises
    ------
    EvaluationError
        If ``base`` names a key that is not a node.
    InvalidValueError
        If a score is outside [0, 1].

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> from argmap.semantics.gradual import gradual_strengths
    >>> b = MapBuilder("Tea")
    >>> tea, rich = b.claim("tea", "Tea is good."), b.claim("rich", "Rich in antioxidants.")
    >>> _ = b.argument("a1", [rich], tea, weight=0.8)
    >>> g = to_bipolar_graph(b.build())
    >>> g.supports, dict(g.requires)
    ((('a1', 'tea'),), {'a1': ('rich',)})
    >>> round(gradual_strengths(g, "df-quad")["tea"], 3)  # 0.5 + 0.5 * (0.8 * 0.5)
    0.7
    """
    t = translate(argument_map, support=SupportMode.DEDUCTIVE, symmetric_rebuttals=False)
    scores: dict[str, float] = {}
    for node in t.nodes:
        if node.kind is NodeKind.CLAIM:
            scores[node.id] = claim_base
        elif node.kind is NodeKind.EVIDENCE:
            scores[node.id] = evidence_base
        elif node.kind is NodeKind.ARGUMENT:
            weight = argument_map.get(node.id, Argument).weight
            scores[node.id] = default_weight if weight is None else weight
        else:
            scores[node.id] = 1.0
    for key, score in (base or {}).items():
        if key not in scores:
            msg = f"base score given for {key!r}, which is not a node of map {argument_map.title!r}"
            raise EvaluationError(msg)
        scores[key] = score
    claims = {c.key for c in argument_map.claims}
    attacks = []
    for a in t.attacks:
        if a.kind.derived or a.kind in _GRADUAL_DROPS:
            continue
        if a.kind is AttackKind.MEETS_BURDEN and t.node(a.source).kind is NodeKind.ARGUMENT:
            target = argument_map[a.target]
            if isinstance(target, Objection) and target.target in claims:
                continue
        attacks.append((a.source, a.target))
    supports = [(a.key, a.conclusion) for a in argument_map.arguments]
    requires: dict[str, tuple[str, ...]] = {a.key: a.premises for a in argument_map.arguments}
    for o in argument_map.objections:
        if o.attacker is not None:
            requires[o.key] = (o.attacker,)
    return BipolarGraph(scores, attacks=attacks, supports=supports, requires=requires)


def framework_from_map(argument_map: ArgumentMap) -> ArgumentationFramework:
    """The Dung framework of a map under the first, support-free translation.

    Every claim, evidence item and argument becomes an argument of the framework;
    each rebut, undermine, undercut and challenge with an attacker is an attack from its
    attacker on its target; bare challenges and all supports are ignored. See
    :func:`translate` for the reading the evaluation uses.

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

"""The map read as a weighted bipolar graph for the gradual semantics: :func:`to_bipolar_graph`."""

from __future__ import annotations

from collections.abc import Mapping

from argmap.errors import EvaluationError
from argmap.map import ArgumentMap
from argmap.model import Argument, Objection
from argmap.semantics.gradual import BipolarGraph
from argmap.semantics.translate._framework import AttackKind, NodeKind, SupportMode, translate

__all__ = ["to_bipolar_graph"]

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

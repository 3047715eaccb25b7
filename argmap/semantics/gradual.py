"""Gradual semantics: a strength in [0, 1] for every node of a weighted bipolar graph.

Where Dung's semantics say *whether* an argument is accepted, gradual semantics say *how
strongly*. Each node has a base score in [0, 1] (its intrinsic weight: how credible the
evidence, how strong the inference) and receives attacks and supports; its strength is
computed from its base score and the strengths of its attackers and supporters.

Four semantics are provided, all on the same :class:`BipolarGraph`:

``"df-quad"``
    DF-QuAD (Rago, Toni, Aurisicchio & Baroni 2016). Attackers and supporters are each
    aggregated by probabilistic sum ``1 - prod(1 - s)``; the base score moves towards 0
    by the excess of attack, towards 1 by the excess of support.
``"quadratic-energy"``
    Quadratic energy model (Potyka 2018). The energy ``E`` is the sum of the supporters'
    strengths minus that of the attackers'; with ``h(x) = max(x, 0)**2 / (1 + max(x, 0)**2)``
    the strength is ``w - w*h(-E) + (1 - w)*h(E)``.
``"euler"``
    Euler-based semantics (Amgoud & Ben-Naim 2018): ``1 - (1 - w**2) / (1 + w * exp(E))``.
    Its strengths stay above ``w**2``: attack alone can only halve a score's exponent.
``"h-categoriser"``
    Weighted h-categoriser (Besnard & Hunter 2001; weighted by Amgoud, Ben-Naim, Doder &
    Vesic 2017): ``w / (1 + sum of attackers' strengths)``. It is defined on attack
    graphs: supports are ignored, and the result says so in its ``notes``.

A node may also *require* other nodes -- the linked premises of an argument. Its
effective base score is then its own base score times the weakest required strength
(Pollock's weakest-link principle), so an argument is never stronger than its weakest
premise. Without requirements the graph is an ordinary weighted bipolar graph (a QBAF).

On an acyclic graph, strengths are computed in one pass in topological order. On a cyclic
one they are computed by iteration from the base scores until no strength moves by more
than ``tolerance``; the result reports whether that happened, after how many iterations
and with what final change -- a non-converged result is never passed off as an answer
(:attr:`Strengths.converged` is ``False``).

Guarantees (on acyclic graphs, where all four are well defined by the single pass): all
strengths lie in [0, 1]; adding an attacker never raises, and adding a supporter never
lowers, a node's strength (for the h-categoriser a supporter leaves it unchanged); raising
a node's base score never lowers its own strength. On cyclic graphs these hold for the fixpoint when
the iteration converges to a unique one, which the semantics do not promise in general.

>>> g = BipolarGraph({"claim": 0.5, "pro": 0.8, "con": 0.4},
...                  attacks=[("con", "claim")], supports=[("pro", "claim")])
>>> s = gradual_strengths(g, "df-quad")
>>> round(s["claim"], 3), s.converged, s.iterations
(0.7, True, 1)
>>> round(gradual_strengths(g, "h-categoriser")["claim"], 3)
0.357
>>> gradual_strengths(g, "h-categoriser").notes
('h-categoriser ignores supports: 1 support edge(s) have no effect',)

References
----------
Rago, A., Toni, F., Aurisicchio, M. & Baroni, P. (2016). Discontinuity-free decision
support with quantitative argumentation debates. *KR 2016*, 63-72.

Potyka, N. (2018). Continuous dynamical systems for weighted bipolar argumentation.
*KR 2018*, 148-157.

Amgoud, L. & Ben-Naim, J. (2018). Weighted bipolar argumentation graphs: axioms and
semantics. *IJCAI 2018*, 5194-5198. doi:10.24963/ijcai.2018/720

Besnard, P. & Hunter, A. (2001). A logic-based theory of deductive arguments. *Artificial
Intelligence* 128(1-2), 203-235. doi:10.1016/S0004-3702(01)00071-6

Amgoud, L., Ben-Naim, J., Doder, D. & Vesic, S. (2017). Acceptability semantics for
weighted argumentation frameworks. *IJCAI 2017*, 56-62. doi:10.24963/ijcai.2017/9

Pollock, J. L. (2001). Defeasible reasoning with variable degrees of justification.
*Artificial Intelligence* 133(1-2), 233-282. doi:10.1016/S0004-3702(01)00145-X
"""

from __future__ import annotations

import heapq
import math
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import attrs

from argmap._validate import unit
from argmap.errors import EvaluationError, InvalidValueError, UnknownSemanticsError

__all__ = [
    "GRADUAL_SEMANTICS",
    "BipolarGraph",
    "Strengths",
    "gradual_strengths",
]

GRADUAL_SEMANTICS: tuple[str, ...] = ("df-quad", "quadratic-energy", "euler", "h-categoriser")
"""The names :func:`gradual_strengths` accepts, in documentation order."""

Edge = tuple[str, str]


def _base(value: Mapping[str, float] | object) -> Mapping[str, float]:
    if not isinstance(value, Mapping):
        msg = f"base scores must be a mapping from node to score, got {value!r}"
        raise InvalidValueError(msg)
    scores: dict[str, float] = {}
    for node, score in value.items():
        if not isinstance(node, str) or not node:
            msg = f"node names must be non-empty str, got {node!r}"
            raise InvalidValueError(msg)
        checked = unit(score, field="base", key=node, what=f"base score of {node!r}")
        assert checked is not None
        scores[node] = checked
    return types.MappingProxyType(scores)


def _edges(value: Iterable[Edge]) -> tuple[Edge, ...]:
    edges: list[Edge] = []
    for edge in value:
        if not (
            isinstance(edge, tuple) and len(edge) == 2 and all(isinstance(x, str) for x in edge)
        ):
            msg = f"an edge must be a (source, target) pair of node names, got {edge!r}"
            raise InvalidValueError(msg)
        edges.append(edge)
    return tuple(edges)


def _requirements(value: Mapping[str, Iterable[str]] | object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        msg = f"requires must be a mapping from node to the nodes it requires, got {value!r}"
        raise InvalidValueError(msg)
    result: dict[str, tuple[str, ...]] = {}
    for node, needed in value.items():
        if isinstance(needed, str):
            needed = (needed,)
        if not isinstance(needed, Iterable):
            msg = f"requirements of {node!r} must be a list of node names, got {needed!r}"
            raise InvalidValueError(msg)
        result[node] = tuple(needed)
    return types.MappingProxyType(result)


@attrs.frozen
class BipolarGraph:
    """A weighted bipolar argumentation graph (QBAF) with optional linked requirements.

    Parameters
    ----------
    base:
        Every node with its base score in [0, 1]; the mapping's order is the node order
        used everywhere (output, tie-breaks).
    attacks, supports:
        ``(source, target)`` pairs of nodes. Each pair appears at most once per relation.
    requires:
        For a node, the nodes it needs jointly (an argument's linked premises); its
        effective base score is its base score times the weakest of their strengths.

    Raises
    ------
    InvalidValueError
        If a score is outside [0, 1], an edge names a node without a base score, an edge
        is listed twice, or a node requires itself.

    Examples
    --------
    >>> BipolarGraph({"a": 0.5}, attacks=[("b", "a")])
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: attack ('b', 'a') names node 'b', which has no base score
    """

    base: Mapping[str, float] = attrs.field(converter=_base)
    attacks: tuple[Edge, ...] = attrs.field(default=(), kw_only=True, converter=_edges)
    supports: tuple[Edge, ...] = attrs.field(default=(), kw_only=True, converter=_edges)
    requires: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=dict, kw_only=True, converter=_requirements
    )

    def __attrs_post_init__(self) -> None:
        for relation, edges in (("attack", self.attacks), ("support", self.supports)):
            seen: set[Edge] = set()
            for edge in edges:
                for node in edge:
                    if node not in self.base:
                        msg = f"{relation} {edge!r} names node {node!r}, which has no base score"
                        raise InvalidValueError(msg)
                if edge in seen:
                    msg = f"{relation} {edge!r} is listed twice"
                    raise InvalidValueError(msg)
                seen.add(edge)
        for node, needed in self.requires.items():
            for other in (node, *needed):
                if other not in self.base:
                    msg = f"requirement of {node!r} names node {other!r}, which has no base score"
                    raise InvalidValueError(msg)
            if node in needed:
                msg = f"node {node!r} requires itself"
                raise InvalidValueError(msg)

    @property
    def nodes(self) -> tuple[str, ...]:
        """Every node, in the order of :attr:`base`."""
        return tuple(self.base)

    def attackers(self, node: str) -> tuple[str, ...]:
        """The nodes attacking ``node``, in edge order."""
        return tuple(s for s, t in self.attacks if t == node)

    def supporters(self, node: str) -> tuple[str, ...]:
        """The nodes supporting ``node``, in edge order."""
        return tuple(s for s, t in self.supports if t == node)

    def topological_order(self) -> tuple[str, ...] | None:
        """The nodes with every influence before what it influences, or ``None`` on a cycle.

        Ties are broken by node order, so the order is deterministic.
        """
        influenced: dict[str, list[str]] = {n: [] for n in self.base}
        pending = dict.fromkeys(self.base, 0)
        for source, target in (*self.attacks, *self.supports):
            influenced[source].append(target)
            pending[target] += 1
        for node, needed in self.requires.items():
            for premise in needed:
                influenced[premise].append(node)
                pending[node] += 1
        position = {n: i for i, n in enumerate(self.base)}
        names = list(self.base)
        # A heap of positions: always release the earliest ready node, in O(log n).
        ready = [position[n] for n, k in pending.items() if k == 0]
        heapq.heapify(ready)
        order: list[str] = []
        while ready:
            node = names[heapq.heappop(ready)]
            order.append(node)
            for target in influenced[node]:
                pending[target] -= 1
                if pending[target] == 0:
                    heapq.heappush(ready, position[target])
        return tuple(order) if len(order) == len(self.base) else None

    def _adjacency(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        attackers: dict[str, list[str]] = {n: [] for n in self.base}
        supporters: dict[str, list[str]] = {n: [] for n in self.base}
        for source, target in self.attacks:
            attackers[target].append(source)
        for source, target in self.supports:
            supporters[target].append(source)
        return attackers, supporters


@attrs.frozen
class Strengths:
    """The result of a gradual semantics: a strength per node, and how it was reached.

    Attributes
    ----------
    semantics:
        The semantics' name (one of :data:`GRADUAL_SEMANTICS`).
    values:
        Strength in [0, 1] per node, in node order.
    method:
        ``"topological"`` (one pass on an acyclic graph) or ``"iteration"``.
    converged:
        Always ``True`` for a single pass; for an iteration, whether the last change was
        at most the tolerance. When ``False``, ``values`` are the last iterate, not a
        fixpoint.
    iterations:
        Passes made (1 for the topological method).
    delta:
        The largest change of any strength in the last pass (0 for a single pass).
    notes:
        Anything else a reader must know, such as supports a semantics ignores.
    """

    semantics: str
    values: Mapping[str, float]
    method: Literal["topological", "iteration"]
    converged: bool
    iterations: int
    delta: float
    notes: tuple[str, ...] = ()

    def __getitem__(self, node: str) -> float:
        try:
            return self.values[node]
        except KeyError:
            msg = f"no strength was computed for {node!r}"
            raise EvaluationError(msg) from None


# --- the semantics' update functions ---------------------------------------------------------

Update = Callable[[float, list[float], list[float]], float]


def _probabilistic_sum(values: list[float]) -> float:
    product = 1.0
    for v in values:
        product *= 1.0 - v
    return 1.0 - product


def _df_quad(weight: float, attacks: list[float], supports: list[float]) -> float:
    attack = _probabilistic_sum(attacks)
    support = _probabilistic_sum(supports)
    if attack >= support:
        return weight - weight * (attack - support)
    return weight + (1.0 - weight) * (support - attack)


def _h(x: float) -> float:
    positive = max(x, 0.0)
    return positive * positive / (1.0 + positive * positive)


def _quadratic_energy(weight: float, attacks: list[float], supports: list[float]) -> float:
    energy = math.fsum(supports) - math.fsum(attacks)
    return weight - weight * _h(-energy) + (1.0 - weight) * _h(energy)


def _euler(weight: float, attacks: list[float], supports: list[float]) -> float:
    if weight == 0.0:
        return 0.0
    energy = math.fsum(supports) - math.fsum(attacks)
    # exp overflows past ~709; the strength is then 1 to double precision anyway.
    if energy > 700.0:
        return 1.0
    return 1.0 - (1.0 - weight * weight) / (1.0 + weight * math.exp(energy))


def _h_categoriser(weight: float, attacks: list[float], supports: list[float]) -> float:
    return weight / (1.0 + math.fsum(attacks))


_UPDATES: dict[str, Update] = {
    "df-quad": _df_quad,
    "quadratic-energy": _quadratic_energy,
    "euler": _euler,
    "h-categoriser": _h_categoriser,
}


def gradual_strengths(
    graph: BipolarGraph,
    semantics: str = "df-quad",
    *,
    method: Literal["auto", "topological", "iteration"] = "auto",
    tolerance: float = 1e-9,
    max_iterations: int = 1000,
    step: float = 1.0,
) -> Strengths:
    """The strength of every node of ``graph`` under a gradual ``semantics``.

    Parameters
    ----------
    graph:
        The weighted bipolar graph.
    semantics:
        One of :data:`GRADUAL_SEMANTICS`.
    method:
        ``"auto"`` (one topological pass when the graph is acyclic, iteration otherwise),
        ``"topological"`` (fails on a cyclic graph) or ``"iteration"`` (always iterate;
        on an acyclic graph it reaches the same values as the single pass).
    tolerance:
        The iteration stops once no strength changes by more than this.
    max_iterations:
        The iteration gives up after this many passes and reports ``converged=False``.
    step:
        Iteration step in (0, 1]: each pass moves a strength this fraction of the way to
        its update (1 is the plain discrete iteration; smaller steps follow the
        continuous dynamics of Potyka 2018 and damp oscillation on cycles).

    Returns
    -------
    Strengths
        Strengths in [0, 1] with the method, convergence, iterations and last change.

    Raises
    ------
    UnknownSemanticsError
        For an unknown semantics (an :class:`EvaluationError` too).
    EvaluationError
        For an unknown method, a non-positive tolerance, a step outside
        (0, 1], fewer than one iteration, or ``method="topological"`` on a cyclic graph.

    Examples
    --------
    A two-cycle of attacks needs iteration; the h-categoriser converges:

    >>> g = BipolarGraph({"a": 1.0, "b": 1.0}, attacks=[("a", "b"), ("b", "a")])
    >>> s = gradual_strengths(g, "h-categoriser")
    >>> s.method, s.converged, round(s["a"], 6)
    ('iteration', True, 0.618034)
    >>> gradual_strengths(g, "h-categoriser", max_iterations=3).converged
    False
    >>> gradual_strengths(g, "fuzzy")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownSemanticsError: gradual semantics 'fuzzy' is not known: expected one of 'df-quad', 'quadratic-energy', 'euler', 'h-categoriser'

    References
    ----------
    See the module documentation.
    """
    update = _UPDATES.get(semantics) if isinstance(semantics, str) else None
    if update is None:
        known = ", ".join(repr(n) for n in GRADUAL_SEMANTICS)
        msg = f"gradual semantics {semantics!r} is not known: expected one of {known}"
        raise UnknownSemanticsError(msg, field="semantics", owner="gradual_strengths")
    if method not in ("auto", "topological", "iteration"):
        msg = f"method {method!r} is not known: expected 'auto', 'topological' or 'iteration'"
        raise EvaluationError(msg, field="method", owner="gradual_strengths")
    if (
        isinstance(tolerance, bool)
        or not isinstance(tolerance, int | float)
        or not (tolerance > 0 and math.isfinite(tolerance))
    ):
        msg = f"tolerance must be a positive number, got {tolerance!r}"
        raise EvaluationError(msg)
    if (
        isinstance(max_iterations, bool)
        or not isinstance(max_iterations, int)
        or max_iterations < 1
    ):
        msg = f"max_iterations must be a positive int, got {max_iterations!r}"
        raise EvaluationError(msg)
    if isinstance(step, bool) or not isinstance(step, int | float) or not 0.0 < step <= 1.0:
        msg = f"step must be in (0, 1], got {step!r}"
        raise EvaluationError(msg)

    notes: tuple[str, ...] = ()
    if semantics == "h-categoriser" and graph.supports:
        notes = (
            f"h-categoriser ignores supports: {len(graph.supports)} support edge(s) have no effect",
        )
    attackers, supporters = graph._adjacency()

    # Each node's base score, premises, attackers and supporters, looked up once.
    inputs = {
        n: (graph.base[n], graph.requires.get(n, ()), attackers[n], supporters[n])
        for n in graph.nodes
    }

    def value(node: str, current: Mapping[str, float]) -> float:
        weight, needed, attacking, supporting = inputs[node]
        if needed:
            weight *= min([current[p] for p in needed])
        strength = update(weight, [current[a] for a in attacking], [current[s] for s in supporting])
        # Rounding can leave a formula a hair outside [0, 1]; the semantics never do.
        return 1.0 if strength > 1.0 else strength if strength > 0.0 else 0.0

    order = graph.topological_order() if method != "iteration" else None
    if order is None and method == "topological":
        msg = "the graph has a cycle, so it has no topological order: use method='iteration'"
        raise EvaluationError(msg)
    if order is not None:
        strengths: dict[str, float] = {}
        for node in order:
            strengths[node] = value(node, strengths)
        values = {n: strengths[n] for n in graph.nodes}
        return Strengths(
            semantics, types.MappingProxyType(values), "topological", True, 1, 0.0, notes
        )

    # The discrete (Jacobi) iteration, computed only where it can move: a node whose
    # inputs and own value did not change in the last pass would compute exactly what
    # it has, so each pass visits the nodes that changed and those that depend on them.
    # The iterates are the same numbers a full pass over every node gives.
    dependants: dict[str, set[str]] = {n: set() for n in graph.nodes}
    for node in graph.nodes:
        for source in (*attackers[node], *supporters[node], *graph.requires.get(node, ())):
            dependants[source].add(node)
    order_of = {n: i for i, n in enumerate(graph.nodes)}
    current = dict(graph.base)
    delta = math.inf
    iterations = 0
    visit: list[str] = list(graph.nodes)
    while iterations < max_iterations:
        iterations += 1
        updates = {n: current[n] + step * (value(n, current) - current[n]) for n in visit}
        delta = max((abs(updates[n] - current[n]) for n in visit), default=0.0)
        moved = [n for n in visit if updates[n] != current[n]]
        current.update(updates)
        if delta <= tolerance:
            break
        touched = set(moved)
        for n in moved:
            touched |= dependants[n]
        visit = sorted(touched, key=order_of.__getitem__)
    return Strengths(
        semantics,
        types.MappingProxyType(current),
        "iteration",
        delta <= tolerance,
        iterations,
        delta,
        notes,
    )

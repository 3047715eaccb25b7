"""Layout choices that keep a picture readable: direction, conflict ordering, components.

Graphviz ``dot`` ranks nodes along the direction of support. Three choices here keep the
result close to the shape of a page and each conflict easy to follow:

* **Conflicts side by side.** The two ends of an objection (a claim and its rebutter, a
  premise and what undermines it, an inference and its undercutter, a target and its
  question) are put in the same rank, so the attack is a short edge between neighbours
  instead of a long one across the map. Where support already orders the two (one is
  argued from the other), the attack edge is left out of the ranking instead.
* **Direction.** ``rankdir="AUTO"`` estimates the picture's size both ways (support
  upwards, ``BT``, or rightwards, ``LR``) from the ranks and the label sizes, and takes
  the one whose height-to-width ratio is nearer a page's.
* **Components.** ``dot`` places unconnected parts of a map side by side across the
  ranks; with support running left to right that stacks them one under another, which
  is one reason ``AUTO`` picks ``LR`` for wide maps. (Graphviz's ``pack`` would pack them
  tighter, but graphviz-pure then drops clusters, among them the legend.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import graphviz

from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection
from argmap.render._escape import text_width, wrap_words
from argmap.render._options import RenderOptions
from argmap.render._view import View

__all__ = ["PAGE_RATIO", "Layout", "plan_layout"]

PAGE_RATIO = 1.25
"""The height-to-width ratio ``AUTO`` aims for: a portrait page, a little wider than A4."""

_POINTS_PER_EM = 11.0


class _Groups:
    """Union-find over keys: the sets of nodes that share a rank."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while key != root:  # path compression keeps later look-ups short
            key, self.parent[key] = self.parent.get(key, key), root
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key wins, so the result does not depend on the order of unions.
            low, high = sorted((ra, rb))
            self.parent[high] = low

    def groups(self, keys: Iterable[str]) -> list[list[str]]:
        found: dict[str, list[str]] = {}
        for key in keys:
            found.setdefault(self.find(key), []).append(key)
        return [members for members in found.values() if len(members) > 1]


class Layout:
    """The layout decided for one rendering."""

    def __init__(
        self,
        rankdir: str,
        same_rank: list[list[str]],
        unranked: set[tuple[str, str]],
    ) -> None:
        self.rankdir = rankdir
        self.same_rank = same_rank
        self.unranked = unranked

    @property
    def graph_attributes(self) -> dict[str, str]:
        # Graphviz's component packing (pack, packmode) would stack unconnected parts
        # more tightly, but graphviz-pure then draws no cluster (no legend, no speaker
        # boxes); laid out left to right, dot already stacks components one under another.
        return {}

    def edge_attributes(self, tail: str, head: str) -> dict[str, str]:
        """Attributes of the attack edge from ``tail`` to ``head``."""
        if (tail, head) in self.unranked:
            return {"constraint": "false"}
        # In one rank: a heavier edge keeps the two sides next to each other.
        return {"weight": "3"}

    def add_constraints(self, graph: graphviz.Digraph, *, clustered: bool) -> None:
        """Put each conflict's sides in one rank; unless nodes are already boxed by
        speaker, also in one invisible cluster, which keeps them next to each other."""
        for index, members in enumerate(self.same_rank):
            name = f"conflict_{index}" if clustered else f"cluster_conflict_{index}"
            with graph.subgraph(name=name) as group:
                group.attr(rank="same")
                if not clustered:
                    group.attr(id=f"conflict:{index}", style="invis", label="", margin="4")
                for key in members:
                    group.node(key)


def _support_edges(argument_map: ArgumentMap, view: View) -> dict[str, list[str]]:
    edges: dict[str, list[str]] = {}
    for argument in argument_map.arguments:
        if not view.shown(argument.key):
            continue
        for premise in argument.premises:
            if view.shown(premise):
                edges.setdefault(premise, []).append(argument.key)
        edges.setdefault(argument.key, []).append(argument.conclusion)
    return edges


def _reaches(edges: dict[str, list[str]], start: str, goal: str, limit: int) -> bool:
    """Whether ``goal`` is reachable from ``start`` along support (giving up after
    ``limit`` steps, which then counts as reachable: the safe answer)."""
    seen = {start}
    stack = [start]
    steps = 0
    while stack:
        key = stack.pop()
        for nxt in edges.get(key, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
        steps += 1
        if steps > limit:
            return True
    return False


def _attack_ends(argument_map: ArgumentMap, view: View) -> list[tuple[str, str]]:
    ends = []
    for objection in argument_map.objections:
        tail = objection.key if objection.attacker is None else objection.attacker
        if view.shown(objection.key) and view.shown(tail) and view.shown(objection.target):
            ends.append((tail, objection.target))
    return ends


def _layers(keys: list[str], edges: dict[str, list[str]], groups: _Groups) -> dict[str, int]:
    """Longest-path layering of the support graph with same-rank groups contracted
    (back edges of a circular support are ignored)."""
    contracted: dict[str, set[str]] = {}
    for tail, heads in edges.items():
        for head in heads:
            a, b = groups.find(tail), groups.find(head)
            if a != b:
                contracted.setdefault(a, set()).add(b)
    roots = sorted({groups.find(k) for k in keys})
    order: list[str] = []
    state: dict[str, int] = {}
    for root in roots:
        if root in state:
            continue
        stack = [(root, iter(sorted(contracted.get(root, ()))))]
        state[root] = 1
        while stack:
            key, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                state[key] = 2
                order.append(key)
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(contracted.get(child, ())))))
    position = {key: i for i, key in enumerate(order)}
    layer: dict[str, int] = {}
    for key in reversed(order):  # topological order: tails before heads
        layer.setdefault(key, 0)
        for head in contracted.get(key, ()):
            if position[head] < position[key]:  # not a back edge of a cycle
                layer[head] = max(layer.get(head, 0), layer[key] + 1)
    return {k: layer.get(groups.find(k), 0) for k in keys}


def _node_size(argument_map: ArgumentMap, key: str, wrap: int) -> tuple[float, float]:
    """A rough (width, height) in points of the node drawn for ``key``."""
    element = argument_map[key]
    if isinstance(element, Claim | Evidence):
        text = (
            element.text
            if not isinstance(element, Evidence) or element.quote is None
            else (element.quote.text[:160])
        )
        rows = wrap_words(text, wrap)
        width = max((text_width(r) for r in rows), default=4.0) * _POINTS_PER_EM + 24
        return width, 14.0 * len(rows) + 34
    if isinstance(element, Objection):
        rows = wrap_words(element.text or "?", 28)
        width = max((text_width(r) for r in rows), default=4.0) * _POINTS_PER_EM + 40
        return width, 14.0 * len(rows) + 40
    return 110.0, 48.0


def _aspect_error(width: float, height: float) -> float:
    return abs(math.log(max(height, 1.0) / max(width, 1.0)) - math.log(PAGE_RATIO))


def _choose_direction(
    argument_map: ArgumentMap, keys: list[str], layer: dict[str, int], wrap: int
) -> str:
    sizes = {k: _node_size(argument_map, k, wrap) for k in keys}
    by_layer: dict[int, list[tuple[float, float]]] = {}
    for key in keys:
        by_layer.setdefault(layer[key], []).append(sizes[key])
    gap, rank_gap = 22.0, 32.0
    # Support upwards: a layer is a row; rows stack.
    bt_width = max(sum(w for w, _ in row) + gap * len(row) for row in by_layer.values())
    bt_height = sum(max(h for _, h in row) + rank_gap for row in by_layer.values())
    # Support rightwards: a layer is a column; columns stand side by side.
    lr_width = sum(max(w for w, _ in col) + rank_gap for col in by_layer.values())
    lr_height = max(sum(h for _, h in col) + gap * len(col) for col in by_layer.values())
    if _aspect_error(lr_width, lr_height) < _aspect_error(bt_width, bt_height):
        return "LR"
    return "BT"


def plan_layout(argument_map: ArgumentMap, view: View, options: RenderOptions) -> Layout:
    """Decide the direction, the same-rank groups and the packing of one rendering."""
    edges = _support_edges(argument_map, view)
    groups = _Groups()
    unranked: set[tuple[str, str]] = set()
    limit = 20 * len(argument_map) + 100
    for tail, head in _attack_ends(argument_map, view):
        if groups.find(tail) == groups.find(head):
            continue
        # Joining the two groups must not put two nodes that support orders into one rank.
        tails = [k for k in view.visible if groups.find(k) == groups.find(tail)]
        heads = [k for k in view.visible if groups.find(k) == groups.find(head)]
        ordered = any(
            _reaches(edges, a, b, limit) or _reaches(edges, b, a, limit)
            for a in tails
            for b in heads
        )
        if ordered:
            unranked.add((tail, head))
        else:
            groups.union(tail, head)
    keys = [k for k in argument_map.keys if view.shown(k) and _drawn(argument_map, k)]
    same_rank = groups.groups(keys)
    rankdir = options.rankdir
    if rankdir == "AUTO":
        rankdir = "BT"
        if keys:
            layer = _layers(keys, edges, groups)
            rankdir = _choose_direction(argument_map, keys, layer, options.wrap)
    return Layout(rankdir, same_rank, unranked)


def _drawn(argument_map: ArgumentMap, key: str) -> bool:
    """Whether ``key`` is drawn as a node (objections with an attacker are edges)."""
    element = argument_map[key]
    if isinstance(element, Objection):
        return element.attacker is None
    return isinstance(element, Claim | Evidence | Argument)

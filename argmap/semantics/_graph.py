"""Linear-time graph algorithms on integer adjacency lists, all without recursion.

The grounded labelling (a queue-driven least fixed point), the greatest admissible subset
of a conflict-free set, reachability, weakly and strongly connected components. Labels are
bytes: 0 undecided, 1 in, 2 out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where the vectorised paths run, not before
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "IN",
    "OUT",
    "UNDEC",
    "ancestors",
    "gather",
    "grounded_from_lists",
    "grounded_labels",
    "largest_admissible_subset",
    "stable_order",
    "strongly_connected_components",
    "weak_components",
]

UNDEC = 0
IN = 1
OUT = 2


def gather(
    offsets: npt.NDArray[np.int64], flat: npt.NDArray[np.int64], nodes: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The concatenated adjacency of ``nodes`` in a compressed (CSR) graph."""
    import numpy as np

    starts = offsets[nodes]
    lengths = offsets[nodes + 1] - starts
    total = int(lengths.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    shift = starts - np.cumsum(lengths) + lengths
    return flat[np.repeat(shift, lengths) + np.arange(total, dtype=np.int64)]


# After this many rounds with a small frontier the vectorised loop hands over to a plain
# queue: long chains would otherwise pay numpy's per-call overhead once per link.
_SMALL_FRONTIER = 512
_SMALL_ROUNDS = 64


def grounded_labels(
    n: int,
    offsets: npt.NDArray[np.int64],
    flat: npt.NDArray[np.int64],
    attacked: npt.NDArray[np.int64],
) -> bytearray:
    """The grounded labelling (the characteristic function's least fixed point) as bytes.

    ``offsets``/``flat`` is the attack relation in compressed form (targets of ``i`` are
    ``flat[offsets[i]:offsets[i+1]]``) and ``attacked`` the attacked end of every attack;
    duplicate attacks are harmless.

    The propagation runs in rounds over whole frontiers with numpy while frontiers are
    large, then as a queue in which every attack is looked at a bounded number of times:
    O(n + m) overall, no recursion.
    """
    import numpy as np

    missing = np.bincount(attacked, minlength=n).astype(np.int64)
    label = np.zeros(n, dtype=np.int8)
    # stamp[x] = position of x in the last array it was written from: keeping the entries
    # whose stamp points back at themselves de-duplicates without sorting.
    stamp = np.zeros(n, dtype=np.int64)
    frontier = np.flatnonzero(missing == 0)
    small_rounds = 0
    while frontier.size:
        if frontier.size < _SMALL_FRONTIER:
            small_rounds += 1
            if small_rounds > _SMALL_ROUNDS:
                return _grounded_queue(offsets, flat, missing, label, frontier)
        label[frontier] = IN
        hit = gather(offsets, flat, frontier)
        hit = _distinct(hit[label[hit] != OUT], stamp)
        label[hit] = OUT
        touched = gather(offsets, flat, hit)
        np.subtract.at(missing, touched, 1)
        ready = touched[(missing[touched] == 0) & (label[touched] == UNDEC)]
        frontier = _distinct(ready, stamp)
    return bytearray(label.tobytes())


def _distinct(values: npt.NDArray[np.int64], stamp: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``values`` without repeats (first-come order not kept), in O(len(values))."""
    import numpy as np

    positions = np.arange(values.size, dtype=np.int64)
    stamp[values] = positions
    kept: npt.NDArray[np.int64] = values[stamp[values] == positions]
    return kept


def _grounded_queue(
    offsets: npt.NDArray[np.int64],
    flat: npt.NDArray[np.int64],
    missing_array: npt.NDArray[np.int64],
    label_array: npt.NDArray[np.int8],
    frontier: npt.NDArray[np.int64],
) -> bytearray:
    bounds = offsets.tolist()
    values = flat.tolist()
    missing = missing_array.tolist()
    label = bytearray(label_array.tobytes())
    queue = frontier.tolist()
    for i in queue:
        label[i] = IN
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        for y in values[bounds[x] : bounds[x + 1]]:
            if label[y] == OUT:
                continue
            label[y] = OUT
            for z in values[bounds[y] : bounds[y + 1]]:
                missing[z] -= 1
                if not missing[z] and not label[z]:
                    label[z] = IN
                    queue.append(z)
    return label


def grounded_from_lists(
    attackers: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]
) -> bytearray:
    """The grounded labelling from attacker and target lists (no duplicates), with a
    plain queue: O(n + m), for frameworks too small to be worth loading numpy."""
    missing = [len(a) for a in attackers]
    label = bytearray(len(attackers))
    queue = [x for x, count in enumerate(missing) if not count]
    for x in queue:
        label[x] = IN
    for x in queue:
        for y in targets[x]:
            if label[y] == OUT:
                continue
            label[y] = OUT
            for z in targets[y]:
                missing[z] -= 1
                if not missing[z] and not label[z]:
                    label[z] = IN
                    queue.append(z)
    return label


def stable_order(keys: npt.NDArray[np.int64], n: int) -> npt.NDArray[np.int64]:
    """The stable sorting permutation of ``keys`` (all in ``0..n-1``).

    Uses numpy's linear-time radix sort on 16-bit digits (one or two passes), which is
    several times faster than a comparison sort on millions of keys.
    """
    import numpy as np

    order: npt.NDArray[np.int64]
    if n <= 1 << 16:
        order = np.argsort(keys.astype(np.uint16), kind="stable")
    elif n <= 1 << 32:
        wide = keys.astype(np.uint32)
        first = np.argsort((wide & 0xFFFF).astype(np.uint16), kind="stable")
        second = np.argsort((wide[first] >> 16).astype(np.uint16), kind="stable")
        order = first[second]
    else:  # pragma: no cover - beyond 4 billion arguments
        order = np.argsort(keys, kind="stable")
    return order


def largest_admissible_subset(
    members: Iterable[int],
    attackers: Sequence[Sequence[int]],
    targets: Sequence[Sequence[int]],
) -> list[int]:
    """The greatest admissible subset of a conflict-free set ``members``, sorted.

    Repeatedly drops a member that has an attacker the remaining set does not attack
    (a greatest fixed point), with a queue and counters: O(n + m).
    """
    inside: dict[int, None] = dict.fromkeys(members)
    hits: dict[int, int] = {}
    for a in inside:
        for b in targets[a]:
            hits[b] = hits.get(b, 0) + 1
    doomed = [a for a in inside if any(not hits.get(b) for b in attackers[a])]
    dropped = set(doomed)
    head = 0
    while head < len(doomed):
        a = doomed[head]
        head += 1
        for b in targets[a]:
            hits[b] -= 1
            if not hits[b]:
                for c in targets[b]:
                    if c in inside and c not in dropped:
                        dropped.add(c)
                        doomed.append(c)
    return sorted(a for a in inside if a not in dropped)


def ancestors(start: int, attackers: Sequence[Sequence[int]]) -> list[int]:
    """Every argument with an attack path to ``start`` (``start`` included), sorted."""
    seen = {start}
    stack = [start]
    while stack:
        x = stack.pop()
        for y in attackers[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    return sorted(seen)


def weak_components(
    nodes: Sequence[int],
    attackers: Sequence[Sequence[int]],
    targets: Sequence[Sequence[int]],
) -> list[list[int]]:
    """The weakly connected components of the sub-graph induced by ``nodes``.

    Each component is sorted; components come in order of their smallest node.
    """
    allowed = set(nodes)
    seen: set[int] = set()
    components: list[list[int]] = []
    for root in sorted(allowed):
        if root in seen:
            continue
        seen.add(root)
        component = [root]
        stack = [root]
        while stack:
            x = stack.pop()
            for neighbours in (attackers[x], targets[x]):
                for y in neighbours:
                    if y in allowed and y not in seen:
                        seen.add(y)
                        component.append(y)
                        stack.append(y)
        component.sort()
        components.append(component)
    return components


def strongly_connected_components(n: int, targets: Sequence[Sequence[int]]) -> list[list[int]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit).

    Components come in reverse topological order of the condensation: a component comes
    before every component with an attack into it (sinks first). Each is sorted.

    References
    ----------
    Tarjan, R. (1972). Depth-first search and linear graph algorithms. *SIAM Journal on
    Computing* 1(2), 146-160. doi:10.1137/0201010
    """
    index = [-1] * n
    low = [0] * n
    on_stack = bytearray(n)
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work: list[tuple[int, int]] = [(root, 0)]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = 1
        while work:
            v, pos = work[-1]
            succ = targets[v]
            if pos < len(succ):
                work[-1] = (v, pos + 1)
                w = succ[pos]
                if index[w] == -1:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = 1
                    work.append((w, 0))
                elif on_stack[w] and index[w] < low[v]:
                    low[v] = index[w]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[v] < low[parent]:
                    low[parent] = low[v]
            if low[v] == index[v]:
                component: list[int] = []
                while True:
                    w = stack.pop()
                    on_stack[w] = 0
                    component.append(w)
                    if w == v:
                        break
                component.sort()
                components.append(component)
    return components

"""The engine behind :mod:`argmap.semantics.dung`: everything in integer indices.

Strategy, for the semantics whose extensions are complete (CO, PR, ST, SST, ID, EG):
the grounded labelling is computed first in linear time; every such extension contains
its IN arguments and excludes its OUT ones, and the undecided rest splits into weakly
connected components whose extensions combine freely (a cartesian product). Each
component is solved by its own incremental SAT instance (:mod:`argmap.semantics._sat`),
except that the complete and preferred extensions of a component made of several strongly
connected components are enumerated SCC by SCC (:mod:`argmap.semantics._scc`).
Conflict-free, admissible and stage extensions need not contain the grounded extension,
so for them the whole framework is split into components instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import numpy as np

from argmap.semantics import _graph
from argmap.semantics._sat import Base, ComponentSolver
from argmap.semantics._scc import SccPlan
from argmap.semantics.framework import ArgumentationFramework

__all__ = [
    "Component",
    "count",
    "counterexample",
    "extensions",
    "first",
    "grounded",
    "labels_of",
    "witness",
]

# Whether complete and preferred extensions of a component with several strongly connected
# components are enumerated SCC by SCC (see :mod:`argmap.semantics._scc`). Read at call
# time, so the benchmark can measure both ways in one process.
SCC_RECURSIVE = True
_SCC_SEMANTICS = frozenset({"CO", "PR"})
# One preferred extension is found SCC by SCC only when at least this many SCCs need a SAT
# call: with fewer, building an instance per SCC costs more than the single maximisation
# of one instance (measured in benchmarks/bench_af.py: random frameworks, whose undecided
# rest has one to three such SCCs per component, lost ~20% with the greedy way).
_GREEDY_MIN_CYCLES = 4

# Semantics codes (ICCMA's abbreviations).
REDUCED = frozenset({"CO", "PR", "ST", "SST", "ID", "EG"})
_BASE: dict[str, Base] = {
    "CF": "cf",
    "ADM": "adm",
    "CO": "co",
    "ST": "st",
    "PR": "adm",
    "SST": "co",
    "STG": "cf",
}


class Component:
    """A weakly connected piece of the framework, with local attacker lists."""

    __slots__ = ("attackers", "memo", "nodes", "targets")

    def __init__(self, nodes: list[int], attackers: list[list[int]]) -> None:
        self.nodes = nodes
        self.attackers = attackers
        targets: list[list[int]] = [[] for _ in nodes]
        for a, att in enumerate(attackers):
            for b in att:
                targets[b].append(a)
        self.targets = targets
        self.memo: dict[str, Any] = {}

    def solver(self, semantics: str) -> ComponentSolver:
        return ComponentSolver(self.attackers, _BASE[semantics], ranges=semantics in ("SST", "STG"))

    def to_global(self, local: list[int]) -> list[int]:
        nodes = self.nodes
        return [nodes[a] for a in local]

    def all_extensions(self, semantics: str) -> list[list[int]]:
        key = f"all-{semantics}"
        if key not in self.memo and SCC_RECURSIVE and semantics in _SCC_SEMANTICS:
            plan = self.scc_plan()
            if len(plan) > 1:
                found = list(plan.extensions(semantics))
                self.memo[key] = [self.to_global(e) for e in found]
                self.memo[f"first-{semantics}"] = self.memo[key][0]
        if key not in self.memo:
            with self.solver(semantics) as s:
                if semantics == "PR":
                    found = list(s.preferred())
                elif semantics in ("SST", "STG"):
                    found = list(s.range_maximal())
                else:
                    found = list(s.all_models())
            self.memo[key] = [self.to_global(e) for e in found]
            self.memo[f"first-{semantics}"] = self.memo[key][0] if found else None
        return self.memo[key]  # type: ignore[no-any-return]

    def scc_plan(self) -> SccPlan:
        """The strongly connected components in topological order, memoised."""
        plan = self.memo.get("scc-plan")
        if plan is None:
            plan = SccPlan(self.attackers, self.targets)
            self.memo["scc-plan"] = plan
        return plan

    def first_extension(self, semantics: str) -> list[int] | None:
        key = f"first-{semantics}"
        if key not in self.memo and SCC_RECURSIVE and semantics == "PR":
            plan = self.scc_plan()
            if plan.cycles >= _GREEDY_MIN_CYCLES:
                self.memo[key] = self.to_global(plan.first(semantics))
        if key not in self.memo:
            with self.solver(semantics) as s:
                found = s.solve()
                local: list[int] | None = None
                if found is not None:
                    if semantics == "PR":
                        local = s.maximise_members(found[0])
                    elif semantics in ("SST", "STG"):
                        local = s.maximise_range(found)[0]
                    else:
                        local = found[0]
            self.memo[key] = None if local is None else self.to_global(local)
        return self.memo[key]  # type: ignore[no-any-return]

    def credulous(self, a: int, semantics: str) -> list[int] | None:
        """An extension of this component containing local ``a`` (global indices)."""
        if semantics in ("ADM", "CO", "PR"):
            upstream = _graph.ancestors(a, self.attackers)
            if len(upstream) < len(self.nodes):
                return self._credulous_upstream(a, semantics, upstream)
        with self.solver(semantics) as s:
            if semantics in ("SST", "STG"):
                local = s.range_maximal_with(a, member=True)
            else:
                found = s.solve([a + 1])
                local = None if found is None else found[0]
                if local is not None and semantics == "PR":
                    local = s.maximise_members(local)
        return None if local is None else self.to_global(local)

    def _credulous_upstream(self, a: int, semantics: str, upstream: list[int]) -> list[int] | None:
        """Credulous acceptance decided on the arguments with a path to ``a`` only.

        An admissible set containing ``a`` exists iff one exists among ``a``'s ancestors
        (intersecting an admissible set with them keeps it admissible, since attackers
        and defenders of ancestors are ancestors). The seed found there is then extended
        to a complete or preferred extension of the whole component.
        """
        position = {x: i for i, x in enumerate(upstream)}
        local_attackers = [[position[y] for y in self.attackers[x]] for x in upstream]
        with ComponentSolver(local_attackers, "adm") as s:
            found = s.solve([position[a] + 1])
        if found is None:
            return None
        seed = [upstream[i] for i in found[0]]
        if semantics == "ADM":
            return self.to_global(seed)
        with self.solver(semantics) as s:
            if semantics == "PR":
                return self.to_global(s.maximise_members(seed))
            closed = s.solve([x + 1 for x in seed])
        assert closed is not None  # an admissible set lies in some complete extension
        return self.to_global(closed[0])

    def skeptical_counterexample(self, a: int, semantics: str) -> list[int] | None:
        """An extension of this component without local ``a``, or ``None``."""
        with self.solver(semantics) as s:
            if semantics in ("SST", "STG"):
                local = s.range_maximal_with(a, member=False)
            elif semantics == "PR":
                local = s.preferred_without(a)
            else:
                found = s.solve([-(a + 1)])
                local = None if found is None else found[0]
        return None if local is None else self.to_global(local)

    def ideal(self) -> list[int]:
        """The ideal extension of this component (Dunne's characterisation)."""
        if "ideal" not in self.memo:
            accepted: set[int] = set()
            n = len(self.nodes)
            with ComponentSolver(self.attackers, "adm") as s:
                while True:
                    unknown = [x + 1 for x in range(n) if x not in accepted]
                    if not unknown:
                        break
                    s.add(unknown)
                    found = s.solve()
                    if found is None:
                        break
                    accepted.update(found[0])
            candidates = [
                x for x in sorted(accepted) if not any(b in accepted for b in self.attackers[x])
            ]
            local = _graph.largest_admissible_subset(candidates, self.attackers, self.targets)
            self.memo["ideal"] = self.to_global(local)
        return self.memo["ideal"]  # type: ignore[no-any-return]

    def eager(self) -> list[int]:
        """The eager extension of this component: the greatest admissible subset of the
        intersection of its semi-stable extensions."""
        if "eager" not in self.memo:
            common: set[int] | None = None
            with self.solver("SST") as s:
                for ext in s.range_maximal():
                    common = set(ext) if common is None else common & set(ext)
                    if not common:
                        break
            assert common is not None  # every finite framework has a semi-stable extension
            local = _graph.largest_admissible_subset(sorted(common), self.attackers, self.targets)
            self.memo["eager"] = self.to_global(local)
        return self.memo["eager"]  # type: ignore[no-any-return]


# -- decomposition -------------------------------------------------------------------


def grounded(af: ArgumentationFramework) -> bytearray:
    """The grounded labelling as bytes (0 undec, 1 in, 2 out), memoised."""
    labels = af.cache.get("grounded")
    if labels is None:
        offsets, flat = af.csr()
        labels = _graph.grounded_labels(len(af), offsets, flat, af.attack_arrays[1])
        af.cache["grounded"] = labels
    return labels


def components(af: ArgumentationFramework, *, reduced: bool) -> list[Component]:
    """The weakly connected components of the undecided part (``reduced``) or of all."""
    key = "components-reduced" if reduced else "components-all"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    n = len(af)
    src, dst = af.attack_arrays
    if reduced:
        keep = np.frombuffer(bytes(grounded(af)), dtype=np.int8) == _graph.UNDEC
    else:
        keep = np.ones(n, dtype=bool)
    chosen = np.flatnonzero(keep)
    nodes = chosen.tolist()
    count = len(nodes)
    position = np.full(n, -1, dtype=np.int64)
    position[chosen] = np.arange(count, dtype=np.int64)
    inside = keep[src] & keep[dst]
    # Local edges, de-duplicated and sorted by (attacked, attacker): deterministic lists.
    codes = np.unique(position[dst[inside]] * max(count, 1) + position[src[inside]])
    heads = (codes // max(count, 1)).tolist()
    tails = (codes % max(count, 1)).tolist()
    attackers: list[list[int]] = [[] for _ in range(count)]
    targets: list[list[int]] = [[] for _ in range(count)]
    for y, x in zip(heads, tails, strict=True):
        attackers[y].append(x)
        targets[x].append(y)
    result: list[Component] = []
    for piece in _graph.weak_components(range(count), attackers, targets):
        if len(piece) == count:  # one component: local indices are already right
            result.append(Component(nodes, attackers))
            continue
        local = {p: i for i, p in enumerate(piece)}
        result.append(
            Component(
                [nodes[p] for p in piece],
                [[local[q] for q in attackers[p]] for p in piece],
            )
        )
    af.cache[key] = result
    return result


def _locate(af: ArgumentationFramework, a: int, *, reduced: bool) -> tuple[Component, int]:
    key = "where-reduced" if reduced else "where-all"
    where = af.cache.get(key)
    if where is None:
        where = {}
        for c in components(af, reduced=reduced):
            for i, g in enumerate(c.nodes):
                where[g] = (c, i)
        af.cache[key] = where
    return where[a]  # type: ignore[no-any-return]


def _fixed(af: ArgumentationFramework, semantics: str) -> list[int]:
    if semantics in REDUCED:
        return _grounded_in(af)
    return []


def _grounded_in(af: ArgumentationFramework) -> list[int]:
    """The grounded extension's indices, sorted (a fresh list each call)."""
    labels = np.frombuffer(bytes(grounded(af)), dtype=np.int8)
    return np.flatnonzero(labels == _graph.IN).tolist()


# -- the tasks -------------------------------------------------------------------------


def extensions(af: ArgumentationFramework, semantics: str) -> Iterator[list[int]]:
    """Every extension, as a sorted list of indices, each once."""
    if semantics in ("GR", "ID", "EG"):
        yield single(af, semantics)
        return
    base = _fixed(af, semantics)
    parts = [c.all_extensions(semantics) for c in components(af, reduced=semantics in REDUCED)]
    if any(not p for p in parts):
        return
    for choice in itertools.product(*parts):
        yield sorted(itertools.chain(base, *choice))


def count(af: ArgumentationFramework, semantics: str) -> int:
    """The number of extensions."""
    if semantics in ("GR", "ID", "EG"):
        return 1
    total = 1
    for c in components(af, reduced=semantics in REDUCED):
        total *= len(c.all_extensions(semantics))
        if not total:
            return 0
    return total


def single(af: ArgumentationFramework, semantics: str) -> list[int]:
    """The unique extension of GR, ID or EG."""
    key = f"single-{semantics}"
    cached = af.cache.get(key)
    if cached is None:
        cached = _grounded_in(af)
        if semantics != "GR":
            for c in components(af, reduced=True):
                cached.extend(c.ideal() if semantics == "ID" else c.eager())
            cached.sort()
        af.cache[key] = cached
    return cached


def first(af: ArgumentationFramework, semantics: str) -> list[int] | None:
    """Some extension, or ``None`` if there is none."""
    if semantics in ("GR", "ID", "EG"):
        return single(af, semantics)
    return _complete_with(af, semantics, None, [])


def _complete_with(
    af: ArgumentationFramework, semantics: str, chosen: Component | None, part: list[int]
) -> list[int] | None:
    """``part`` for component ``chosen`` plus the first extension of every other one."""
    pieces = [_fixed(af, semantics), part]
    for c in components(af, reduced=semantics in REDUCED):
        if c is chosen:
            continue
        other = c.first_extension(semantics)
        if other is None:
            return None
        pieces.append(other)
    return sorted(itertools.chain.from_iterable(pieces))


def witness(af: ArgumentationFramework, a: int, semantics: str) -> list[int] | None:
    """An extension containing argument ``a`` (credulous acceptance), or ``None``."""
    if semantics in ("GR", "ID", "EG"):
        ext = single(af, semantics)
        return ext if a in set(ext) else None
    if semantics == "CF":
        offsets, flat = af.csr()
        self_attack = a in flat[offsets[a] : offsets[a + 1]].tolist()
        return None if self_attack else [a]
    if semantics in REDUCED:
        label = grounded(af)[a]
        if label == _graph.OUT:
            return None
        if label == _graph.IN:
            return first(af, semantics)
    component, local = _locate(af, a, reduced=semantics in REDUCED)
    if semantics in ("CO", "ADM"):
        found = component.credulous(local, semantics)
        return None if found is None else sorted(_fixed(af, semantics) + found)
    found = component.credulous(local, semantics)
    if found is None:
        return None
    return _complete_with(af, semantics, component, found)


def counterexample(af: ArgumentationFramework, a: int, semantics: str) -> list[int] | None:
    """An extension without argument ``a`` (refuting skeptical acceptance), or ``None``.

    ``None`` also when there is no extension at all (skeptical acceptance is then
    vacuous, as in ICCMA).
    """
    if semantics in ("GR", "ID", "EG"):
        ext = single(af, semantics)
        return None if a in set(ext) else ext
    if semantics in ("CF", "ADM"):
        return []
    if semantics == "CO":
        ext = single(af, "GR")
        return None if a in set(ext) else ext
    if semantics in REDUCED:
        label = grounded(af)[a]
        if label == _graph.IN:
            return None
        if label == _graph.OUT:
            return first(af, semantics)
    component, local = _locate(af, a, reduced=semantics in REDUCED)
    found = component.skeptical_counterexample(local, semantics)
    if found is None:
        return None
    return _complete_with(af, semantics, component, found)


def is_maximal(af: ArgumentationFramework, members: list[int], semantics: str) -> bool:
    """Whether a complete (``PR``, ``SST``) or conflict-free (``STG``) set is maximal:
    no admissible strict superset (PR), no complete (SST) or conflict-free (STG) set of
    strictly larger range. Both the set and its range split over the components, so
    each component is asked once."""
    inside = set(members)
    for c in components(af, reduced=semantics in REDUCED):
        local = [i for i, g in enumerate(c.nodes) if g in inside]
        if semantics == "PR":
            kept = set(local)
            grow = [a + 1 for a in range(len(c.nodes)) if a not in kept]
            if not grow:
                continue
            with c.solver(semantics) as s:
                s.add(grow)
                if s.solve([a + 1 for a in local]) is not None:
                    return False
            continue
        reached = set(local)
        for a in local:
            reached.update(c.targets[a])
        with c.solver(semantics) as s:
            larger = [s.lit_rng(b) for b in range(len(c.nodes)) if b not in reached]
            if not larger:
                continue
            s.add(larger)
            if s.solve([s.lit_rng(b) for b in sorted(reached)]) is not None:
                return False
    return True


def labels_of(af: ArgumentationFramework, members: list[int]) -> bytearray:
    """The labelling induced by a set: in, out if attacked by it, undec otherwise."""
    n = len(af)
    label = np.zeros(n, dtype=np.int8)
    chosen = np.asarray(members, dtype=np.int64)
    if chosen.size:
        offsets, flat = af.csr()
        hit = _graph.gather(offsets, flat, chosen)
        label[hit] = _graph.OUT
        label[chosen] = _graph.IN
    return bytearray(label.tobytes())

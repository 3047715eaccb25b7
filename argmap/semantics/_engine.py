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
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from argmap.semantics import _graph
from argmap.semantics.framework import ArgumentationFramework

if TYPE_CHECKING:  # the SAT layer is imported by the first task that needs it
    from argmap.semantics._sat import Base, ComponentSolver
    from argmap.semantics._scc import SccPlan

__all__ = [
    "Component",
    "acceptance",
    "components",
    "count",
    "count_lists_extensions",
    "counterexample",
    "extensions",
    "first",
    "grounded",
    "is_maximal",
    "labels_of",
    "witness",
]

# Complete and preferred extensions of a component with several strongly connected
# components are enumerated SCC by SCC (see :mod:`argmap.semantics._scc`) unless a task is
# called with ``scc=False`` (the benchmark and the tests measure and compare both ways).
_SCC_SEMANTICS = frozenset({"CO", "PR"})
# Complete and stable extensions are counted SCC by SCC only when no SCC with more than
# this many arguments attacks a later one: the labellings of such SCCs are listed.
_SCC_COUNT_MAX = 20
# One preferred extension is found SCC by SCC only when at least this many SCCs need a SAT
# call: with fewer, building an instance per SCC costs more than the single maximisation
# of one instance (measured in benchmarks/bench_af.py: random frameworks, whose undecided
# rest has one to three such SCCs per component, lost ~20% with the greedy way).
_GREEDY_MIN_CYCLES = 4
# The conflicts a search for a stable extension may take before one preferred extension
# is grown instead (see Component._preferred_or_stable). Measured (CPU time of one
# preferred extension, Erdős–Rényi 4 at 1,600 arguments and 9 at 300, six seeds each):
# growth alone 17.6 s in all on the first three seeds of each; the former race (growth
# and stable searches taking turns, budgets from 2,000 conflicts growing fourfold)
# 20.9 s, and 29.3 s on all twelve; the stable search first with 10,000, 20,000 or
# 40,000 conflicts, then growth without interruption, 14.8, 14.9 and 14.4 s, and 19.2 s
# on all twelve with 20,000. Each interruption cost both searches their momentum.
_STABLE_FIRST_CONFLICTS = 20_000

# Semantics codes (ICCMA's abbreviations).
REDUCED = frozenset({"CO", "PR", "ST", "SST", "ID", "EG"})
# The encoding each semantics' queries run on: (base, with range variables). Preferred
# extensions grow from complete sets, not admissible ones: a complete model is closed
# under defence, so a maximisation needs a handful of steps instead of hundreds.
# Credulous questions (is some admissible set holding these?) go to the admissible
# encoding: it has fewer constraints and proved several times faster on dense random
# frameworks; an admissible witness is then closed into a complete extension.
_ENCODING: dict[str, tuple[Base, bool]] = {
    "CF": ("cf", False),
    "ADM": ("adm", False),
    "CO": ("co", False),
    "PR": ("co", False),
    "ST": ("st", False),
    "SST": ("co", True),
    "STG": ("cf", True),
}
# Enumerating admissible sets needs the admissible encoding itself.
_ENUMERATION_BASE: dict[str, Base] = {"CF": "cf", "ADM": "adm", "CO": "co", "ST": "st"}


class Component:
    """A weakly connected piece of the framework, with local attacker lists.

    It owns one incremental SAT solver per encoding, created on first use and reused by
    every later query on this component (assumptions fix the query; temporary clauses
    are guarded and retired), so asking about every argument in turn costs one solver
    set-up, not one per question.
    """

    __slots__ = ("_solvers", "attackers", "memo", "nodes", "targets")

    def __init__(
        self,
        nodes: list[int],
        attackers: list[list[int]],
        targets: list[list[int]] | None = None,
    ) -> None:
        self.nodes = nodes
        self.attackers = attackers
        if targets is None:
            targets = [[] for _ in nodes]
            for a, att in enumerate(attackers):
                for b in att:
                    targets[b].append(a)
        self.targets = targets
        self.memo: dict[str, Any] = {}
        self._solvers: dict[tuple[Base, bool], ComponentSolver] = {}

    def reasoner(self, semantics: str) -> ComponentSolver:
        """The component's long-lived solver for ``semantics`` (do not add permanent
        clauses to it)."""
        key = _ENCODING[semantics]
        solver = self._solvers.get(key)
        if solver is None:
            from argmap.semantics._sat import ComponentSolver

            solver = ComponentSolver(self.attackers, key[0], ranges=key[1])
            if key[1]:
                solver.lift_order = self.lift_groups
                solver.lift_follows_sccs = self._greedy_pays
            self._tell_about_stable(solver)
            self._solvers[key] = solver
        return solver

    def solver(self, semantics: str) -> ComponentSolver:
        """A fresh solver for an enumeration (its blocking clauses are permanent)."""
        from argmap.semantics._sat import ComponentSolver

        base = _ENUMERATION_BASE.get(semantics) or _ENCODING[semantics][0]
        solver = ComponentSolver(self.attackers, base, ranges=semantics in ("SST", "STG"))
        solver.lift_order = self.lift_groups
        self._tell_about_stable(solver)
        return solver

    def to_global(self, local: list[int]) -> list[int]:
        nodes = self.nodes
        return [nodes[a] for a in local]

    def has_stable(self) -> bool:
        """Whether the component has a stable extension (semi-stable and stage
        extensions are then exactly the stable ones)."""
        if "stable" not in self.memo:
            self.memo["stable"] = self.reasoner("ST").members()
            for solver in self._solvers.values():  # those made before it was known
                self._tell_about_stable(solver)
        return self.memo["stable"] is not None

    def _tell_about_stable(self, solver: ComponentSolver) -> None:
        """Let ``solver``'s range lifts know when the stable search has failed: no set
        then has the whole component as its range (before that search, or after it
        succeeded, they must not assume so)."""
        solver.full_range_possible = self.memo.get("stable", ()) is not None

    def _range_based(self, semantics: str) -> str:
        """``ST`` when a range-based semantics coincides with stable here."""
        return "ST" if semantics in ("SST", "STG") and self.has_stable() else semantics

    def all_extensions(self, semantics: str, *, scc: bool = True) -> list[list[int]]:
        """Every extension (global indices); ``scc``: SCC by SCC where that applies."""
        key = f"all-{semantics}" if scc else f"all-{semantics}-whole"
        if key not in self.memo and scc and semantics in _SCC_SEMANTICS:
            plan = self.scc_plan()
            if len(plan) > 1:
                found = list(plan.extensions(semantics))
                self.memo[key] = [self.to_global(e) for e in found]
        if key not in self.memo:
            if semantics in ("SST", "STG") and self.has_stable():
                self.memo[key] = self.all_extensions("ST")
                return self.memo[key]  # type: ignore[no-any-return]
            with self.solver(semantics) as s:
                if semantics == "PR":
                    found = list(s.preferred())
                elif semantics in ("SST", "STG"):
                    found = list(s.range_maximal())
                else:
                    found = list(s.all_models())
            self.memo[key] = [self.to_global(e) for e in found]
        return self.memo[key]  # type: ignore[no-any-return]

    def _greedy_pays(self, *, scc: bool = True) -> bool:
        """Whether one extension is better built SCC by SCC: at least
        ``_GREEDY_MIN_CYCLES`` SCCs need a SAT call, and no SCC holds most of the
        component (one that does is most of the work whichever way, and the SCC-by-SCC
        way only adds to it: the 10^5-argument grid, one SCC of 96,862 arguments among
        664, found one preferred extension in 4.7 s of CPU SCC by SCC, 3.3-4.4 s whole)."""
        if not scc:
            return False
        plan = self.scc_plan()
        return plan.cycles >= _GREEDY_MIN_CYCLES and 2 * plan.largest <= len(self.nodes)

    def lift_groups(self) -> list[list[int]]:
        """The order a range is lifted in (see ``ComponentSolver.maximise_range``): the
        SCCs in topological order, in runs of ``LIFT_GROUP`` arguments. An argument's
        range depends on its attackers, so attackers settle first, and a group's failed
        lift rules out its whole run at once."""
        from argmap.semantics._sat import LIFT_GROUP, chunked

        return chunked(self.scc_plan().pieces, LIFT_GROUP)

    def scc_plan(self) -> SccPlan:
        """The strongly connected components in topological order, memoised."""
        plan = self.memo.get("scc-plan")
        if plan is None:
            from argmap.semantics._scc import SccPlan

            plan = SccPlan(self.attackers, self.targets)
            self.memo["scc-plan"] = plan
        return plan

    def first_extension(self, semantics: str, *, scc: bool = True) -> list[int] | None:
        """Some extension of this component (global indices), or ``None``; ``scc``: a
        preferred one is grown SCC by SCC when that pays."""
        key = f"first-{semantics}" if scc else f"first-{semantics}-whole"
        if key not in self.memo:
            self.memo[key] = self._first(semantics, scc=scc)
        return self.memo[key]  # type: ignore[no-any-return]

    def _first(self, semantics: str, *, scc: bool) -> list[int] | None:
        if semantics == "ST" and 1 < len(self.nodes) <= _TINY:
            masks = tiny_extensions(self.attackers, "ST")
            return self.to_global(sorted(_bits(masks[0]))) if masks else None
        if len(self.nodes) == 1:
            # Hundreds of lone arguments are common (isolated, or self-attacking ones the
            # grounded labelling leaves): each would otherwise get a solver of its own.
            if semantics in ("CF", "ADM", "CO") or self.attackers[0]:
                return None if semantics == "ST" and self.attackers[0] else []
            return list(self.nodes)
        if semantics in ("CF", "ADM", "CO"):
            # The empty set: admissible, and complete on the undecided part (whose
            # grounded extension is empty).
            return []
        semantics = self._range_based(semantics)
        if semantics == "ST":
            # has_stable may have found one already (semi-stable and stage ask it first).
            found = self.memo["stable"] if "stable" in self.memo else self.reasoner("ST").members()
            return None if found is None else self.to_global(found)
        if semantics == "PR":
            if self._greedy_pays(scc=scc):
                return self.to_global(self.scc_plan().first("PR"))
            return self.to_global(self._preferred_or_stable())
        s = self.reasoner(semantics)
        if self._greedy_pays(scc=scc):
            # Start from a set of locally maximal range, found SCC by SCC: on a chain of
            # SCCs the global maximisation then needs a few steps, not one per SCC.
            start = self.scc_plan().first(semantics)
            reach = set(start)
            for x in start:
                reach.update(self.targets[x])
            model: tuple[list[int], list[int]] | None = (start, sorted(reach))
        else:
            model = s.solve()
        assert model is not None  # SST and STG extensions always exist
        return self.to_global(s.maximise_range(model)[0])

    def _preferred_or_stable(self) -> list[int]:
        """One preferred extension (local indices). A stable extension is preferred
        too, and on dense frameworks a search for one can be far easier than growing a
        complete set until no complete set contains it (Erdős–Rényi, 9 attacks per
        argument, 300 arguments: 0.05 s against 1.4 s of CPU), or impossible (no stable
        extension). So the stable search goes first, within a conflict budget
        (``_STABLE_FIRST_CONFLICTS``); if it finds nothing in time, or proves there is
        nothing, the growth runs alone, uninterrupted, on an admissible encoding of its
        own whose decisions all set arguments in: its first model is then a preferred
        extension already (see ``_sat._MAXIMAL_FIRST``), and growing it proves that in
        one cheap call. Measured (CPU time in-process of one preferred extension, six
        seeds each, against growth of a complete set on the long-lived solver):
        Erdős–Rényi 4 at 1,600 14.1 s -> 9.6 s in all (benchmark seed 1.65-2.06 s ->
        1.09-1.18 s), Erdős–Rényi 9 at 300 4.9 s -> 4.5 s. The admissible encoding beat
        the complete one here (9.6 s against 10.0 s, and 4.5 s against 4.8 s), unlike in
        the growth of complete sets: a maximal-first search takes no growth steps."""
        from argmap.semantics._sat import UNDECIDED, ComponentSolver

        known = self.memo.get("stable")
        if known is not None:
            return known  # type: ignore[no-any-return]
        if "stable" not in self.memo:
            rival = self.reasoner("ST").members_within((), _STABLE_FIRST_CONFLICTS)
            if rival != UNDECIDED:
                self.memo["stable"] = rival
                if rival is not None:
                    return rival
        with ComponentSolver(self.attackers, "adm", maximal_first=True) as s:
            members = s.members()
            assert members is not None  # the empty set is admissible
            return s.maximise_members(members, close=self.complete_closure)

    def credulous(self, a: int, semantics: str) -> list[int] | None:
        """An extension of this component containing local ``a`` (global indices)."""
        if semantics == "SST" and self.reasoner("ADM").members([a + 1]) is None:
            # Semi-stable extensions are admissible: when no admissible set holds `a`,
            # neither the stable check nor the loop over ranges is needed (Erdős–Rényi
            # 4 at 1,600 arguments, DC-SST: 2.3-3.2 s -> 0.7-0.95 s in-process).
            return None
        semantics = self._range_based(semantics)
        if semantics in ("SST", "STG"):
            local = self.reasoner(semantics).range_maximal_where([a + 1])
        elif semantics in ("ADM", "CO", "PR"):
            # All on the admissible encoding: a complete witness is the closure of an
            # admissible one, and a preferred one grows through closures.
            s = self.reasoner("ADM")
            local = s.members([a + 1])
            if local is not None and semantics == "CO":
                local = self.complete_closure(local)
            elif local is not None and semantics == "PR":
                local = s.maximise_members(local, close=self.complete_closure)
        else:
            local = self.reasoner(semantics).members([a + 1])
        return None if local is None else self.to_global(local)

    def complete_closure(self, members: list[int]) -> list[int]:
        """The least complete extension containing the admissible set ``members``
        (sorted local indices): add every argument the set defends, until none is left.
        Linear: each argument counts its attackers not yet attacked by the set."""
        inside = set(members)
        attacked: set[int] = set()
        unanswered = [len(att) for att in self.attackers]
        queue = list(members)
        while queue:
            x = queue.pop()
            for y in self.targets[x]:
                if y in attacked:
                    continue
                attacked.add(y)
                for z in self.targets[y]:
                    unanswered[z] -= 1
                    if not unanswered[z] and z not in inside:
                        inside.add(z)
                        queue.append(z)
        return sorted(inside)

    def skeptical_counterexample(self, a: int, semantics: str) -> list[int] | None:
        """An extension of this component without local ``a``, or ``None``."""
        semantics = self._range_based(semantics)
        s = self.reasoner(semantics)
        if semantics in ("SST", "STG"):
            local = s.range_maximal_where([-(a + 1)])
        elif semantics == "PR":
            local = self._preferred_without(s, a)
        else:
            local = s.members([-(a + 1)])
        return None if local is None else self.to_global(local)

    def _preferred_without(self, s: ComponentSolver, a: int) -> list[int] | None:
        # Two cheap refutations before the counter-example-guided loop: no complete set
        # holds `a` (then any preferred extension will do), or one attacks it (then every
        # preferred extension above that set leaves `a` out).
        if s.members([a + 1]) is None:
            first = self.first_extension("PR")
            assert first is not None
            position = {g: i for i, g in enumerate(self.nodes)}
            return [position[g] for g in first]
        attacking = s.members([s.lit_out(a)])
        if attacking is not None:
            return s.maximise_members(attacking)
        return s.preferred_missing([a])

    def acceptance(self, semantics: str) -> tuple[set[int], set[int]]:
        """The local arguments credulously and skeptically accepted by this component
        alone (for ``ST``: assuming it has a stable extension)."""
        key = f"acceptance-{semantics}"
        if key not in self.memo:
            if len(self.nodes) <= _TINY:
                # A solver costs milliseconds to create; a few dozen subsets, microseconds.
                # (Under CF, ADM and CO the empty set is one, so nothing is in all.)
                found = tiny_extensions(self.attackers, semantics)
                somewhere = 0
                everywhere = found[0] if found else 0
                for mask in found:
                    somewhere |= mask
                    everywhere &= mask
                self.memo[key] = (_bits(somewhere), _bits(everywhere))
            else:
                self.memo[key] = (
                    self._credulous_all(semantics),
                    self._skeptical_all(semantics),
                )
        return self.memo[key]  # type: ignore[no-any-return]

    def _credulous_all(self, semantics: str) -> set[int]:
        """Every argument in some extension: each SAT call asks for an extension
        holding an argument not yet seen in one, so the calls number the extensions
        needed to cover the accepted arguments, plus one."""
        semantics = self._range_based(semantics)
        s = self.reasoner("ADM" if semantics in ("CO", "PR") else semantics)
        seen: set[int] = set()
        while True:
            unseen = [x + 1 for x in range(len(self.nodes)) if x not in seen]
            if not unseen:
                return seen
            if semantics in ("SST", "STG"):
                found = s.range_maximal_where(unseen)
            else:
                act = s.guard(unseen)
                found = s.members([act])
                s.retire(act)
            if found is None:
                return seen
            seen.update(found)

    def _skeptical_all(self, semantics: str) -> set[int]:
        """Every argument in all extensions: candidates start as one extension and each
        call asks for an extension missing one of them."""
        if semantics in ("CF", "ADM", "CO"):
            return set()  # the empty set is an extension here
        semantics = self._range_based(semantics)
        first = self.first_extension(semantics)
        if first is None:
            return set(range(len(self.nodes)))  # no extension: vacuous
        position = {g: i for i, g in enumerate(self.nodes)}
        candidates = {position[g] for g in first}
        s = self.reasoner(semantics)
        while candidates:
            query = sorted(candidates)
            if semantics == "PR":
                found = s.preferred_missing(query)
            elif semantics in ("SST", "STG"):
                found = s.range_maximal_where([-(q + 1) for q in query])
            else:
                act = s.guard([-(q + 1) for q in query])
                found = s.members([act])
                s.retire(act)
            if found is None:
                break
            candidates.intersection_update(found)
        return candidates

    def ideal(self) -> list[int]:
        """The ideal extension of this component: the greatest admissible set of
        arguments that no credulously accepted argument attacks (Dunne 2009).

        When every argument's credulous acceptance is at hand (asked before, or a tiny
        component, whose subsets are listed), that is applied directly; otherwise the
        SCCs are taken layer by layer, asking only about the attackers of arguments
        that can still be ideal (:mod:`argmap.semantics._ideal`)."""
        if "ideal" not in self.memo:
            if "acceptance-PR" in self.memo or len(self.nodes) <= _TINY:
                accepted = self.acceptance("PR")[0]
                candidates = [
                    x for x in sorted(accepted) if not any(b in accepted for b in self.attackers[x])
                ]
                local = _graph.largest_admissible_subset(candidates, self.attackers, self.targets)
            else:
                from argmap.semantics._ideal import ideal_extension

                # The SCCs in topological order; without importing the SCC planner
                # when no other task built it (start-up: `argmap solve -p SE-ID`).
                plan = self.memo.get("scc-plan")
                if plan is not None:
                    pieces = plan.pieces
                else:
                    pieces = _graph.strongly_connected_components(len(self.nodes), self.targets)
                    pieces.reverse()  # Tarjan yields sinks first
                local = ideal_extension(self.attackers, self.targets, pieces)
            self.memo["ideal"] = self.to_global(local)
        return self.memo["ideal"]  # type: ignore[no-any-return]

    def eager(self) -> list[int]:
        """The eager extension of this component: the greatest admissible subset of the
        skeptically semi-stable arguments (found without enumerating extensions)."""
        if "eager" not in self.memo:
            common = self._skeptical_all("SST")
            local = _graph.largest_admissible_subset(sorted(common), self.attackers, self.targets)
            self.memo["eager"] = self.to_global(local)
        return self.memo["eager"]  # type: ignore[no-any-return]


# -- decomposition -------------------------------------------------------------------


def grounded(af: ArgumentationFramework) -> bytearray:
    """The grounded labelling as bytes (0 undec, 1 in, 2 out), memoised."""
    labels = af.cache.get("grounded")
    if labels is None:
        if af.uses_arrays:  # large input from a reader: vectorised
            offsets, flat = af.csr()
            labels = _graph.grounded_labels(len(af), offsets, flat, af.attack_arrays[1])
        else:
            labels = _graph.grounded_from_lists(af.attackers, af.targets)
        af.cache["grounded"] = labels
    return labels


_TINY = 10
"""Components of at most this many arguments are decided by listing their subsets."""


def _bits(mask: int) -> set[int]:
    found = set()
    while mask:
        low = mask & -mask
        found.add(low.bit_length() - 1)
        mask ^= low
    return found


def tiny_extensions(attackers: Sequence[Sequence[int]], semantics: str) -> list[int]:
    """Every extension of a tiny framework under ``semantics`` (``CF``, ``ADM``, ``CO``,
    ``PR``, ``ST``, ``SST``, ``STG``), as bit masks in increasing order, found by
    checking all 2^n subsets (Dung 1995; Caminada 2006 and Verheij 1996 for the
    range-maximal ones)."""
    n = len(attackers)
    into = [0] * n  # bit mask of each argument's attackers
    onto = [0] * n  # bit mask of each argument's targets
    for a, attacking in enumerate(attackers):
        for b in attacking:
            into[a] |= 1 << b
            onto[b] |= 1 << a
    full = (1 << n) - 1
    # The conflict-free sets, grown one argument at a time (a conflict prunes every
    # superset), each with the mask of what it attacks.
    free: list[tuple[int, int]] = [(0, 0)]
    for a in range(n):
        if into[a] >> a & 1:
            continue  # attacks itself
        bit = 1 << a
        free += [
            (members | bit, attacked | onto[a])
            for members, attacked in free
            if not (into[a] & members or onto[a] & members)
        ]
    sets: list[tuple[int, int]] = []  # (members, range) of the sets that qualify
    for members, attacked in sorted(free):
        if semantics != "CF" and semantics != "STG":
            defended = 0
            outside = ~attacked
            for a in range(n):
                if not into[a] & outside:
                    defended |= 1 << a
            if semantics in ("ADM", "PR") and members & ~defended:
                continue
            if semantics in ("CO", "SST") and members != defended:
                continue
        if semantics == "ST" and members | attacked != full:
            continue
        sets.append((members, members | attacked))
    if semantics in ("PR", "SST", "STG"):
        part = 0 if semantics == "PR" else 1
        tops = [s[part] for s in sets]
        sets = [s for s in sets if not any(t != s[part] and s[part] & ~t == 0 for t in tops)]
    return [members for members, _ in sets]


def components(af: ArgumentationFramework, *, reduced: bool) -> list[Component]:
    """The weakly connected components of the undecided part (``reduced``) or of all."""
    key = "components-reduced" if reduced else "components-all"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if af.uses_arrays:
        nodes, attackers = _undecided_arrays(af, reduced=reduced)
    else:
        nodes, attackers = _undecided_lists(af, reduced=reduced)
    count = len(nodes)
    targets: list[list[int]] = [[] for _ in range(count)]
    for y, att in enumerate(attackers):
        for x in att:
            targets[x].append(y)
    result: list[Component] = []
    for piece in _pieces(attackers, targets):
        if len(piece) == count:  # one component: local indices are already right
            result.append(Component(nodes, attackers, targets))
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


def _pieces(attackers: list[list[int]], targets: list[list[int]]) -> list[list[int]]:
    """The weakly connected components of a whole graph, each sorted, in order of their
    smallest node (:func:`_graph.weak_components` without its node filter)."""
    seen = bytearray(len(attackers))
    pieces: list[list[int]] = []
    for root in range(len(attackers)):
        if seen[root]:
            continue
        seen[root] = 1
        piece = [root]
        for x in piece:  # grows while it is walked: a breadth-first search
            for y in attackers[x]:
                if not seen[y]:
                    seen[y] = 1
                    piece.append(y)
            for y in targets[x]:
                if not seen[y]:
                    seen[y] = 1
                    piece.append(y)
        piece.sort()
        pieces.append(piece)
    return pieces


def _undecided_lists(
    af: ArgumentationFramework, *, reduced: bool
) -> tuple[list[int], list[list[int]]]:
    """The kept arguments and their local attacker lists (sorted, no duplicates)."""
    if reduced:
        labels = grounded(af)
        nodes = [i for i in range(len(af)) if labels[i] == _graph.UNDEC]
    else:
        nodes = list(range(len(af)))
    position = {g: i for i, g in enumerate(nodes)}
    every = af.attackers
    attackers = [[position[x] for x in every[g] if x in position] for g in nodes]
    return nodes, attackers


def _undecided_arrays(
    af: ArgumentationFramework, *, reduced: bool
) -> tuple[list[int], list[list[int]]]:
    """:func:`_undecided_lists` with numpy, for frameworks with millions of attacks."""
    import numpy as np

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
    codes = np.sort(position[dst[inside]] * max(count, 1) + position[src[inside]])
    if codes.size:  # duplicates dropped by hand: np.unique hashes, several times slower
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    heads = (codes // max(count, 1)).tolist()
    tails = (codes % max(count, 1)).tolist()
    attackers: list[list[int]] = [[] for _ in range(count)]
    for y, x in zip(heads, tails, strict=True):
        attackers[y].append(x)
    return nodes, attackers


def _whole(af: ArgumentationFramework) -> Component:
    """The whole framework as one component, for the semantics that keep the grounded
    part (CF, ADM, STG) when one question is asked: a witness needs an extension of
    every component anyway, and one solver over all of them costs less than splitting
    (enumeration and counting still split, where products pay). Memoised."""
    whole = af.cache.get("whole")
    if whole is None:
        whole = Component(list(range(len(af))), af.attackers, af.targets)
        af.cache["whole"] = whole
    return whole


def _locate(af: ArgumentationFramework, a: int, *, reduced: bool) -> tuple[Component, int]:
    if not reduced:
        return _whole(af), a
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
    labels = grounded(af)
    if af.uses_arrays:
        import numpy as np

        return np.flatnonzero(np.frombuffer(bytes(labels), dtype=np.int8) == _graph.IN).tolist()
    return [i for i in range(len(labels)) if labels[i] == _graph.IN]


# -- the tasks -------------------------------------------------------------------------


def extensions(
    af: ArgumentationFramework, semantics: str, *, scc: bool = True
) -> Iterator[list[int]]:
    """Every extension, as a sorted list of indices, each once.

    ``scc=False`` enumerates complete and preferred extensions with one instance per
    component instead of SCC by SCC (same extensions; for comparison).
    """
    if semantics in ("GR", "ID", "EG"):
        yield single(af, semantics)
        return
    base = _fixed(af, semantics)
    parts = [
        c.all_extensions(semantics, scc=scc) for c in components(af, reduced=semantics in REDUCED)
    ]
    if any(not p for p in parts):
        return
    for choice in itertools.product(*parts):
        yield sorted(itertools.chain(base, *choice))


def count(af: ArgumentationFramework, semantics: str, *, scc: bool = True) -> int:
    """The number of extensions (``scc`` as for :func:`extensions`): a product over the
    components, each component counted as :func:`_counting_method` says (with
    ``scc=False``, listed)."""
    if semantics in ("GR", "ID", "EG"):
        return 1
    total = 1
    for c in components(af, reduced=semantics in REDUCED):
        method = _counting_method(c, semantics) if scc else "list"
        if method == "list":
            total *= len(c.all_extensions(semantics, scc=scc))
        elif method == "scc":
            total *= c.scc_plan().count(c._range_based(semantics))
        else:
            from argmap.semantics._count import count_extensions

            total *= count_extensions(c.attackers, c._range_based(semantics))
        if not total:
            return 0
    return total


def _counting_method(component: Component, semantics: str) -> str:
    """How a component's extensions are counted: ``"scc"`` SCC by SCC
    (:meth:`SccPlan.count`), ``"counter"`` by the model counter of
    :mod:`argmap.semantics._count`, or ``"list"`` by listing them.

    Complete and stable extensions are never listed, but for the few a wide component
    may have (up to ``_count.LIST_CAP``, when listing them is the cheaper way): a
    component of several SCCs goes SCC by SCC when the SCCs it branches on (those that
    attack a later one, whose labellings are listed) are small, otherwise the whole
    component goes to the counter, whose cache finds the SCC structure by itself (the
    100-argument grid, one SCC of 96 arguments attacking a lone one: its 2.8 million
    stable labellings would be listed SCC by SCC, and are counted in 0.2 s). Semi-stable
    and stage extensions are the stable ones when a stable one exists (one SAT call
    decides), and are then counted as those. Otherwise maximality (preferred,
    semi-stable, stage) has no counting method that avoids listing: preferred extensions
    of several SCCs are counted SCC by SCC, each SCC's listed."""
    semantics = component._range_based(semantics)
    plan = component.scc_plan()
    several = len(plan) > 1
    if semantics in ("CO", "ST"):
        return "scc" if several and plan.branching_size() <= _SCC_COUNT_MAX else "counter"
    if semantics == "PR" and several:
        return "scc"
    return "list"


def count_lists_extensions(af: ArgumentationFramework, semantics: str) -> bool:
    """Whether :func:`count` will list all the extensions of some component of more
    than one argument: only for preferred, semi-stable and stage semantics, whose
    extensions are the maximal ones (see :func:`_counting_method`)."""
    if semantics not in ("PR", "SST", "STG"):
        return False
    return any(
        len(c.nodes) > 1 and _counting_method(c, semantics) == "list"
        for c in components(af, reduced=semantics in REDUCED)
    )


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


def first(af: ArgumentationFramework, semantics: str, *, scc: bool = True) -> list[int] | None:
    """Some extension, or ``None`` if there is none (``scc``: a preferred one is grown SCC
    by SCC where that pays; ``False`` maximises one instance per component)."""
    if semantics in ("GR", "ID", "EG"):
        return single(af, semantics)
    return _complete_with(af, semantics, None, [], scc=scc)


def _complete_with(
    af: ArgumentationFramework,
    semantics: str,
    chosen: Component | None,
    part: list[int],
    *,
    scc: bool = True,
) -> list[int] | None:
    """``part`` for component ``chosen`` plus the first extension of every other one.

    Small components are asked together, through one solver over their disjoint union
    (its extensions are exactly the combinations of theirs): a sparse framework has
    hundreds of them, and a solver each would cost more than the answers.
    """
    reduced = semantics in REDUCED
    if not reduced:
        if chosen is None:
            whole = _whole(af).first_extension(semantics, scc=scc)
            return None if whole is None else sorted(whole)
        return sorted(part)  # `chosen` is the whole framework
    pieces = [_fixed(af, semantics), part]
    small = _small_union(af, reduced=reduced)
    for c in components(af, reduced=reduced):
        if c is chosen or (small is not None and 1 < len(c.nodes) <= _SMALL):
            continue
        other = c.first_extension(semantics, scc=scc)
        if other is None:
            return None
        pieces.append(other)
    if small is not None:
        together = small.first_extension(semantics, scc=scc)
        if together is None:
            return None
        if chosen is not None and 1 < len(chosen.nodes) <= _SMALL:
            skip = set(chosen.nodes)
            together = [x for x in together if x not in skip]
        pieces.append(together)
    return sorted(itertools.chain.from_iterable(pieces))


# Components of at most this many arguments are asked together (see _complete_with),
# when there are at least _SMALL_MANY of them.
_SMALL = 64
_SMALL_MANY = 8


def _small_union(af: ArgumentationFramework, *, reduced: bool) -> Component | None:
    """One component made of every small component (2 to ``_SMALL`` arguments), side by
    side, or ``None`` when there are too few of them to be worth it. Memoised."""
    key = "small-union-reduced" if reduced else "small-union-all"
    if key not in af.cache:
        small = [c for c in components(af, reduced=reduced) if 1 < len(c.nodes) <= _SMALL]
        union: Component | None = None
        if len(small) >= _SMALL_MANY:
            nodes: list[int] = []
            attackers: list[list[int]] = []
            for c in small:
                offset = len(nodes)
                nodes.extend(c.nodes)
                attackers.extend([offset + x for x in att] for att in c.attackers)
            union = Component(nodes, attackers)
        af.cache[key] = union
    return af.cache[key]  # type: ignore[no-any-return]


def witness(af: ArgumentationFramework, a: int, semantics: str) -> list[int] | None:
    """An extension containing argument ``a`` (credulous acceptance), or ``None``.

    Repeated calls on one framework reuse each component's solver, so asking about
    every argument in turn costs one solver set-up per component (see also
    :func:`acceptance`, which answers for all arguments at once).
    """
    if semantics in ("GR", "ID", "EG"):
        ext = single(af, semantics)
        return ext if a in set(ext) else None
    if semantics == "CF":
        return None if a in af.attackers[a] else [a]
    if semantics in REDUCED:
        label = grounded(af)[a]
        if label == _graph.OUT:
            return None
        if label == _graph.IN:
            return first(af, semantics)
    component, local = _locate(af, a, reduced=semantics in REDUCED)
    found = component.credulous(local, semantics)
    if found is None:
        return None
    if semantics in ("CO", "ADM"):
        # Other components contribute nothing: the grounded part (for CO) is enough.
        return sorted(_fixed(af, semantics) + found)
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


def acceptance(af: ArgumentationFramework, semantics: str) -> tuple[list[bool], list[bool]]:
    """Credulous and skeptical acceptance of every argument, as two lists by index.

    Far cheaper than one :func:`witness` and one :func:`counterexample` per argument:
    the grounded labelling settles most arguments, and inside each component every SAT
    call settles a whole extension's worth (an extension holding an argument not yet
    seen in one; an extension missing an argument still thought skeptical). Skeptical
    acceptance under ``ST`` is vacuous (all ``True``) when there is no stable
    extension. Memoised on the framework.
    """
    key = f"acceptance-{semantics}"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    n = len(af)
    if semantics in ("GR", "ID", "EG"):
        inside = set(single(af, semantics))
        flags = [i in inside for i in range(n)]
        result = (flags, list(flags))
    elif semantics == "CF":
        attackers = af.attackers
        result = ([i not in attackers[i] for i in range(n)], [False] * n)
    else:
        reduced = semantics in REDUCED
        credulous = [False] * n
        skeptical = [False] * n
        if reduced:
            labels = grounded(af)
            for i in range(n):
                if labels[i] == _graph.IN:
                    credulous[i] = skeptical[i] = True
        parts = components(af, reduced=reduced)
        if semantics == "ST" and any(c.first_extension("ST") is None for c in parts):
            result = ([False] * n, [True] * n)  # no stable extension at all
        else:
            for c in parts:
                yes, always = c.acceptance(semantics)
                nodes = c.nodes
                for x in yes:
                    credulous[nodes[x]] = True
                for x in always:
                    skeptical[nodes[x]] = True
            if semantics in ("ADM", "CO"):
                skeptical = [flag and semantics == "CO" for flag in skeptical]
            result = (credulous, skeptical)
    af.cache[key] = result
    return result


def sat_calls(af: ArgumentationFramework) -> int:
    """How many SAT calls the components of ``af`` have made so far (all solvers)."""
    total = 0
    for key in ("components-reduced", "components-all"):
        for c in af.cache.get(key) or ():
            total += sum(s.calls for s in c._solvers.values())
    return total


def is_maximal(af: ArgumentationFramework, members: list[int], semantics: str) -> bool:
    """Whether a complete (``PR``, ``SST``) or conflict-free (``STG``) set is maximal:
    no admissible strict superset (PR), no complete (SST) or conflict-free (STG) set of
    strictly larger range. Both the set and its range split over the components, so
    each component is asked once."""
    inside = set(members)
    for c in components(af, reduced=semantics in REDUCED):
        local = [i for i, g in enumerate(c.nodes) if g in inside]
        s = c.reasoner(semantics)
        if semantics == "PR":
            kept = set(local)
            grow = [a + 1 for a in range(len(c.nodes)) if a not in kept]
            fixed = [a + 1 for a in local]
        else:
            reached = set(local)
            for a in local:
                reached.update(c.targets[a])
            grow = [s.lit_rng(b) for b in range(len(c.nodes)) if b not in reached]
            fixed = [s.lit_rng(b) for b in sorted(reached)]
        if not grow:
            continue
        act = s.guard(grow)
        larger = s.members([act, *fixed])
        s.retire(act)
        if larger is not None:
            return False
    return True


def labels_of(af: ArgumentationFramework, members: list[int]) -> bytearray:
    """The labelling induced by a set: in, out if attacked by it, undec otherwise."""
    n = len(af)
    if af.uses_arrays and len(members) > 4096:
        import numpy as np

        label = np.zeros(n, dtype=np.int8)
        chosen = np.asarray(members, dtype=np.int64)
        offsets, flat = af.csr()
        label[_graph.gather(offsets, flat, chosen)] = _graph.OUT
        label[chosen] = _graph.IN
        return bytearray(label.tobytes())
    labels = bytearray(n)
    targets = af.targets
    for a in members:
        for b in targets[a]:
            labels[b] = _graph.OUT
    for a in members:
        labels[a] = _graph.IN
    return labels

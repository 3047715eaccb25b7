"""SCC-recursive enumeration of complete and preferred extensions of one component, and
counting of complete, preferred and stable ones.

A component (local indices, attacker lists) is cut into its strongly connected
components, visited in topological order of the condensation (attackers first). An
argument's label depends only on its attackers, which lie in its own SCC or in earlier
ones, so once the earlier SCCs are labelled an SCC sees them only through a
*conditioning* of each of its arguments:

* ``out``: attacked by an earlier ``in`` argument; it is ``out`` whatever happens inside;
* ``blocked``: attacked by an earlier ``undec`` argument and by no earlier ``in`` one;
  it cannot be ``in``;
* ``free``: every earlier attacker is ``out``.

The conditioned SCC is solved as a small framework: the ``out`` arguments are dropped
(an ``out`` attacker constrains nothing), and one extra self-attacking argument, which
no complete labelling can make anything but ``undec``, attacks every ``blocked`` one.
Its complete (or preferred) extensions, minus that extra argument, are exactly the
conditioned SCC's complete (preferred) labellings. A labelling of the whole component
is complete iff each SCC's part is a conditioned complete labelling (the conditions are
local to attackers); for preferred the same holds with "preferred" throughout, which
follows from the directionality of preferred semantics (Baroni & Giacomin 2007): a
larger ``in`` set at the first SCC where two labellings differ would give a larger
complete labelling of the unattacked set made of that SCC and its ancestors.

Every conditioned SCC has at least one complete and one preferred labelling, so the
depth-first product over the SCCs never meets a dead end: each leaf is an extension and
the work per extension is linear in the number of SCCs. (Stable extensions are not
*enumerated* this way for exactly that reason: a conditioned SCC may have no stable
labelling, and a depth-first product could then backtrack exponentially long without
finding anything, where one SAT instance over the component learns the conflict once.
*Counting* is different: :meth:`SccPlan.count` counts each subtree once per labelling
of its frontier, a dead end included, so a count of 0 is memoised like any other and
no subtree is searched twice; stable semantics is SCC-recursive too, so the count is
exact.) Solutions are
memoised per SCC shape (its internal attacker lists) and conditioning, so an SCC shaped
and conditioned like one solved before costs a dictionary look-up; single-argument SCCs
are labelled directly.

References
----------
Baroni, P., Giacomin, M., & Guida, G. (2005). SCC-recursiveness: a general schema for
argumentation semantics. *Artificial Intelligence* 168(1-2), 162-210.
doi:10.1016/j.artint.2005.05.006
Baroni, P., & Giacomin, M. (2007). On principle-based evaluation of extension-based
argumentation semantics. *Artificial Intelligence* 171(10-15), 675-700.
doi:10.1016/j.artint.2007.04.004
Liao, B., Jin, L., & Koons, R. C. (2011). Dynamics of argumentation systems: a
division-based method. *Artificial Intelligence* 175(11), 1790-1814.
doi:10.1016/j.artint.2011.06.003
Cerutti, F., Giacomin, M., Vallati, M., & Zanella, M. (2014). An SCC recursive
meta-algorithm for computing preferred labellings in abstract argumentation. In
*Proc. KR 2014*, 42-51.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from argmap.semantics._graph import IN, OUT, UNDEC, strongly_connected_components
from argmap.semantics._sat import Base, ComponentSolver

__all__ = ["SccPlan"]

# Conditioning codes of an argument, by what its attackers in earlier SCCs are.
_FREE = 0
_BLOCKED = 1
_FORCED_OUT = 2

# The only labelling of a single-argument SCC, by its conditioning (shared, never mutated).
_ONLY_IN = [bytes([IN])]
_ONLY_OUT = [bytes([OUT])]
_ONLY_UNDEC = [bytes([UNDEC])]
_NONE: list[bytes] = []  # a self-attacking argument not attacked by an earlier in one: ST


class _Scc:
    """One strongly connected component: its nodes and where their attackers are."""

    __slots__ = ("external", "internal", "nodes", "self_attacking", "shape")

    def __init__(self, nodes: list[int], attackers: Sequence[Sequence[int]], scc_of: list[int]):
        self.nodes = nodes
        self.shape = 0  # SCCs with equal internal attacker lists share a shape number
        if len(nodes) == 1:  # most SCCs: kept cheap, as there may be 10^5 of them
            x = nodes[0]
            outside = attackers[x]
            self.self_attacking = x in outside
            if self.self_attacking:
                outside = [y for y in outside if y != x]
            self.internal: list[list[int]] = [[0]] if self.self_attacking else [[]]
            self.external: list[Sequence[int]] = [outside]
            return
        here = scc_of[nodes[0]]
        position = {x: i for i, x in enumerate(nodes)}
        # Attackers inside the SCC in SCC-local indices; outside in component indices.
        self.internal = [[position[y] for y in attackers[x] if scc_of[y] == here] for x in nodes]
        self.external = [[y for y in attackers[x] if scc_of[y] != here] for x in nodes]
        self.self_attacking = False


class SccPlan:
    """The SCCs of a component in topological order, ready for depth-first products.

    Parameters
    ----------
    attackers
        The component's attacker lists (local indices ``0..n-1``).
    targets
        The inverse lists (whom each argument attacks).
    """

    def __init__(
        self, attackers: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]
    ) -> None:
        n = len(attackers)
        self.n = n
        # Tarjan yields sinks first: reversed, attackers come before the attacked.
        pieces = strongly_connected_components(n, targets)
        pieces.reverse()
        # SCCs of two or more arguments: the ones that need a SAT call.
        self.cycles = sum(1 for piece in pieces if len(piece) > 1)
        self.largest = max(map(len, pieces), default=0)
        self._pieces = pieces
        self._attackers = attackers
        self._sccs: list[_Scc] | None = None
        # Solutions by (semantics, shape, conditioning): labels are SCC-local, so SCCs of
        # one shape (a chain of 3-cycles, the many 2-cycles of a random framework) under
        # the same conditioning are solved once.
        self._solutions: dict[tuple[str, int, bytes], list[bytes]] = {}
        # Counts of conditioned SCCs' labellings, keyed the same way.
        self._counts: dict[tuple[str, int, bytes], int] = {}

    @property
    def pieces(self) -> list[list[int]]:
        """The SCCs' arguments, in topological order (attackers first)."""
        return self._pieces

    @property
    def sccs(self) -> list[_Scc]:
        """The SCCs with their attacker lists, built on first use: a caller that only
        asks how many SCCs there are, and how large, does not pay for them."""
        if self._sccs is None:
            scc_of = [0] * self.n
            for i, piece in enumerate(self._pieces):
                for x in piece:
                    scc_of[x] = i
            sccs = [_Scc(piece, self._attackers, scc_of) for piece in self._pieces]
            shapes: dict[tuple[tuple[int, ...], ...], int] = {}
            for scc in sccs:
                if len(scc.nodes) > 1:  # single arguments never reach the memo
                    scc.shape = shapes.setdefault(tuple(map(tuple, scc.internal)), len(shapes))
            self._sccs = sccs
        return self._sccs

    def __len__(self) -> int:
        return len(self._pieces)

    def extensions(self, semantics: str) -> Iterator[list[int]]:
        """Every complete (``"CO"``) or preferred (``"PR"``) extension, each once, as a
        sorted list of local indices. Iterative: no recursion, whatever the depth."""
        sccs = self.sccs
        depth_limit = len(sccs)
        label = bytearray(self.n)
        if not depth_limit:
            yield []
            return
        options: list[list[bytes]] = [self._solve(sccs[0], label, semantics)]
        cursor = [0]
        while options:
            depth = len(options) - 1
            if cursor[depth] == len(options[depth]):
                options.pop()
                cursor.pop()
                continue
            chosen = options[depth][cursor[depth]]
            cursor[depth] += 1
            for x, value in zip(sccs[depth].nodes, chosen, strict=True):
                label[x] = value
            if depth + 1 == depth_limit:
                yield [x for x in range(self.n) if label[x] == IN]
                continue
            options.append(self._solve(sccs[depth + 1], label, semantics))
            cursor.append(0)

    def count(self, semantics: str) -> int:
        """The number of complete (``"CO"``), preferred (``"PR"``) or stable (``"ST"``)
        extensions, by the depth-first product of :meth:`extensions` with its subtrees
        counted once each.

        How many ways SCCs ``d, d+1, ...`` can be labelled depends only on the labels of
        the earlier arguments that attack one of them (the *frontier* of ``d``): each
        later SCC sees the rest only through its conditioning. So the count below depth
        ``d`` is memoised by the frontier's labels, and a chain of SCCs, each attacked
        only by the one before, is counted in time linear in its length however many
        extensions it has. Not a product over the SCCs: one SCC's count depends on how
        the earlier ones are labelled. An SCC that attacks no later one (the last, at
        least) is never branched on: the later SCCs do not see its labels, so only how
        many labellings it has matters, and for complete and stable semantics that
        number comes from the model counter (:mod:`argmap.semantics._count`) without
        listing them. A conditioned SCC without a stable labelling counts 0, memoised
        like any other count, so a dead end is met once per frontier labelling, never
        searched again. Iterative: no recursion, whatever the depth.
        """
        sccs = self.sccs
        depth_limit = len(sccs)
        if not depth_limit:
            return 1
        frontier = self._frontiers()
        terminal = self._terminal()
        label = bytearray(self.n)
        known: dict[tuple[int, bytes], int] = {}

        def options(depth: int) -> list[bytes] | list[int]:
            # Labellings to branch on, or (an SCC no later one sees) just how many.
            if terminal[depth]:
                number = self._count(sccs[depth], label, semantics)
                return [number] if number else []
            return self._solve(sccs[depth], label, semantics)

        # Frames: [depth, options, next option, count so far, memo key, option weight].
        frames: list[list[Any]] = [[0, options(0), 0, 0, None, 1]]
        total = 0
        while frames:
            frame = frames[-1]
            depth, choices, cursor = frame[0], frame[1], frame[2]
            if cursor == len(choices):
                frames.pop()
                if frame[4] is not None:
                    known[frame[4]] = frame[3]
                if frames:
                    frames[-1][3] += frame[3] * frames[-1][5]
                else:
                    total = frame[3]
                continue
            frame[2] += 1
            chosen = choices[cursor]
            if isinstance(chosen, int):
                weight = chosen
            else:
                weight = 1
                for x, value in zip(sccs[depth].nodes, chosen, strict=True):
                    label[x] = value
            frame[5] = weight
            if depth + 1 == depth_limit:
                frame[3] += weight
                continue
            key = (depth + 1, bytes(label[x] for x in frontier[depth + 1]))
            hit = known.get(key)
            if hit is not None:
                frame[3] += hit * weight
                continue
            frames.append([depth + 1, options(depth + 1), 0, 0, key, 1])
        return total

    def branching_size(self) -> int:
        """The largest SCC that attacks a later one (0 if none): :meth:`count` lists the
        conditioned labellings of those, and counts only the others'."""
        return max(
            (
                len(piece)
                for piece, last in zip(self._pieces, self._terminal(), strict=True)
                if not last
            ),
            default=0,
        )

    def _terminal(self) -> list[bool]:
        """For each SCC, whether it attacks no later SCC."""
        scc_of = [0] * self.n
        for i, piece in enumerate(self._pieces):
            for x in piece:
                scc_of[x] = i
        terminal = [True] * len(self._pieces)
        for y, attacking in enumerate(self._attackers):
            for x in attacking:
                if scc_of[x] != scc_of[y]:
                    terminal[scc_of[x]] = False
        return terminal

    def _count(self, scc: _Scc, label: bytearray, semantics: str) -> int:
        """How many labellings the conditioned SCC has: listed for preferred, counted
        without listing for complete and stable (memoised like the solutions)."""
        if len(scc.nodes) == 1 or semantics == "PR":
            return len(self._solve(scc, label, semantics))
        condition = self._condition(scc, label, semantics)
        key = ("#" + semantics, scc.shape, condition)
        found = self._counts.get(key)
        if found is None:
            from argmap.semantics._count import count_extensions

            _, attackers = _conditioned_framework(scc, condition)
            found = count_extensions(attackers, semantics)
            self._counts[key] = found
        return found

    def _frontiers(self) -> list[list[int]]:
        """For each depth ``d``, the arguments of earlier SCCs that attack SCC ``d`` or a
        later one."""
        scc_of = [0] * self.n
        for i, piece in enumerate(self._pieces):
            for x in piece:
                scc_of[x] = i
        # last[x]: the latest SCC that x attacks (its own if none later).
        last = list(scc_of)
        for y, attacking in enumerate(self._attackers):
            for x in attacking:
                if scc_of[y] > last[x]:
                    last[x] = scc_of[y]
        enter: list[list[int]] = [[] for _ in range(len(self._pieces) + 1)]
        leave: list[list[int]] = [[] for _ in range(len(self._pieces) + 1)]
        for x in range(self.n):
            if last[x] > scc_of[x]:
                enter[scc_of[x] + 1].append(x)
                leave[last[x] + 1].append(x)
        frontier: list[list[int]] = []
        current: set[int] = set()
        for d in range(len(self._pieces)):
            current.difference_update(leave[d])
            current.update(enter[d])
            frontier.append(sorted(current))
        return frontier

    def first(self, semantics: str) -> list[int]:
        """One complete or preferred extension (sorted local indices), found greedily:
        SCC by SCC, the first conditioned solution, each computed alone (no SCC's other
        solutions are enumerated). Every conditioned SCC has one, so this never fails.

        With ``"SST"`` (``"STG"``): a complete (conflict-free) set whose range is
        maximal within each conditioned SCC, given the choices made before it. Not
        necessarily semi-stable (stage), as neither semantics is SCC-recursive, but a
        starting point from which a global range maximisation needs few steps.
        """
        label = bytearray(self.n)
        for scc in self.sccs:
            (chosen,) = self._solve(scc, label, semantics, first_only=True)
            for x, value in zip(scc.nodes, chosen, strict=True):
                label[x] = value
        return [x for x in range(self.n) if label[x] == IN]

    def _solve(
        self, scc: _Scc, label: bytearray, semantics: str, *, first_only: bool = False
    ) -> list[bytes]:
        """The conditioned SCC's labellings (one byte per node, in node order)."""
        if len(scc.nodes) == 1:  # the common case, labelled without building a key
            # Conflict-free sets (STG) need no defence: an earlier undecided attacker
            # blocks nothing.
            blocked = scc.self_attacking
            for y in scc.external[0]:
                seen = label[y]
                if seen == IN:
                    return _ONLY_OUT
                if seen == UNDEC and semantics != "STG":
                    blocked = True
            if blocked:  # a stable labelling has no undecided argument
                return _NONE if semantics == "ST" else _ONLY_UNDEC
            return _ONLY_IN
        condition = self._condition(scc, label, semantics)
        key = (semantics + "1" if first_only else semantics, scc.shape, condition)
        found = self._solutions.get(key)
        if found is None:
            found = self._conditioned(scc, condition, semantics, first_only=first_only)
            self._solutions[key] = found
        return found

    @staticmethod
    def _condition(scc: _Scc, label: bytearray, semantics: str) -> bytes:
        """Each argument's conditioning by the labels of its attackers in earlier SCCs."""
        defended = semantics != "STG"
        condition = bytearray(len(scc.nodes))
        for i, outside in enumerate(scc.external):
            state = _FREE
            for y in outside:
                seen = label[y]
                if seen == IN:
                    state = _FORCED_OUT
                    break
                if seen == UNDEC and defended:
                    state = _BLOCKED
            condition[i] = state
        return bytes(condition)

    @staticmethod
    def _conditioned(
        scc: _Scc, condition: bytes, semantics: str, *, first_only: bool
    ) -> list[bytes]:
        kept, attackers = _conditioned_framework(scc, condition)
        # Preferred labellings grow from complete ones: each model is closed under
        # defence, so the maximisation needs few steps.
        if semantics in ("SST", "STG"):  # one model of locally maximal range
            base: Base = "cf" if semantics == "STG" else "co"
            with ComponentSolver(attackers, base, ranges=True) as solver:
                start = solver.solve()
                assert start is not None  # the empty set is complete and conflict-free
                models = [solver.maximise_range(start)[0]]
        elif semantics == "ST":
            with ComponentSolver(attackers, "st") as solver:
                every = solver.all_models()
                models = [next(every)] if first_only else list(every)
        else:
            with ComponentSolver(attackers, "co") as solver:
                every = solver.all_models() if semantics == "CO" else solver.preferred()
                models = [next(every)] if first_only else list(every)
        result: list[bytes] = []
        for members in models:
            inside = [kept[i] for i in members]
            labels = bytearray(UNDEC for _ in scc.nodes)
            for x, state in enumerate(condition):
                if state == _FORCED_OUT:
                    labels[x] = OUT
            for x in inside:
                labels[x] = IN
            for x in range(len(scc.nodes)):
                if labels[x] == UNDEC and any(labels[y] == IN for y in scc.internal[x]):
                    labels[x] = OUT
            result.append(bytes(labels))
        return result


def _conditioned_framework(scc: _Scc, condition: bytes) -> tuple[list[int], list[list[int]]]:
    """The conditioned SCC as a framework: its arguments not forced ``out`` (``kept``,
    SCC-local indices) and their attacker lists, plus the always-undecided guard that
    attacks each ``blocked`` argument when there is one."""
    kept = [i for i, state in enumerate(condition) if state != _FORCED_OUT]
    position = {x: i for i, x in enumerate(kept)}
    attackers = [[position[y] for y in scc.internal[x] if y in position] for x in kept]
    blocked = [position[x] for x in kept if condition[x] == _BLOCKED]
    if blocked:
        guard = len(kept)  # the always-undecided extra argument
        for b in blocked:
            attackers[b].append(guard)
        attackers.append([guard])
    return kept, attackers

"""SAT encodings and incremental search for the hard Dung semantics on one component.

A component is a small framework with local indices ``0..n-1`` given by its attacker
lists. Variables: ``in(a) = a + 1`` (a is in the set), ``out(a) = n + a + 1`` (an
attacker of a is in the set), ``rng(a) = 2n + a + 1`` (a is in the range, in or out).
Fresh activation variables come after ``3n``. One incremental CaDiCaL instance per
component answers every query: assumptions fix arguments, blocking clauses enumerate,
and activation literals retire the temporary "grow" constraints of the maximisations.

The encodings follow the SAT encodings of Besnard & Doutre (2004); the search follows
the iterative, counter-example-guided SAT schemes of CEGARTIX (Dvořák et al. 2014) and
ArgSemSAT (Cerutti et al. 2019): preferred extensions by iterated maximisation of an
admissible set, semi-stable and stage extensions by iterated maximisation of the range.

References
----------
Besnard, P., & Doutre, S. (2004). Checking the acceptability of a set of arguments. In
*Proc. NMR 2004*, 59-64.
Dvořák, W., Järvisalo, M., Wallner, J. P., & Woltran, S. (2014). Complexity-sensitive
decision procedures for abstract argumentation. *Artificial Intelligence* 206, 53-78.
Cerutti, F., Giacomin, M., & Vallati, M. (2019). How we designed winning algorithms for
abstract argumentation and which insight we attained. *Artificial Intelligence* 276,
1-40.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal

__all__ = ["Base", "ComponentSolver"]

Base = Literal["cf", "adm", "co", "st"]

SOLVER_NAME = "cadical195"


class ComponentSolver:
    """An incremental SAT solver holding one semantics' encoding of one component.

    ``base`` selects the sets the models stand for: conflict-free (``cf``), admissible
    (``adm``), complete (``co``) or stable (``st``). ``ranges`` adds the range variables
    that range maximisation needs (left out otherwise: fewer clauses to load).
    """

    def __init__(
        self, attackers: Sequence[Sequence[int]], base: Base, *, ranges: bool = False
    ) -> None:
        # Imported here: loading the native solvers is only worth it once one is needed.
        from pysat.solvers import Solver

        n = len(attackers)
        self.n = n
        self.attackers = attackers
        self.ranges = ranges
        self._top = 3 * n
        self._solver = Solver(name=SOLVER_NAME)
        add = self._solver.add_clause
        for a in range(n):
            ina, outa, rnga = a + 1, n + a + 1, 2 * n + a + 1
            att = attackers[a]
            # out(a) <-> some attacker is in
            add([-outa, *(b + 1 for b in att)])
            for b in att:
                add([-(b + 1), outa])
            if ranges:
                # rng(a) <-> in(a) or out(a)
                add([-rnga, ina, outa])
                add([-ina, rnga])
                add([-outa, rnga])
            # conflict-free: nothing in is attacked by something in
            add([-ina, -outa])
            if base in ("adm", "co"):
                for b in att:
                    add([-ina, n + b + 1])
            if base == "co":
                add([ina, *(-(n + b + 1) for b in att)])
            if base == "st":
                add([ina, outa])

    def close(self) -> None:
        """Free the native solver."""
        self._solver.delete()

    def __enter__(self) -> ComponentSolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- literals ------------------------------------------------------------------

    def lit_in(self, a: int) -> int:
        return a + 1

    def lit_rng(self, a: int) -> int:
        return 2 * self.n + a + 1

    def fresh(self) -> int:
        self._top += 1
        return self._top

    def add(self, clause: list[int]) -> None:
        self._solver.add_clause(clause)

    # -- solving -------------------------------------------------------------------

    def solve(self, assumptions: Sequence[int] = ()) -> tuple[list[int], list[int]] | None:
        """A model as ``(members, range)`` (sorted local indices), or ``None``."""
        if not self._solver.solve(assumptions=list(assumptions)):
            return None
        model = self._solver.get_model()
        n = self.n
        members = [a for a in range(n) if model[a] > 0]
        in_range = [a for a in range(n) if model[2 * n + a] > 0] if self.ranges else []
        return members, in_range

    def block_set(self, members: Sequence[int]) -> None:
        """Exclude exactly this set from later models."""
        inside = set(members)
        self.add([-(a + 1) if a in inside else a + 1 for a in range(self.n)])

    def block_range(self, in_range: Sequence[int]) -> bool:
        """Exclude every model whose range lies within ``in_range``; False if none is left."""
        inside = set(in_range)
        clause = [self.lit_rng(a) for a in range(self.n) if a not in inside]
        if not clause:
            return False
        self.add(clause)
        return True

    def block_subsets(self, members: Sequence[int]) -> bool:
        """Exclude every model contained in ``members``; False if none is left."""
        inside = set(members)
        clause = [a + 1 for a in range(self.n) if a not in inside]
        if not clause:
            return False
        self.add(clause)
        return True

    # -- enumeration and optimisation ----------------------------------------------

    def all_models(self) -> Iterator[list[int]]:
        """Every set of the base semantics, each once."""
        while (found := self.solve()) is not None:
            yield found[0]
            self.block_set(found[0])

    def maximise_members(self, members: list[int], assumptions: Sequence[int] = ()) -> list[int]:
        """A subset-maximal model containing ``members`` (under ``assumptions``)."""
        while True:
            inside = set(members)
            grow = [a + 1 for a in range(self.n) if a not in inside]
            if not grow:
                return members
            act = self.fresh()
            self.add([-act, *grow])
            found = self.solve([*assumptions, act, *(a + 1 for a in members)])
            self.add([-act])
            if found is None:
                return members
            members = found[0]

    def maximise_range(
        self, model: tuple[list[int], list[int]], assumptions: Sequence[int] = ()
    ) -> tuple[list[int], list[int]]:
        """A model whose range is maximal and contains the range of ``model``."""
        while True:
            inside = set(model[1])
            grow = [self.lit_rng(a) for a in range(self.n) if a not in inside]
            if not grow:
                return model
            act = self.fresh()
            self.add([-act, *grow])
            found = self.solve([*assumptions, act, *(self.lit_rng(a) for a in model[1])])
            self.add([-act])
            if found is None:
                return model
            model = found

    def exact_range(self, in_range: Sequence[int]) -> list[int]:
        """Assumptions fixing the range to exactly ``in_range``."""
        inside = set(in_range)
        return [self.lit_rng(a) if a in inside else -self.lit_rng(a) for a in range(self.n)]

    def preferred(self) -> Iterator[list[int]]:
        """Every subset-maximal model (preferred extensions on an admissible base)."""
        while (found := self.solve()) is not None:
            members = self.maximise_members(found[0])
            yield members
            if not self.block_subsets(members):
                return

    def range_maximal(self) -> Iterator[list[int]]:
        """Every model of maximal range (semi-stable on ``co``, stage on ``cf``)."""
        while (found := self.solve()) is not None:
            best = self.maximise_range(found)
            exact = self.exact_range(best[1])
            while (same := self.solve(exact)) is not None:
                yield same[0]
                self.block_set(same[0])
            if not self.block_range(best[1]):
                return

    def range_maximal_with(self, a: int, *, member: bool) -> list[int] | None:
        """A range-maximal model with ``a`` in it (``member``) or not in it; else ``None``.

        A counter-example-guided loop: find a candidate satisfying the condition, lift
        its range to a maximal one, and check whether that maximal range admits a model
        meeting the condition; if not, exclude every range within it and go on.
        """
        condition = [a + 1 if member else -(a + 1)]
        while (found := self.solve(condition)) is not None:
            best = self.maximise_range(found)
            same = self.solve([*self.exact_range(best[1]), *condition])
            if same is not None:
                return same[0]
            if not self.block_range(best[1]):
                return None
        return None

    def preferred_without(self, a: int) -> list[int] | None:
        """A subset-maximal model not containing ``a``, or ``None`` if every one has it.

        Candidates are models without ``a`` that lie in no maximal model found so far;
        each candidate is lifted to a maximal model, which either lacks ``a`` (the
        answer) or is excluded from further candidates.
        """
        while (found := self.solve([-(a + 1)])) is not None:
            members = self.maximise_members(found[0])
            if a not in members:
                return members
            if not self.block_subsets(members):
                return None
        return None

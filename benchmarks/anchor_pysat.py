"""The PySAT anchor of ``bench_hard.py``: a plain CEGAR loop in the manner of μ-toksia.

Written independently of argmap's engine (nothing from ``argmap`` is imported) so that
its answers cross-check argmap's. One CaDiCaL 1.9.5 instance per encoding on the whole
framework (unattacked arguments fixed ``in``, as μ-toksia does), assumptions for the
query, activation literals for temporary clauses. Prints ICCMA'23 output.

Usage: ``python benchmarks/anchor_pysat.py -p DS-PR -f file.i23 -a 7``

References
----------
Niskanen, A., & Järvisalo, M. (2020). μ-toksia: An efficient abstract argumentation
reasoner. In *Proc. KR 2020*, 800-804. doi:10.24963/kr.2020/82
Dvořák, W., Järvisalo, M., Wallner, J. P., & Woltran, S. (2014). Complexity-sensitive
decision procedures for abstract argumentation. *Artificial Intelligence* 206, 53-78.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from pysat.solvers import Solver


def read_i23(path: str) -> tuple[int, list[list[int]]]:
    n = 0
    attackers: list[list[int]] = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if fields[0] == "p":
                n = int(fields[2])
                attackers = [[] for _ in range(n)]
                continue
            attackers[int(fields[1]) - 1].append(int(fields[0]) - 1)
    return n, [sorted(set(a)) for a in attackers]


class Encoding:
    """in(a) = a+1, out(a) = n+a+1 (attacked by the set), rng(a) = 2n+a+1."""

    def __init__(self, attackers: list[list[int]], base: str, *, ranges: bool = False) -> None:
        n = len(attackers)
        self.n = n
        self.ranges = ranges
        self.last_range: list[int] = []
        self.top = 3 * n
        self.solver = Solver(name="cadical195")
        add = self.solver.add_clause
        for a in range(n):
            ina, outa, rnga = a + 1, n + a + 1, 2 * n + a + 1
            att = attackers[a]
            add([-outa, *(b + 1 for b in att)])
            for b in att:
                add([-(b + 1), outa])
            add([-ina, -outa])
            if ranges:
                add([-rnga, ina, outa])
                add([-ina, rnga])
                add([-outa, rnga])
            if base in ("adm", "co"):
                if not att:
                    add([ina])
                for b in att:
                    add([-ina, n + b + 1])
            if base == "co":
                add([ina, *(-(n + b + 1) for b in att)])
            if base == "st":
                add([ina, outa])

    def fresh(self) -> int:
        self.top += 1
        return self.top

    def solve(self, assumptions: list[int]) -> list[int] | None:
        if not self.solver.solve(assumptions=assumptions):
            return None
        model = self.solver.get_model()
        n = self.n
        self.last_range = [a for a in range(n) if model[2 * n + a] > 0] if self.ranges else []
        return [a for a in range(n) if model[a] > 0]

    def range_of(self) -> list[int]:
        """The range of the last model found (read before any clause is added)."""
        return self.last_range

    def maximise(self, members: list[int]) -> list[int]:
        while True:
            inside = set(members)
            grow = [a + 1 for a in range(self.n) if a not in inside]
            if not grow:
                return members
            act = self.fresh()
            self.solver.add_clause([-act, *grow])
            found = self.solve([act, *(a + 1 for a in members)])
            self.solver.add_clause([-act])
            if found is None:
                return members
            members = found

    def maximise_range(self, members: list[int], reach: list[int]) -> tuple[list[int], list[int]]:
        n = self.n
        while True:
            inside = set(reach)
            grow = [2 * n + a + 1 for a in range(n) if a not in inside]
            if not grow:
                return members, reach
            act = self.fresh()
            self.solver.add_clause([-act, *grow])
            found = self.solve([act, *(2 * n + a + 1 for a in reach)])
            bigger = self.range_of()
            self.solver.add_clause([-act])
            if found is None:
                return members, reach
            members, reach = found, bigger

    def range_where(self, condition: list[int]) -> list[int] | None:
        """A range-maximal model satisfying the clause ``condition``, or None."""
        n = self.n
        act = self.fresh()
        self.solver.add_clause([-act, *condition])
        while (found := self.solve([act])) is not None:
            _, reach = self.maximise_range(found, self.range_of())
            inside = set(reach)
            exact = [2 * n + a + 1 if a in inside else -(2 * n + a + 1) for a in range(n)]
            same = self.solve([act, *exact])
            if same is not None:
                return same
            grow = [2 * n + a + 1 for a in range(n) if a not in inside]
            if not grow:
                return None
            self.solver.add_clause([-act, *grow])
        return None


def grounded(n: int, attackers: list[list[int]]) -> list[int]:
    targets: list[list[int]] = [[] for _ in range(n)]
    for a in range(n):
        for b in attackers[a]:
            targets[b].append(a)
    missing = [len(attackers[a]) for a in range(n)]
    label = [0] * n
    queue = [a for a in range(n) if not missing[a]]
    for a in queue:
        label[a] = 1
    for x in queue:
        for y in targets[x]:
            if label[y] == 2:
                continue
            label[y] = 2
            for z in targets[y]:
                missing[z] -= 1
                if not missing[z] and not label[z]:
                    label[z] = 1
                    queue.append(z)
    return sorted(queue)


def greatest_admissible_subset(members: set[int], attackers: list[list[int]], n: int) -> list[int]:
    current = set(members)
    while True:
        hit = {x for x in range(n) if any(b in current for b in attackers[x])}
        keep = {x for x in current if all(b in hit for b in attackers[x])}
        if keep == current:
            return sorted(current)
        current = keep


class Anchor:
    def __init__(self, n: int, attackers: list[list[int]]) -> None:
        self.n = n
        self.attackers = attackers
        self.cache: dict[tuple[str, bool], Encoding] = {}

    def enc(self, base: str, ranges: bool = False) -> Encoding:
        key = (base, ranges)
        if key not in self.cache:
            self.cache[key] = Encoding(self.attackers, base, ranges=ranges)
        return self.cache[key]

    def stable(self) -> list[int] | None:
        return self.enc("st").solve([])

    def some(self, sem: str) -> list[int] | None:
        if sem in ("GR", "CO"):
            return grounded(self.n, self.attackers)
        if sem == "ST":
            return self.stable()
        if sem == "PR":
            e = self.enc("co")
            start = e.solve([])
            assert start is not None
            return e.maximise(start)
        if sem in ("SST", "STG"):
            st = self.stable()
            if st is not None:
                return st
            e = self.enc("co" if sem == "SST" else "cf", True)
            start = e.solve([])
            assert start is not None
            return e.maximise_range(start, e.range_of())[0]
        if sem == "ID":
            return self.ideal()
        raise ValueError(sem)

    def credulous(self, sem: str, a: int) -> list[int] | None:
        if sem in ("GR", "ID"):
            ext = self.some(sem)
            assert ext is not None
            return ext if a in ext else None
        if sem in ("CO", "PR"):
            e = self.enc("co")
            found = e.solve([a + 1])
            return found if found is None or sem == "CO" else e.maximise(found)
        if sem == "ST":
            return self.enc("st").solve([a + 1])
        if self.stable() is not None:
            return self.enc("st").solve([a + 1])
        return self.enc("co" if sem == "SST" else "cf", True).range_where([a + 1])

    def skeptical(self, sem: str, a: int) -> list[int] | None:
        """A counterexample (an extension without a), or None."""
        if sem in ("GR", "CO", "ID"):
            ext = self.some("GR" if sem == "CO" else sem)
            assert ext is not None
            return None if a in ext else ext
        if sem == "ST":
            return self.enc("st").solve([-(a + 1)])
        if sem == "PR":
            return self.skeptical_preferred(a)
        if self.stable() is not None:
            return self.enc("st").solve([-(a + 1)])
        return self.enc("co" if sem == "SST" else "cf", True).range_where([-(a + 1)])

    def skeptical_preferred(self, a: int) -> list[int] | None:
        """μ-toksia's loop: a complete set without a, grown while it stays without a;
        if no admissible set holds it and a, it is preferred (a counterexample);
        otherwise its subsets are excluded."""
        e = self.enc("co")
        if e.solve([a + 1]) is None:
            return self.some("PR")
        attacking = e.solve([e.n + a + 1])
        if attacking is not None:
            return e.maximise(attacking)
        while (found := e.solve([-(a + 1)])) is not None:
            while True:
                inside = set(found)
                outside = [b + 1 for b in range(e.n) if b not in inside]
                e.solver.add_clause(outside)
                bigger = e.solve([-(a + 1), *(b + 1 for b in found)])
                if bigger is None:
                    break
                found = bigger
            if e.solve([a + 1, *(b + 1 for b in found)]) is None:
                return found
        return None

    def ideal(self) -> list[int]:
        e = self.enc("adm")
        seen: set[int] = set()
        while True:
            unseen = [x + 1 for x in range(self.n) if x not in seen]
            if not unseen:
                break
            act = e.fresh()
            e.solver.add_clause([-act, *unseen])
            found = e.solve([act])
            e.solver.add_clause([-act])
            if found is None:
                break
            seen.update(found)
        # Credulously accepted and not attacked by a credulously accepted argument:
        # a conflict-free set, whose greatest admissible subset is the ideal extension.
        hit = {x for x in range(self.n) if any(b in seen for b in self.attackers[x])}
        return greatest_admissible_subset(seen - hit, self.attackers, self.n)

    def every(self, sem: str) -> Iterator[list[int]]:
        if sem in ("GR", "ID"):
            ext = self.some(sem)
            assert ext is not None
            yield ext
            return
        if sem in ("CO", "ST"):
            e = Encoding(self.attackers, sem.lower())
            while (found := e.solve([])) is not None:
                yield found
                inside = set(found)
                e.solver.add_clause([-(b + 1) if b in inside else b + 1 for b in range(e.n)])
            return
        if sem == "PR":
            e = Encoding(self.attackers, "co")
            while (found := e.solve([])) is not None:
                best = e.maximise(found)
                yield best
                inside = set(best)
                outside = [b + 1 for b in range(e.n) if b not in inside]
                if not outside:
                    return
                e.solver.add_clause(outside)
            return
        e = Encoding(self.attackers, "co" if sem == "SST" else "cf", ranges=True)
        n = e.n
        while (found := e.solve([])) is not None:
            _, reach = e.maximise_range(found, e.range_of())
            inside = set(reach)
            exact = [2 * n + a + 1 if a in inside else -(2 * n + a + 1) for a in range(n)]
            while (same := e.solve(exact)) is not None:
                yield same
                chosen = set(same)
                e.solver.add_clause([-(b + 1) if b in chosen else b + 1 for b in range(n)])
            grow = [2 * n + a + 1 for a in range(n) if a not in inside]
            if not grow:
                return
            e.solver.add_clause(grow)


def line(members: list[int]) -> str:
    return " ".join(["w", *(str(a + 1) for a in sorted(members))])


def main(argv: list[str]) -> int:
    problem = argv[argv.index("-p") + 1]
    path = argv[argv.index("-f") + 1]
    query = int(argv[argv.index("-a") + 1]) - 1 if "-a" in argv else -1
    task, sem = problem.split("-")
    n, attackers = read_i23(path)
    anchor = Anchor(n, attackers)
    out: list[str] = []
    if task == "DC":
        found = anchor.credulous(sem, query)
        out = ["NO"] if found is None else ["YES", line(found)]
    elif task == "DS":
        found = anchor.skeptical(sem, query)
        out = ["YES"] if found is None else ["NO", line(found)]
    elif task == "SE":
        found = anchor.some(sem)
        out = ["NO"] if found is None else [line(found)]
    elif task == "EE":
        out = [line(e) for e in anchor.every(sem)]
    elif task == "CE":
        out = [str(sum(1 for _ in anchor.every(sem)))]
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

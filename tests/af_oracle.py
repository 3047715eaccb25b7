"""Brute-force Dung semantics over all subsets: the test oracle (exponential; tiny AFs only)."""

from __future__ import annotations

from itertools import combinations

from argmap.semantics.framework import ArgumentationFramework


def _subsets(items: tuple[str, ...]) -> list[frozenset[str]]:
    return [frozenset(c) for k in range(len(items) + 1) for c in combinations(items, k)]


class Oracle:
    """Every semantics by definition, straight from Dung (1995) and its successors."""

    def __init__(self, af: ArgumentationFramework) -> None:
        self.args = af.arguments
        self.att = set(af.attacks)
        self.attackers = {a: {x for x, y in self.att if y == a} for a in self.args}
        self.subsets = _subsets(self.args)

    def attacked_by(self, s: frozenset[str]) -> set[str]:
        return {y for x, y in self.att if x in s}

    def cf(self, s: frozenset[str]) -> bool:
        return not any(x in s and y in s for x, y in self.att)

    def defends(self, s: frozenset[str], a: str) -> bool:
        hit = self.attacked_by(s)
        return all(b in hit for b in self.attackers[a])

    def adm(self, s: frozenset[str]) -> bool:
        return self.cf(s) and all(self.defends(s, a) for a in s)

    def co(self, s: frozenset[str]) -> bool:
        return self.adm(s) and all(a in s for a in self.args if self.defends(s, a))

    def st(self, s: frozenset[str]) -> bool:
        return self.cf(s) and self.attacked_by(s) | s == set(self.args)

    def range(self, s: frozenset[str]) -> frozenset[str]:
        return frozenset(s | self.attacked_by(s))

    @staticmethod
    def _maximal(sets: list[frozenset[str]], key=lambda s: s) -> list[frozenset[str]]:  # type: ignore[no-untyped-def]
        return [s for s in sets if not any(key(s) < key(t) for t in sets)]

    def extensions(self, code: str) -> set[frozenset[str]]:
        subsets = self.subsets
        if code == "CF":
            return {s for s in subsets if self.cf(s)}
        if code == "ADM":
            return {s for s in subsets if self.adm(s)}
        complete = [s for s in subsets if self.co(s)]
        if code == "CO":
            return set(complete)
        if code == "GR":
            return {min(complete, key=len)}
        if code == "PR":
            return set(self._maximal(complete))
        if code == "ST":
            return {s for s in subsets if self.st(s)}
        if code == "SST":
            return set(self._maximal(complete, key=self.range))
        if code == "STG":
            cfs = [s for s in subsets if self.cf(s)]
            return set(self._maximal(cfs, key=self.range))
        if code in ("ID", "EG"):
            base = self.extensions("PR" if code == "ID" else "SST")
            common = frozenset.intersection(*base)
            candidates = [s for s in subsets if s <= common and self.adm(s)]
            return {max(candidates, key=len)}
        raise ValueError(code)

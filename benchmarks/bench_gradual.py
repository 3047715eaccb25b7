"""Gradual semantics: the single topological pass against the iteration, on acyclic graphs.

The baseline is the one-pass computation on a random acyclic weighted bipolar graph; the
iteration (what a cyclic graph needs) reaches the same values, and the ratio shows what
that costs. Also times reading a map as a bipolar graph (translation) for scale.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from argmap.semantics.gradual import GRADUAL_SEMANTICS, BipolarGraph, gradual_strengths


def graph(n: int, seed: int = 1) -> BipolarGraph:
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(n)]
    base = {node: rng.random() for node in nodes}
    attacks, supports = set(), set()
    for i in range(1, n):
        for _ in range(2):
            j = rng.randrange(i)
            (attacks if rng.random() < 0.5 else supports).add((nodes[j], nodes[i]))
    supports -= attacks
    return BipolarGraph(base, attacks=sorted(attacks), supports=sorted(supports))


def best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    print(f"{'nodes':>7} {'semantics':>17} {'pass s':>9} {'iterate s':>10} {'ratio':>7}")
    for n in (1_000, 10_000, 100_000):
        g = graph(n)
        for name in GRADUAL_SEMANTICS:
            single = best_of(3, lambda g=g, name=name: gradual_strengths(g, name))
            iterated = best_of(
                1,
                lambda g=g, name=name: gradual_strengths(
                    g, name, method="iteration", max_iterations=10_000
                ),
            )
            print(f"{n:>7} {name:>17} {single:>9.4f} {iterated:>10.4f} {iterated / single:>7.1f}")


if __name__ == "__main__":
    main()

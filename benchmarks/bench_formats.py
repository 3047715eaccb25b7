"""Interchange: reading and writing maps against plain `json` on the same data.

The baseline is the standard library alone (`json.dumps` / `json.loads` of the argmap
JSON document); the ratios show what argmap's checking adds: size caps, structure and
type checks with located problems, the model's validation and reference checks (argmap
JSON), and building the map from an AIF graph (AIF).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial

from argmap import Argument, ArgumentMap, Claim, Objection
from argmap.formats import aif, argmap_json


def make_map(n: int) -> ArgumentMap:
    claims = [Claim(f"c{i}", f"Claim number {i}.") for i in range(n)]
    arguments = [Argument(f"a{i}", [f"c{i}"], f"c{i + 1}") for i in range(n - 1)]
    objections = [
        Objection(f"o{i}", "undermine", f"c{i}", attacker=f"c{i + 1}") for i in range(0, n - 1, 2)
    ]
    return ArgumentMap("bench", claims=claims, arguments=arguments, objections=objections)


def best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    header = (
        f"{'claims':>8} {'json s':>8} {'dump x':>7} {'load x':>7} {'aif out x':>9} {'aif in x':>8}"
    )
    print(header)
    for n in (1_000, 10_000, 50_000):
        m = make_map(n)
        data = argmap_json.to_data(m)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        aif_text = aif.dumps(m)
        base_dump = best_of(3, partial(json.dumps, data, ensure_ascii=False, indent=2))
        base_load = best_of(3, partial(json.loads, text))
        dump = best_of(3, partial(argmap_json.dumps, m))
        load = best_of(3, partial(argmap_json.loads, text))
        aif_out = best_of(3, partial(aif.dumps, m))
        aif_in = best_of(3, partial(aif.loads, aif_text))
        print(
            f"{n:>8} {base_dump + base_load:>8.4f} {dump / base_dump:>7.1f} "
            f"{load / base_load:>7.1f} {aif_out / base_dump:>9.1f} {aif_in / base_load:>8.1f}"
        )


if __name__ == "__main__":
    main()

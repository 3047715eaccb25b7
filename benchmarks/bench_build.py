"""Building maps: the checked MapBuilder against constructing ArgumentMap in one go.

The baseline is `ArgumentMap(...)` from ready-made element lists (one validation pass);
the builder validates every element as it is added, so mistakes point at the map
module's line. The ratio shows what that per-element checking costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from argmap import Argument, ArgumentMap, Claim, MapBuilder, Objection


def elements(n: int) -> tuple[list[Claim], list[Argument], list[Objection]]:
    claims = [Claim(f"c{i}", f"Claim number {i}.") for i in range(n)]
    arguments = [Argument(f"a{i}", [f"c{i}"], f"c{i + 1}") for i in range(n - 1)]
    objections = [
        Objection(f"o{i}", "undermine", f"c{i}", attacker=f"c{i + 1}") for i in range(0, n - 1, 2)
    ]
    return claims, arguments, objections


def direct(claims: list[Claim], arguments: list[Argument], objections: list[Objection]) -> None:
    ArgumentMap("bench", claims=claims, arguments=arguments, objections=objections)


def built(claims: list[Claim], arguments: list[Argument], objections: list[Objection]) -> None:
    b = MapBuilder("bench")
    b.add(*claims, *arguments, *objections)
    b.build()


def best_of(repeats: int, work: Callable[..., None], *args: object) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    print(f"{'claims':>8} {'direct s':>10} {'builder s':>10} {'ratio':>7}")
    for n in (1_000, 10_000, 100_000):
        claims, arguments, objections = elements(n)
        base = best_of(3, direct, claims, arguments, objections)
        builder = best_of(3, built, claims, arguments, objections)
        print(f"{n:>8} {base:>10.4f} {builder:>10.4f} {builder / base:>7.2f}")


if __name__ == "__main__":
    main()

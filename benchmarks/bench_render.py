"""Rendering: DOT generation and layout, against building the same map.

The baseline is constructing the `ArgumentMap` (one validation pass). `to_dot` should
stay within a small multiple of it; the layout program's time (graphviz-pure, SVG) is
shown as a ratio to `to_dot`, to see where a render's time goes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from argmap import Argument, ArgumentMap, Claim, Objection
from argmap.render import RenderOptions, find_renderer, render_bytes, to_dot


def chain(n: int) -> ArgumentMap:
    claims = [Claim(f"c{i}", f"Claim number {i}, worded at some length.") for i in range(n)]
    arguments = [Argument(f"a{i}", [f"c{i}"], f"c{i + 1}") for i in range(n - 1)]
    objections = [
        Objection(f"o{i}", "rebut", f"c{i}", attacker=f"c{i + 2}") for i in range(0, n - 2, 3)
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
    find_renderer()  # probe once, outside the timings
    print(
        f"{'claims':>7} {'build s':>9} {'to_dot s':>9} {'ratio':>6} {'focus s':>9} {'svg s':>8} {'svg/dot':>8}"
    )
    for n in (50, 200, 800):
        m = chain(n)
        build = best_of(3, lambda n=n: chain(n))
        dot = best_of(3, lambda m=m: to_dot(m))
        focus = best_of(3, lambda m=m: to_dot(m, options=RenderOptions(focus=("c0",), depth=5)))
        svg = best_of(1, lambda m=m: render_bytes(m, format="svg"))
        print(
            f"{n:>7} {build:>9.4f} {dot:>9.4f} {dot / build:>6.2f} {focus:>9.4f} "
            f"{svg:>8.3f} {svg / dot:>8.1f}"
        )


if __name__ == "__main__":
    main()

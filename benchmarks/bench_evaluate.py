"""Evaluating maps: per-claim statuses without listing extensions, against listing them.

Run with ``.venv/bin/python benchmarks/bench_evaluate.py`` (``--quick`` skips the
10^4-claim map). Every family is evaluated, semantics by semantics, in one process:

* ``evaluate`` -- :func:`argmap.semantics.evaluate.evaluate`, which decides each node's
  status by witness and counterexample queries (:mod:`argmap.semantics.acceptance`);
  ``queries`` is how many it asked, ``vs GR`` its time over the grounded-only time;
* ``listing`` -- the approach it replaced: list every extension (the engine's
  enumeration, :func:`argmap.semantics.dung.labellings`) and intersect their labellings,
  given ``LISTING_LIMIT`` seconds per semantics, after which it is stopped and reported
  as ``> limit`` with the number of extensions it had listed.

Families (fixed seeds):

* ``pairs N``: N independent pairs of claims rebutting each other (2^N preferred
  extensions), for N = 12, 200 and 2,000;
* ``random N``: a random map of N claims (:func:`random_map`): arguments with one to three
  linked premises, some weighted, rebuttals (about 30 per 100 claims), undermines,
  undercuts and challenges, for N = 300 and 10,000.

Both approaches' statuses are compared where listing finishes. Times are seconds of one
cold run (a fresh map, so nothing is memoised).
"""

from __future__ import annotations

import gc
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from argmap import ArgumentMap, MapBuilder
from argmap.semantics import dung
from argmap.semantics.evaluate import ALL_SEMANTICS, DUNG_SEMANTICS, evaluate
from argmap.semantics.framework import ArgumentationFramework, Label
from argmap.semantics.results import ExtensionResult
from argmap.semantics.status import Status

LISTING_LIMIT = 60.0
"""Seconds the listing approach gets per semantics before it is stopped."""


def pairs(n: int) -> ArgumentMap:
    """``n`` independent pairs of claims, each rebutting the other."""
    b = MapBuilder(f"{n} pairs")
    for i in range(n):
        a, z = b.claim(f"a{i}", f"A{i}."), b.claim(f"b{i}", f"B{i}.")
        b.rebut(a, z, key=f"r{i}")
        b.rebut(z, a, key=f"s{i}")
    return b.build()


def random_map(n: int, *, seed: int = 1) -> ArgumentMap:
    """A random map of ``n`` claims: about n/2 arguments (one to three linked premises,
    half of them weighted), 0.3 n rebuttals, 0.05 n each of undermines, undercuts and
    challenges (half of these bare), all ends drawn uniformly."""
    rng = random.Random(seed)
    b = MapBuilder(f"random map, {n} claims")
    claims = [b.claim(f"c{i}", f"Claim {i}.").key for i in range(n)]
    arguments = []
    for i in range(n // 2):
        conclusion = rng.choice(claims)
        premises = rng.sample([c for c in claims if c != conclusion], rng.randint(1, 3))
        weight = round(rng.random(), 2) if rng.random() < 0.5 else None
        arguments.append(b.argument(f"a{i}", premises, conclusion, weight=weight))
    for i in range(int(0.3 * n)):
        target, attacker = rng.sample(claims, 2)
        b.rebut(attacker, target, key=f"r{i}")
    for i in range(int(0.05 * n)):
        argument = rng.choice(arguments)
        premise = rng.choice(argument.premises)
        attacker = rng.choice([c for c in claims if c != premise])
        b.undermine(attacker, premise, argument=argument, key=f"u{i}")
        b.undercut(rng.choice(claims), rng.choice(arguments), key=f"x{i}")
        target = rng.choice(claims)
        if rng.random() < 0.5:
            b.challenge(target, key=f"q{i}", text="Why?")
        else:
            challenger = rng.choice([c for c in claims if c != target])
            b.challenge(target, attacker=challenger, key=f"q{i}")
    return b.build()


def listing_statuses(
    af: ArgumentationFramework, name: str, limit: float
) -> tuple[dict[str, Status] | None, int]:
    """Statuses by listing every extension (the approach ``evaluate`` replaced), or
    ``None`` if the listing did not finish within ``limit`` seconds; and the number of
    extensions listed."""
    start = time.perf_counter()
    nodes = af.arguments
    in_all = dict.fromkeys(nodes, True)
    out_all = dict.fromkeys(nodes, True)
    in_some = dict.fromkeys(nodes, False)
    count = 0
    for labelling in dung.labellings(af, name):
        count += 1
        for node in nodes:
            label = labelling[node]
            if label is not Label.IN:
                in_all[node] = False
            else:
                in_some[node] = True
            if label is not Label.OUT:
                out_all[node] = False
        if time.perf_counter() - start > limit:
            return None, count
    if count == 0:
        return dict.fromkeys(nodes, Status.UNDECIDED), 0
    statuses = {}
    for node in nodes:
        if in_all[node]:
            statuses[node] = Status.IN
        elif out_all[node]:
            statuses[node] = Status.OUT
        elif in_some[node]:
            statuses[node] = Status.CREDULOUS
        else:
            statuses[node] = Status.UNDECIDED
    return statuses, count


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def row(*cells: object) -> None:
    widths = (14, 7, 8, 17, 11, 8, 7, 14, 12)
    print(
        "".join(
            f"{c!s:>{w}}" if i else f"{c!s:<{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=False))
        )
    )


def bench(label: str, make: Callable[[], ArgumentMap], *, listing: bool = True) -> None:
    m = make()
    grounded_seconds, _ = timed(lambda: evaluate(make(), semantics="grounded"))
    total = 0.0
    nodes = 0
    for name in ALL_SEMANTICS:
        fresh = make()
        seconds, ev = timed(lambda f=fresh, s=name: evaluate(f, semantics=s))  # type: ignore[misc]
        total += seconds
        result = ev.result(name)
        queries: object = result.queries if isinstance(result, ExtensionResult) else "-"
        nodes = len(ev.translation.nodes)
        listed = "-"
        count: object = "-"
        if name in DUNG_SEMANTICS and listing:
            af = make_framework(fresh)
            list_seconds, (statuses, found) = timed(
                lambda a=af, s=name: listing_statuses(a, s, LISTING_LIMIT)  # type: ignore[misc]
            )
            count = found
            if statuses is None:
                listed = f"> {LISTING_LIMIT:.0f}"
                count = f">= {found}"
            else:
                listed = f"{list_seconds:.3f}"
                assert isinstance(result, ExtensionResult)
                assert statuses == dict(result.statuses), (label, name)
        elif name in DUNG_SEMANTICS:
            listed = "not run"
        row(
            label,
            len(m.claims),
            nodes,
            name,
            f"{seconds:.3f}",
            queries,
            f"{seconds / grounded_seconds:.1f}x",
            listed,
            count,
        )
    print(f"{label}: every semantics {total:.2f} s; grounded alone {grounded_seconds:.3f} s")


def make_framework(m: ArgumentMap) -> ArgumentationFramework:
    return evaluate(m, semantics="grounded").translation.framework()


def main() -> int:
    quick = "--quick" in sys.argv
    print(
        f"argmap evaluation benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    # Warm up (imports, the SAT library) so the first row does not pay for them.
    evaluate(pairs(2), semantics=ALL_SEMANTICS)
    row(
        "family",
        "claims",
        "nodes",
        "semantics",
        "evaluate s",
        "queries",
        "vs GR",
        "listing s",
        "extensions",
    )
    bench("pairs 12", lambda: pairs(12))
    bench("pairs 200", lambda: pairs(200))
    bench("pairs 2000", lambda: pairs(2000))
    bench("random 300", lambda: random_map(300))
    if not quick:
        bench("random 10^4", lambda: random_map(10_000))
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

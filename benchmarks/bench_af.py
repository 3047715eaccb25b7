"""Abstract argumentation: argmap's engine on random and cyclic frameworks.

Random frameworks have n arguments and 2.5 n attacks with uniformly drawn ends (a fixed
seed); the cyclic families are odd and even cycles and a chain. For each task it prints
seconds (best of a few runs for small inputs) and the peak memory the task allocated
(tracemalloc, measured in a separate run so it does not slow the timing). Ratios compare
against baselines measured in this same process:

* ``naive``: the grounded extension by iterating Dung's characteristic function from the
  empty set in plain Python (what a textbook implementation does);
* ``py_arg`` (python-argumentation) and ``formal`` (formal-argumentation), when installed
  (``pip install -e '.[benchmarks]'``), at the sizes they finish within a time limit.

Run: ``python benchmarks/bench_af.py`` (or ``make bench``); ``--quick`` stops at 10^5.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from argmap.formats.iccma import read_framework, write_framework
from argmap.semantics import _engine, dung
from argmap.semantics.framework import ArgumentationFramework

PEER_TIMEOUT = 60.0


def random_framework(
    n: int, *, seed: int = 2026, per_argument: float = 2.5
) -> ArgumentationFramework:
    rng = np.random.default_rng(seed + n)
    m = int(per_argument * n)
    return ArgumentationFramework.numbered(n, rng.integers(0, n, m), rng.integers(0, n, m))


def cycle(n: int) -> ArgumentationFramework:
    ring = np.arange(n)
    return ArgumentationFramework.numbered(n, ring, (ring + 1) % n)


def chain(n: int) -> ArgumentationFramework:
    return ArgumentationFramework.numbered(n, np.arange(n - 1), np.arange(1, n))


def linked_two_cycles(k: int) -> ArgumentationFramework:
    """x_i <-> y_i, both attack z_i, z_i attacks x_{i+1}: one weak component, 2k SCCs,
    2^k preferred (and stable) extensions."""
    x = np.arange(k) * 3
    src = [x, x + 1, x, x + 1, x[:-1] + 2]
    dst = [x + 1, x, x + 2, x + 2, x[1:]]
    return ArgumentationFramework.numbered(3 * k, np.concatenate(src), np.concatenate(dst))


def chained_three_cycles(k: int) -> ArgumentationFramework:
    """k odd 3-cycles, each attacking the next: all undecided, one preferred extension."""
    a = np.arange(k) * 3
    src = [a, a + 1, a + 2, a[:-1] + 2]
    dst = [a + 1, a + 2, a, a[1:]]
    return ArgumentationFramework.numbered(3 * k, np.concatenate(src), np.concatenate(dst))


def cycle_with_tail(n: int) -> ArgumentationFramework:
    """An odd 3-cycle attacking a chain of n arguments: n + 1 SCCs, all undecided."""
    src = np.concatenate([[0, 1, 2, 2], np.arange(3, n + 2)])
    dst = np.concatenate([[1, 2, 0, 3], np.arange(4, n + 3)])
    return ArgumentationFramework.numbered(n + 3, src, dst)


def fresh(af: ArgumentationFramework) -> ArgumentationFramework:
    """A copy without memoised results, so every timed call starts cold."""
    src, dst = af.attack_arrays
    return ArgumentationFramework.numbered(len(af), src, dst)


def timed(work: Callable[[], Any], *, repeats: int) -> tuple[float, Any]:
    best = float("inf")
    result: Any = None
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_mib(work: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def naive_grounded(af: ArgumentationFramework) -> frozenset[str]:
    """Iterate F(S) = {a : every attacker of a is attacked by S} from the empty set."""
    attackers: dict[str, set[str]] = {a: set() for a in af.arguments}
    for x, y in af.attacks:
        attackers[y].add(x)
    current: set[str] = set()
    while True:
        attacked = {y for x, y in af.attacks if x in current}
        following = {a for a in af.arguments if attackers[a] <= attacked}
        if following == current:
            return frozenset(current)
        current = following


# -- peers, each in a child process with a time limit -----------------------------------


def _peer_job(
    peer: str, task: str, arguments: tuple[str, ...], attacks: tuple[tuple[str, str], ...]
) -> object:
    if peer == "py_arg":
        from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
            AbstractArgumentationFramework,
        )
        from py_arg.abstract_argumentation_classes.argument import Argument
        from py_arg.abstract_argumentation_classes.defeat import Defeat
        from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension
        from py_arg.algorithms.semantics.get_preferred_extensions import get_preferred_extensions

        objects = {a: Argument(a) for a in arguments}
        framework = AbstractArgumentationFramework(
            "bench", list(objects.values()), [Defeat(objects[x], objects[y]) for x, y in attacks]
        )
        if task == "GR":
            return frozenset(a.name for a in get_grounded_extension(framework))
        return {frozenset(a.name for a in e) for e in get_preferred_extensions(framework)}
    from argumentation.core.dung import ArgumentationFramework as FormalAF
    from argumentation.core.dung import grounded_extension, preferred_extensions

    framework = FormalAF(arguments=frozenset(arguments), defeats=frozenset(attacks))
    if task == "GR":
        return frozenset(grounded_extension(framework))
    return set(preferred_extensions(framework))


def _peer_child(queue: Any, *job: Any) -> None:
    start = time.perf_counter()
    try:
        result = _peer_job(*job)
        queue.put((time.perf_counter() - start, result, None))
    except Exception as error:  # a peer's failure is reported, not fatal
        queue.put((time.perf_counter() - start, None, f"{type(error).__name__}: {error}"))


def run_peer(
    peer: str, task: str, af: ArgumentationFramework
) -> tuple[float | None, object, str | None]:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_peer_child, args=(queue, peer, task, af.arguments, af.attacks))
    child.start()
    child.join(PEER_TIMEOUT)
    if child.is_alive():
        child.terminate()
        child.join()
        return None, None, f"timeout > {PEER_TIMEOUT:.0f} s"
    if queue.empty():
        return None, None, f"exited with status {child.exitcode}"
    return queue.get()  # type: ignore[no-any-return]


def peer_available(peer: str) -> bool:
    try:
        __import__("py_arg" if peer == "py_arg" else "argumentation.core.dung")
    except ImportError:
        return False
    return True


# -- the tables -----------------------------------------------------------------------------


def row(*cells: object) -> None:
    print("  ".join(f"{c:>12}" if i else f"{c:<26}" for i, c in enumerate(cells)), flush=True)


def engine_tasks(
    af: ArgumentationFramework, *, heavy: bool
) -> dict[str, Callable[[ArgumentationFramework], Any]]:
    query = af.arguments[len(af) // 2]
    tasks: dict[str, Callable[[ArgumentationFramework], Any]] = {
        "GR labelling": lambda f: dung.grounded_labelling(f).count("in"),
        "EE-PR": lambda f: sum(1 for _ in dung.extensions(f, "PR")),
        "CE-CO": lambda f: dung.count_extensions(f, "CO"),
        "SE-ST": lambda f: dung.some_extension(f, "ST"),
        "SE-SST": lambda f: dung.some_extension(f, "SST"),
        "DC-PR": lambda f: dung.is_credulously_accepted(f, query, "PR"),
        "DS-PR": lambda f: dung.is_skeptically_accepted(f, query, "PR"),
        "ID": lambda f: len(dung.ideal_extension(f)),
    }
    if heavy:
        tasks["SE-STG"] = lambda f: dung.some_extension(f, "STG")
    return tasks


def bench_random(sizes: list[int], tmp: Path) -> None:
    print("\n# random frameworks, 2.5 attacks per argument")
    row("task", "n", "seconds", "peak MiB", "vs naive")
    for n in sizes:
        af = random_framework(n)
        path = write_framework(af, tmp / f"random-{n}.af")
        repeats = 3 if n <= 10**5 else 1

        def read_and_ground(p: Path = path) -> int:
            return dung.grounded_labelling(read_framework(p)).count("in")

        seconds, _ = timed(read_and_ground, repeats=repeats)
        row("read i23 + GR labelling", n, f"{seconds:.3f}", f"{peak_mib(read_and_ground):.1f}", "")
        ground_seconds, ours = timed(
            lambda a=af: dung.grounded_extension(fresh(a)), repeats=repeats
        )
        naive = ""
        if n <= 10**5:
            naive_seconds, theirs = timed(lambda a=af: naive_grounded(a), repeats=1)
            assert theirs == ours, "the naive baseline disagrees"
            naive = f"{naive_seconds / ground_seconds:.0f}x"
        row("GR extension", n, f"{ground_seconds:.3f}", "", naive)
        for name, task in engine_tasks(af, heavy=n <= 10**4).items():
            seconds, _ = timed(lambda a=af, t=task: t(fresh(a)), repeats=repeats)
            memory = peak_mib(lambda a=af, t=task: t(fresh(a)))
            row(name, n, f"{seconds:.3f}", f"{memory:.1f}", "")


def bench_cycles(n: int) -> None:
    print(f"\n# cyclic families, n = {n}")
    row("family / task", "n", "seconds", "peak MiB", "extensions")
    for family, af in (("odd cycle", cycle(n + 1)), ("even cycle", cycle(n)), ("chain", chain(n))):
        for task in ("GR", "PR", "ST", "SST", "ID"):

            def every(a: ArgumentationFramework = af, t: str = task) -> int:
                return sum(1 for _ in dung.extensions(fresh(a), t))

            seconds, count = timed(every, repeats=1)
            row(f"{family} EE-{task}", len(af), f"{seconds:.3f}", f"{peak_mib(every):.1f}", count)
        seconds, _ = timed(lambda a=af: dung.some_extension(fresh(a), "STG"), repeats=1)
        row(f"{family} SE-STG", len(af), f"{seconds:.3f}", "", "")


def bench_scc(quick: bool) -> None:
    """SCC-recursive enumeration against one SAT instance per weak component."""
    print("\n# SCC-recursive CO/PR enumeration vs one SAT instance per weak component")
    row("family / task", "n", "per-comp. s", "SCC s", "ratio", "answer")
    cases: list[tuple[str, ArgumentationFramework, str]] = []
    for k in (8, 10, 12) if quick else (8, 10, 12, 13):
        cases.append(("linked 2-cycles EE-PR", linked_two_cycles(k), "PR"))
    for k in (6, 8):
        cases.append(("linked 2-cycles CE-CO", linked_two_cycles(k), "CO"))
    for k in (10**2, 10**3, 10**4):
        cases.append(("chained 3-cycles EE-PR", chained_three_cycles(k), "PR"))
    for n in (10**4, 10**5):
        cases.append(("3-cycle + tail EE-PR", cycle_with_tail(n), "PR"))
    for density in (1.0, 1.5, 2.5):
        for n in (10**4, 10**5):
            af = random_framework(n, per_argument=density)
            cases.append((f"random {density} EE-PR", af, "PR"))
            cases.append((f"random {density} CE-CO", af, "CO"))
    for k in (10**3, 10**4):
        cases.append(("chained 3-cycles SE-PR", chained_three_cycles(k), "SE-PR"))
    cases.append(("linked 2-cycles SE-PR", linked_two_cycles(10**4), "SE-PR"))
    cases.append(("random 2.5 SE-PR", random_framework(10**5), "SE-PR"))

    def task(af: ArgumentationFramework, semantics: str, scc: bool) -> Any:
        if semantics == "SE-PR":
            found = _engine.first(af, "PR", scc=scc)
            assert found is not None  # a preferred extension always exists
            return frozenset(af.arguments[i] for i in found)
        return _engine.count(af, semantics, scc=scc)

    for name, af, semantics in cases:
        results: dict[bool, tuple[float, Any]] = {}
        for scc in (False, True):
            results[scc] = timed(
                lambda a=af, s=semantics, way=scc: task(fresh(a), s, way), repeats=3
            )
        (whole, ours), (by_scc, theirs) = results[False], results[True]
        if semantics == "SE-PR":  # the two may differ; both must be preferred
            assert dung.is_extension(af, ours, "PR")
            assert dung.is_extension(af, theirs, "PR")
            shown = f"|E| = {len(theirs)}"
        else:
            assert ours == theirs, "the two methods disagree"
            shown = str(ours)
        row(name, len(af), f"{whole:.4f}", f"{by_scc:.4f}", f"{whole / by_scc:.1f}x", shown)


def bench_peers() -> None:
    peers = [p for p in ("py_arg", "formal") if peer_available(p)]
    if not peers:
        print("\n# peers: none installed (pip install -e '.[benchmarks]')")
        return
    print(f"\n# peers (each in a child process, limit {PEER_TIMEOUT:.0f} s); ratio = peer / argmap")
    row("peer / task", "n", "peer s", "argmap s", "ratio")
    plan = [("GR", n) for n in (100, 500, 1000, 2000)] + [("PR", n) for n in (10, 15, 20, 30, 40)]
    for peer in peers:
        gave_up: set[str] = set()
        for task, n in plan:
            if task in gave_up:
                continue  # sizes grow: a peer that failed at n fails beyond it too
            af = random_framework(n, per_argument=2.5 if task == "GR" else 1.5)
            seconds, result, error = run_peer(peer, task, af)
            ours_seconds, ours = timed(
                lambda a=af, t=task: (
                    dung.grounded_extension(fresh(a))
                    if t == "GR"
                    else set(dung.extensions(fresh(a), "PR"))
                ),
                repeats=3,
            )
            if error is not None or seconds is None:
                gave_up.add(task)
                bound = (
                    f"> {PEER_TIMEOUT / ours_seconds:.0f}x"
                    if error and error.startswith("timeout")
                    else "-"
                )
                row(f"{peer} {task}", n, "-", f"{ours_seconds:.4f}", bound)
                print(f"    ({peer} {task} at n = {n}: {error})")
                continue
            agree = "" if result == ours else "  (DISAGREES)"
            row(
                f"{peer} {task}",
                n,
                f"{seconds:.3f}",
                f"{ours_seconds:.4f}",
                f"{seconds / ours_seconds:.0f}x{agree}",
            )


def main() -> int:
    quick = "--quick" in sys.argv
    print(
        f"argmap abstract-argumentation benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    sizes = [10**3, 10**4, 10**5] + ([] if quick else [10**6])
    with tempfile.TemporaryDirectory() as folder:
        bench_random(sizes, Path(folder))
    bench_cycles(10**4 if quick else 10**5)
    bench_scc(quick)
    bench_peers()
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

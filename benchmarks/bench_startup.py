"""Start-up: what a user waits for before anything happens, against its floor.

Three pairs, each measured side by side in this one run (child processes, interleaved
A B A B ... so that a busy machine slows both alike), best of N:

* ``import argmap`` against ``import attrs, graphviz`` -- the two packages argmap is
  built on; the target is within 1.5x;
* ``argmap render maps/zinoviev.py`` against its floor: a bare Python start plus the
  same DOT (what ``argmap render -f dot`` writes) laid out once by graphviz-pure; the
  target is within 2x. When arrowheads collide argmap lays the map out a second time
  with ports of their own (``argmap.render._arrows``); the Zinoviev map needs it, so a
  second floor, "floor + 2nd layout", is printed too;
* ``argmap check`` on a generated map of 10^4 elements against running the same map
  module with plain Python (building the map: the work check cannot skip).

Wall-clock seconds and CPU seconds (user + system of the child) are both shown; on a
shared machine the CPU ratio is the steadier one. Bytecode is written and warmed first
(``PYTHONDONTWRITEBYTECODE`` is unset for the children), as an installed package has it.

Usage: ``python benchmarks/bench_startup.py [--repeats N] [--argmap-from DIR]``; with
``--argmap-from`` the children import argmap from DIR (e.g. an export of an older
commit, ``git archive COMMIT | tar -x -C DIR``) to compare versions on one machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# Children run outside the checkout, so that `python -m argmap` imports the installed
# argmap (or --argmap-from's), not whatever the current folder holds.
CWD = tempfile.gettempdir()


def _graphviz_pure() -> str:
    from argmap.render import find_renderer

    return str(find_renderer().path)


def run(argv: Sequence[str], *, stdin: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as handle:
        subprocess.run(
            list(argv),
            stdin=handle,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=ENV,
            cwd=CWD,
            check=True,
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def side_by_side(
    repeats: int, jobs: dict[str, list[tuple[list[str], Path | None]]]
) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) of each job, a job being one or more commands run in sequence;
    the jobs take turns so that load affects each alike."""
    best = {name: (float("inf"), float("inf")) for name in jobs}
    for steps in jobs.values():  # warm-up: bytecode, page cache
        for argv, stdin in steps:
            run(argv, stdin=stdin)
    for _ in range(repeats):
        for name, steps in jobs.items():
            wall = cpu = 0.0
            for argv, stdin in steps:
                w, c = run(argv, stdin=stdin)
                wall, cpu = wall + w, cpu + c
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def big_map_module(path: Path, elements: int) -> None:
    """A map module of about ``elements`` elements: claims in chains of arguments, with
    a rebuttal and an undercut every few steps (as ``argmap new`` writes them)."""
    claims = elements * 4 // 10
    lines = [
        "from argmap import MapBuilder",
        "",
        'b = MapBuilder("Generated")',
        'ann, bob = b.party("ann", "Ann"), b.party("bob", "Bob")',
    ]
    for i in range(claims):
        lines.append(f'c{i} = b.claim("c{i}", "Claim number {i}, worded at some length.", by=ann)')
    arguments = 0
    for i in range(1, claims):
        lines.append(f'a{i} = b.argument("a{i}", [c{i}], c{i - 1}, by=ann)')
        arguments += 1
    objections = 0
    total = claims + arguments + 2
    i = 2
    while total + objections < elements and i < claims:
        lines.append(f'b.rebut(c{i}, c{i - 2}, by=bob, key="r{i}")')
        lines.append(f'b.undercut(c{i - 1}, a{i}, by=bob, key="u{i}")')
        objections += 2
        i += 3
    lines.append("MAP = b.build()")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _row(name: str, value: tuple[float, float], base: tuple[float, float]) -> str:
    return (
        f"  {name:<44} {value[0]:>7.3f} s {value[0] / base[0]:>5.2f}x"
        f"   cpu {value[1]:>6.3f} s {value[1] / base[1]:>5.2f}x"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--argmap-from", metavar="DIR", help="import argmap from DIR")
    args = parser.parse_args(argv)
    if args.argmap_from:
        ENV["PYTHONPATH"] = os.pathsep.join(
            [str(Path(args.argmap_from).resolve()), *filter(None, [ENV.get("PYTHONPATH")])]
        )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"argmap start-up benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load}; best of {args.repeats}, ratio to the first row of each table"
    )
    if args.argmap_from:
        print(f"argmap imported from {args.argmap_from}")
    dot_program = _graphviz_pure()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        zinoviev = ROOT / "maps" / "zinoviev.py"
        dot = folder / "zinoviev.dot"
        subprocess.run(
            [PYTHON, "-m", "argmap", "render", str(zinoviev), "-o", str(dot)],
            env=ENV,
            check=True,
            capture_output=True,
        )
        from argmap.loader import load_map
        from argmap.render import to_dot
        from argmap.render._arrows import spread_arrowheads
        from argmap.render._backend import find_renderer, run_renderer

        source = to_dot(load_map(zinoviev))
        spread = spread_arrowheads(source, run_renderer(find_renderer(), source, "svg"))
        second = folder / "zinoviev-spread.dot"
        second.write_text(spread or source, encoding="utf-8")
        layouts = 2 if spread is not None else 1
        big = folder / "big.py"
        big_map_module(big, 10_000)
        svg = folder / "out.svg"

        print("\nimport")
        best = side_by_side(
            args.repeats,
            {
                "import attrs, graphviz": [([PYTHON, "-c", "import attrs, graphviz"], None)],
                "import argmap": [([PYTHON, "-c", "import argmap"], None)],
                "python -c pass": [([PYTHON, "-c", "pass"], None)],
            },
        )
        base = best["import attrs, graphviz"]
        for name, value in best.items():
            print(_row(name, value, base))

        print(f"\nargmap render maps/zinoviev.py ({layouts} layout(s) needed)")
        floor = [([PYTHON, "-c", "pass"], None), ([dot_program, "-Tsvg"], dot)]
        jobs = {"floor: python start + 1 layout": floor}
        if layouts == 2:
            jobs["floor + 2nd layout (spread arrowheads)"] = [
                *floor,
                ([dot_program, "-Tsvg"], second),
            ]
        best = side_by_side(
            args.repeats,
            {
                **jobs,
                "argmap render maps/zinoviev.py -o out.svg": [
                    ([PYTHON, "-m", "argmap", "render", str(zinoviev), "-o", str(svg)], None)
                ],
                "argmap render ... -o out.dot (no layout)": [
                    ([PYTHON, "-m", "argmap", "render", str(zinoviev), "-o", str(dot)], None)
                ],
            },
        )
        base = best["floor: python start + 1 layout"]
        for name, value in best.items():
            print(_row(name, value, base))

        count = sum(1 for line in big.read_text().splitlines() if "b." in line)
        print(f"\nargmap check on a generated map module ({count} builder calls)")
        best = side_by_side(
            max(3, args.repeats // 2),
            {
                "python big.py (build the map)": [([PYTHON, str(big)], None)],
                "argmap check big.py": [([PYTHON, "-m", "argmap", "check", str(big)], None)],
            },
        )
        base = best["python big.py (build the map)"]
        for name, value in best.items():
            print(_row(name, value, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())

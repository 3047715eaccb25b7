"""The committed tables of ``bench_hard.py`` in benchmarks/README.md, read and updated.

The README keeps one table per family group, each row marked with the round that last
measured it. Re-measuring a few rows (``bench_hard.py --sizes ... --json FILE``) should
not mean re-typing them, and the summary should come from the tables as committed, not
from a hand count:

* ``python benchmarks/hard_tables.py summarise benchmarks/README.md`` prints the summary
  of every ICCMA'23 row in the README's tables (then of the counting rows);
* ``python benchmarks/hard_tables.py splice benchmarks/README.md MARK FILE.json...``
  replaces each README row that a JSON file re-measured (same family, task and size) by
  the new measurement, marked ``MARK``, inserts the rows the tables lack, and writes the
  README back.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_hard import COUNTING, ICCMA23, summarise

_ROW = re.compile(
    r"^ +(?P<family>\S+) +(?P<problem>[A-Z]{2}-[A-Z]+) +(?P<n>\d+) +(?P<m>\d+)"
    r" +(?P<argmap>\S+) +(?P<pysat>\S+) +(?P<clingo>\S+) +(?P<ratio>\S+)"
    r" +(?P<agree>yes|NO)(?: (?P<mark>\S+))?$"
)
_WIDTHS = (7, 7, 8, 9, 10, 10, 10, 8, 6)


def _seconds(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None  # timeout, n/a, fail


def rows(text: str) -> list[dict[str, object]]:
    """Every benchmark row of the README's tables, as ``bench_hard`` results."""
    found = []
    for line in text.splitlines():
        match = _ROW.match(line)
        if match:
            found.append(
                {
                    "family": match["family"],
                    "problem": match["problem"],
                    "n": int(match["n"]),
                    "m": int(match["m"]),
                    "agree": match["agree"] == "yes",
                    **{k: _seconds(match[k]) for k in ("argmap", "pysat", "clingo")},
                }
            )
    return found


def _cell(seconds: object, solver: str, problem: str) -> str:
    if isinstance(seconds, float):
        return f"{seconds:.3f}"
    if solver == "clingo" and problem in ("EE-SST", "EE-STG"):
        return "n/a"
    return "timeout"


def _line(result: dict[str, object], mark: str) -> str:
    problem = str(result["problem"])
    times = [_cell(result[k], k, problem) for k in ("argmap", "pysat", "clingo")]
    anchors = [t for t in (result["pysat"], result["clingo"]) if isinstance(t, float)]
    ours = result["argmap"]
    ratio = f"{ours / min(anchors):.2f}" if anchors and isinstance(ours, float) else "-"
    cells = (
        result["family"],
        problem,
        result["n"],
        result["m"],
        *times,
        ratio,
        "yes" if result["agree"] else "NO",
    )
    text = "  ".join(f"{c!s:>{w}}" for c, w in zip(cells, _WIDTHS, strict=True))
    return f"{text} {mark}"


def splice(text: str, results: list[dict[str, object]], mark: str) -> tuple[str, int]:
    """``text`` with each row re-measured in ``results`` replaced, and each row the
    tables lack (a ladder that stops later now) inserted after the last row of its family
    of that size or below; and how many rows were replaced or inserted."""
    new = {(r["family"], r["problem"], r["n"]): r for r in results}
    lines: list[str] = []
    # (table, family, n) -> index of its last line; table: counting rows or not
    where: dict[tuple[bool, object, int], int] = {}
    replaced = 0
    for line in text.splitlines(keepends=True):
        match = _ROW.match(line.rstrip("\n"))
        if match:
            key = (match["family"], match["problem"], int(match["n"]))
            where[(key[1] in COUNTING, key[0], key[2])] = len(lines)
            if key in new:
                line = _line(new.pop(key), mark) + "\n"
                replaced += 1
        lines.append(line)
    for (family, problem, n), result in sorted(new.items(), key=lambda kv: -int(kv[0][2])):
        table = problem in COUNTING
        below = [
            (size, i)
            for (t, f, size), i in where.items()
            if (t, f) == (table, family) and size <= n
        ]
        if not below:
            msg = f"no table holds family {family!r}: add its first row by hand"
            raise SystemExit(msg)
        at = max(below)[1] + 1
        lines.insert(at, _line(result, mark) + "\n")
        where = {k: i + 1 if i >= at else i for k, i in where.items()}
        where[(table, family, int(n))] = at
        replaced += 1
    return "".join(lines), replaced


def main(argv: list[str]) -> int:
    if argv[:1] == ["summarise"] and len(argv) == 2:
        found = rows(Path(argv[1]).read_text(encoding="utf-8"))
        summarise([r for r in found if r["problem"] in ICCMA23])
        print("\n# enumeration and counting (not ICCMA'23 tasks)")
        summarise([r for r in found if r["problem"] in COUNTING])
        return 0
    if argv[:1] == ["splice"] and len(argv) >= 4:
        readme = Path(argv[1])
        results = [r for path in argv[3:] for r in json.loads(Path(path).read_text())]
        text, replaced = splice(readme.read_text(encoding="utf-8"), results, argv[2])
        readme.write_text(text, encoding="utf-8")
        print(f"{replaced} rows replaced in {readme}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run every benchmark in this folder: `make bench` (or `python benchmarks/run.py`).

Each `bench_*.py` prints its own table; numbers are seconds on this machine and ratios
against a baseline measured in the same process, so runs on different machines compare.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    selected = set(sys.argv[1:])
    for script in sorted(here.glob("bench_*.py")):
        if selected and script.stem not in selected:
            continue
        print(f"== {script.stem}", flush=True)
        runpy.run_path(str(script), run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())

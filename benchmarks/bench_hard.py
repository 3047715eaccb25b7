"""Hard abstract-argumentation frameworks: argmap against two anchors, side by side.

The families are the ones ICCMA uses to make frameworks hard (generated here with a fixed
seed, arguments numbered 1..n):

* ``er-d`` Erdős–Rényi: every ordered pair of distinct arguments is an attack with
  probability p = d / n (d attacks per argument on average), for d below, at and above
  the density where the grounded labelling stops deciding most arguments;
* ``ba`` Barabási–Albert: each new argument links to 1-3 earlier ones chosen by degree,
  each link an attack in a random direction, a fifth of them mutual;
* ``grid`` a square grid whose neighbours attack each other, half of the links mutual
  and half one-way in a random direction;
* ``sccs`` a chain of strongly connected blocks of 20 arguments (a directed cycle plus
  random internal attacks), each block attacking the next.

The anchors, both written here so that the benchmark needs nothing but pip packages:

* ``pysat``: a plain PySAT CEGAR loop on the whole framework in the manner of μ-toksia
  (Niskanen & Järvisalo 2020): the complete, stable and conflict-free encodings, one
  CaDiCaL 1.9.5 instance, assumptions; preferred by iterated growth of complete sets;
  skeptical preferred by the μ-toksia loop; semi-stable and stage by range
  maximisation, deferring to stable when a stable extension exists; ideal by the union
  of admissible sets and the greatest admissible subset of what it does not attack;
* ``clingo``: clingo 5.8 with ASPARTIX-style encodings (Egly, Gaggl & Woltran 2010),
  preferred, semi-stable and stage extensions by subset-maximisation with clingo's
  domain heuristics (``--heuristic=Domain --enum-mode=domRec``), skeptical preferred
  acceptance by a saturation encoding.

Every solver runs as its own process on the same file (``argmap solve`` on the ``i23``
file, the anchors on the same file or its ``apx`` form), timed from spawn to exit, with
a limit of 60 s; answers are cross-checked (YES/NO, and certificates checked against the
framework). Sizes start at 100 and double while some anchor finishes in time.

Run: ``python benchmarks/bench_hard.py`` (``--quick`` stops at 1,600 arguments;
``--families grid,ba`` and ``--tasks DS-PR,SE-PR`` select rows, ``--counting`` runs the
EE/CE table; ``--limit S``; ``--reader`` adds the i23 reader at its size cap; ``--json
FILE`` keeps the rows, and ``--summarise FILE...`` prints the summary of several runs).
``--copies K`` runs the chosen cells (``--families``, ``--tasks``, ``--sizes``) instead
on the framework and K relabelled copies of it, printing the spread of the ratio
(``--solvers argmap,pysat`` leaves clingo out).
Requires the ``benchmarks`` extra: ``pip install -e '.[benchmarks]'``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from argmap.formats.iccma import read_framework, write_framework
from argmap.semantics import _engine, dung
from argmap.semantics.framework import ArgumentationFramework


def erdos_renyi(n: int, seed: int, *, degree: float) -> ArgumentationFramework:
    """Each ordered pair of distinct arguments attacks with probability degree / n."""
    rng = np.random.default_rng([seed, n, int(degree * 100)])
    p = min(1.0, degree / max(n - 1, 1))
    m = rng.binomial(n * (n - 1), p)
    # Sample pairs until m distinct ones (few repeats at these densities).
    codes = np.unique(rng.integers(0, n * n, int(m * 1.2) + 16))
    src, dst = codes // n, codes % n
    keep = src != dst
    src, dst = src[keep][:m], dst[keep][:m]
    return ArgumentationFramework.numbered(n, src, dst)


def barabasi_albert(n: int, seed: int) -> ArgumentationFramework:
    """Preferential attachment; links become attacks in a random direction, 20% mutual."""
    rng = random.Random(f"ba-{seed}-{n}")
    ends: list[int] = [0, 1]  # every link's two ends: sampling it is sampling by degree
    src: list[int] = [0]
    dst: list[int] = [1]
    for new in range(2, n):
        chosen = {ends[rng.randrange(len(ends))] for _ in range(min(rng.randint(1, 3), new))}
        for old in sorted(chosen):
            roll = rng.random()
            if roll < 0.2:
                src += [new, old]
                dst += [old, new]
            elif roll < 0.6:
                src.append(new)
                dst.append(old)
            else:
                src.append(old)
                dst.append(new)
            ends += [new, old]
    return ArgumentationFramework.numbered(n, src, dst)


def grid(n: int, seed: int) -> ArgumentationFramework:
    """A side x side grid (side = round(sqrt(n))); half the links mutual, half one-way."""
    side = max(2, round(n**0.5))
    rng = np.random.default_rng([seed, side, 11])
    cells = np.arange(side * side).reshape(side, side)
    a = np.concatenate([cells[:, :-1].ravel(), cells[:-1, :].ravel()])
    b = np.concatenate([cells[:, 1:].ravel(), cells[1:, :].ravel()])
    roll = rng.random(a.size)
    mutual = roll < 0.5
    forward = (roll >= 0.5) & (roll < 0.75)
    backward = roll >= 0.75
    src = np.concatenate([a[mutual], b[mutual], a[forward], b[backward]])
    dst = np.concatenate([b[mutual], a[mutual], b[forward], a[backward]])
    return ArgumentationFramework.numbered(side * side, src, dst)


def scc_chain(n: int, seed: int, *, block: int = 20) -> ArgumentationFramework:
    """Blocks of ``block`` arguments, each strongly connected (a cycle plus about two
    random attacks per argument), each attacking the next with three random attacks."""
    rng = np.random.default_rng([seed, n, 13])
    k = max(1, n // block)
    src: list[np.ndarray] = []
    dst: list[np.ndarray] = []
    for i in range(k):
        base = i * block
        ring = np.arange(block)
        src.append(base + ring)
        dst.append(base + (ring + 1) % block)
        src.append(base + rng.integers(0, block, 2 * block))
        dst.append(base + rng.integers(0, block, 2 * block))
        if i + 1 < k:
            src.append(base + rng.integers(0, block, 3))
            dst.append(base + block + rng.integers(0, block, 3))
    return ArgumentationFramework.numbered(k * block, np.concatenate(src), np.concatenate(dst))


# Sizes tried per family, from 100 up; a row stops growing once no anchor finishes, or
# once the best anchor needs over a third of the limit (the next size would exceed it).
# Erdős–Rényi at nine attacks per argument is the hardest family: at 400 arguments all
# three solvers run out of time on most tasks, so its ladder climbs in small steps.
LADDERS = {
    "er-1.5": [100, 1_000, 10_000, 100_000],
    "er-4": [100, 400, 1_600, 6_400],
    "er-9": [100, 200, 300],
    "ba": [100, 1_000, 10_000, 100_000],
    "grid": [100, 1_000, 10_000, 100_000],
    "sccs": [100, 1_000, 10_000, 100_000],
}

FAMILIES = {
    "er-1.5": lambda n, seed: erdos_renyi(n, seed, degree=1.5),
    "er-4": lambda n, seed: erdos_renyi(n, seed, degree=4.0),
    "er-9": lambda n, seed: erdos_renyi(n, seed, degree=9.0),
    "ba": barabasi_albert,
    "grid": grid,
    "sccs": scc_chain,
}


# -- clingo: ASPARTIX-style encodings (written for this benchmark) --------------------------

# A guessed set: conflict-free, with the arguments it defeats.
_CF = """
in(X) :- arg(X), not out(X).
out(X) :- arg(X), not in(X).
:- in(X), in(Y), att(X,Y).
defeated(X) :- in(Y), att(Y,X).
"""
_ADM = """
undefended(X) :- att(Y,X), not defeated(Y).
:- in(X), undefended(X).
"""
_CO = _ADM + ":- out(X), not undefended(X).\n"
_ST = ":- out(X), not defeated(X).\n"
# The grounded extension: a positive program, so clingo's grounder computes it alone.
_GR = """
gin(X) :- arg(X), gdefeated(Y) : att(Y,X).
gdefeated(X) :- gin(Y), att(Y,X).
#show gin/1.
"""
_MAX_IN = "#heuristic in(X) : arg(X). [1,true]\n"
_RANGE = "range(X) :- in(X).\nrange(X) :- defeated(X).\n"
_MAX_RANGE = _RANGE + "#heuristic range(X) : arg(X). [1,true]\n"
_SHOW = "#show in/1.\n"
_HAS_Q = ":- not in(q).\n"
_NOT_Q = ":- in(q).\n"
# Saturation (Eiter & Gottlob's technique, as in ASPARTIX): the guessed complete set S is
# preferred iff every proper superset T is spoilt (not admissible).
_PREFERRED_CHECK = """
inT(X) :- in(X).
inT(X) | outT(X) :- out(X).
spoil :- inT(X), inT(Y), att(X,Y).
undefeatedT(X) :- arg(X), outT(Y) : att(Y,X).
spoil :- inT(X), att(Y,X), undefeatedT(Y).
spoil :- outT(X) : out(X).
inT(X) :- spoil, arg(X).
outT(X) :- spoil, out(X).
:- not spoil.
"""
# ... and S has a maximal range iff every set T (conflict-free for stage, complete for
# semi-stable) whose range holds S's range and more is spoilt.
_RANGE_CHECK = (
    _RANGE
    + """
inT(X) | outT(X) :- arg(X).
spoil :- inT(X), inT(Y), att(X,Y).
defeatedT(X) :- inT(Y), att(Y,X).
undefeatedT(X) :- arg(X), outT(Y) : att(Y,X).
spoil :- range(X), outT(X), undefeatedT(X).
spoil :- outT(X) : arg(X), not range(X); undefeatedT(X) : arg(X), not range(X).
inT(X) :- spoil, arg(X).
outT(X) :- spoil, arg(X).
:- not spoil.
"""
)
_RANGE_CHECK_CO = """
spoil :- inT(X), att(Y,X), undefeatedT(Y).
defendedT(X) :- arg(X), defeatedT(Y) : att(Y,X).
spoil :- outT(X), defendedT(X).
"""
# Ideal, second call: the greatest admissible set among the arguments that no
# credulously accepted argument (ca/1, from the first call's brave consequences) attacks.
_IDEAL = """
hit(X) :- ca(Y), att(Y,X).
:- in(X), hit(X).
"""
_DOM_REC = ["--heuristic=Domain", "--enum-mode=domRec"]


def clingo_plan(problem: str) -> list[tuple[str, list[str]]] | None:
    """The clingo calls for ``problem``: (program, options) each; None if not encoded."""
    task, sem = problem.split("-")
    base = {"CO": _CF + _CO, "PR": _CF + _CO, "ST": _CF + _ST, "SST": _CF + _CO, "STG": _CF}
    if sem == "GR" or (sem == "CO" and task in ("DS", "SE")):
        return [(_GR, [])]
    if sem == "ID":
        if task in ("EE", "CE"):
            return None
        return [
            (_CF + _ADM + _SHOW, ["--enum-mode=brave"]),
            (_CF + _ADM + _IDEAL + _MAX_IN + _SHOW, _DOM_REC),
        ]
    program = base[sem] + _SHOW
    maximise = {"PR": _MAX_IN, "SST": _MAX_RANGE, "STG": _MAX_RANGE}.get(sem, "")
    if task == "SE":
        return [(program + maximise, _DOM_REC if maximise else [])]
    if task in ("EE", "CE"):
        if sem in ("SST", "STG"):
            return None  # domRec lists one extension per maximal range, not all of them
        return [(program + maximise, [*(_DOM_REC if maximise else []), "0"])]
    if task == "DC":
        if sem in ("CO", "ST"):
            return [(program + _HAS_Q, [])]
        if sem == "PR":  # a maximal complete set holding q is preferred
            return [(program + _HAS_Q + _MAX_IN, _DOM_REC)]
        check = _RANGE_CHECK + (_RANGE_CHECK_CO if sem == "SST" else "")
        return [(program + _HAS_Q + check, [])]
    if sem == "ST":
        return [(program + _NOT_Q, [])]
    if sem == "PR":
        return [(program + _NOT_Q + _PREFERRED_CHECK, [])]
    check = _RANGE_CHECK + (_RANGE_CHECK_CO if sem == "SST" else "")
    return [(program + _NOT_Q + check, [])]


# -- running the three solvers -------------------------------------------------------------

HERE = Path(__file__).resolve().parent
LIMIT = 60.0
ICCMA23 = [
    "DC-CO", "DS-CO", "SE-CO",
    "DC-PR", "DS-PR", "SE-PR",
    "DC-ST", "DS-ST", "SE-ST",
    "DC-SST", "DS-SST", "SE-SST",
    "DC-STG", "DS-STG", "SE-STG",
    "DS-ID", "SE-ID",
]  # fmt: skip
COUNTING = ["EE-CO", "CE-CO", "EE-PR", "CE-PR", "EE-ST", "CE-ST", "EE-SST", "EE-STG"]


@dataclasses.dataclass
class Run:
    seconds: float | None  # None: timed out or failed
    lines: list[str]
    note: str = ""


# Every child may cache its bytecode (in a folder of its own), as an installed program
# does; PYTHONDONTWRITEBYTECODE in the caller's environment would otherwise make every
# Python process compile its modules again at each start.
_CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "argmap-bench-pycache")


def run_process(command: list[str], *, limit: float) -> Run:
    """Run ``command`` from spawn to exit; kill its process group past ``limit``."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=_CHILD_ENV,
    )
    try:
        out, err = child.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return Run(None, [], f"> {limit:.0f} s")
    seconds = time.perf_counter() - start
    if child.returncode not in (0, 10, 20, 30):  # clingo exits 10/20/30 for SAT/UNSAT/...
        return Run(None, [], f"exit {child.returncode}: {err.strip()[-80:]}")
    return Run(seconds, out.splitlines())


def argmap_command() -> list[str]:
    script = Path(sys.executable).with_name("argmap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "argmap"]


def run_argmap(problem: str, i23: Path, query: int, limit: float) -> Run:
    command = [*argmap_command(), "solve", "-p", problem, "-f", str(i23)]
    if problem[:2] in ("DC", "DS"):
        command += ["-a", str(query)]
    return run_process(command, limit=limit)


def run_pysat(problem: str, i23: Path, query: int, limit: float) -> Run:
    command = [sys.executable, str(HERE / "anchor_pysat.py"), "-p", problem, "-f", str(i23)]
    if problem[:2] in ("DC", "DS"):
        command += ["-a", str(query)]
    return run_process(command, limit=limit)


def _atoms(line: str) -> list[int]:
    return sorted(int(atom[atom.index("(") + 1 : -1]) for atom in line.split())


def run_clingo(problem: str, apx: Path, query: int, limit: float, work: Path) -> Run:
    plan = clingo_plan(problem)
    if plan is None:
        return Run(None, [], "not encoded")
    task, sem = problem.split("-")
    total = 0.0
    extra: list[str] = []
    models: list[list[int]] = []
    for step, (program, options) in enumerate(plan):
        encoding = work / f"clingo-{problem}-{step}.lp"
        encoding.write_text(program, encoding="utf-8")
        command = [
            sys.executable, "-m", "clingo", str(encoding), str(apx), *extra,
            "-c", f"q={query}", "-V0", *options,
        ]  # fmt: skip
        if task == "CE":
            command.append("-q")
            command.remove("-V0")
        done = run_process(command, limit=limit - total)
        if done.seconds is None:
            return done
        total += done.seconds
        if task == "CE":
            found = [x for x in done.lines if x.startswith("Models")]
            return Run(total, [found[0].split(":")[1].strip().rstrip("+")] if found else [])
        status = done.lines[-1] if done.lines else ""
        models = [
            _atoms(x) for x in done.lines[:-1] if not x.isupper() and not x.startswith("Conseq")
        ]
        if sem == "ID" and step == 0:
            facts = work / "clingo-ca.lp"
            facts.write_text("".join(f"ca({a}).\n" for a in models[-1]), encoding="utf-8")
            extra = [str(facts)]
    sat = status.startswith(("SATISFIABLE", "OPTIMUM"))
    if task == "EE":
        return Run(total, [_line(m) for m in models])
    if sem in ("GR", "ID") or (sem == "CO" and task in ("DS", "SE")):
        single = models[-1]
        if task == "SE":
            return Run(total, [_line(single)])
        inside = query in single
        if task == "DC":
            return Run(total, ["YES", _line(single)] if inside else ["NO"])
        return Run(total, ["YES"] if inside else ["NO", _line(single)])
    if task == "SE":
        return Run(total, [_line(models[-1])] if sat else ["NO"])
    if task == "DC":
        return Run(total, ["YES", _line(models[-1])] if sat else ["NO"])
    return Run(total, ["NO", _line(models[-1])] if sat else ["YES"])


def _line(members: list[int]) -> str:
    return " ".join(["w", *map(str, members)])


# -- checking the answers ------------------------------------------------------------------


def check(af: ArgumentationFramework, problem: str, query: int, run: Run) -> str:
    """Empty if ``run``'s certificates are right for ``problem``, else what is wrong."""
    task, sem = problem.split("-")
    lines = run.lines
    certificates = [x for x in lines if x == "w" or x.startswith("w ")]
    for certificate in certificates:
        members = certificate.split()[1:]
        if not dung.is_extension(af, members, sem):
            return f"not a {sem} extension: {certificate[:40]}"
        if task == "DC" and str(query) not in members:
            return "witness lacks the query"
        if task == "DS" and str(query) in members:
            return "counterexample holds the query"
    if task == "DC" and lines[:1] == ["YES"] and len(certificates) != 1:
        return "YES without a witness"
    if task == "DS" and lines[:1] == ["NO"] and len(certificates) != 1:
        return "NO without a counterexample"
    return ""


def verdict(problem: str, run: Run) -> object:
    """What must agree across solvers: YES/NO, the count, the extensions (EE), or the
    unique extension (SE-ID, SE-GR); SE of other semantics may differ."""
    task, sem = problem.split("-")
    if task in ("DC", "DS", "CE"):
        return run.lines[:1]
    if task == "EE":
        return sorted(run.lines)
    if sem in ("ID", "GR"):
        return run.lines
    return run.lines[:1] == ["NO"]


# -- the table -----------------------------------------------------------------------------


def best_of(job: Callable[[], Run]) -> Run:
    """The faster of two runs when a run takes under five seconds (the machine is
    shared: a second run halves the noise where it matters most), else the one run."""
    first = job()
    if first.seconds is None or first.seconds >= 5:
        return first
    second = job()
    if second.seconds is not None and second.seconds < first.seconds:
        return second
    return first


def query_argument(af: ArgumentationFramework, seed: int) -> int:
    """An argument the grounded labelling leaves undecided (seeded), else the middle one."""
    labels = _engine.grounded(af)
    undecided = [i for i in range(len(af)) if labels[i] == 0]
    if not undecided:
        return len(af) // 2 + 1
    rng = np.random.default_rng([seed, len(af)])
    return int(undecided[int(rng.integers(0, len(undecided)))]) + 1


def fmt(seconds: float | None, note: str) -> str:
    if seconds is not None:
        return f"{seconds:.3f}"
    return "n/a" if note == "not encoded" else "timeout" if note.startswith(">") else "fail"


def row(*cells: object) -> None:
    widths = (7, 7, 8, 9, 10, 10, 10, 8, 6)
    print("  ".join(f"{c!s:>{w}}" for c, w in zip(cells, widths, strict=False)), flush=True)


def bench_family(
    family: str, problems: list[str], sizes: list[int], limit: float, work: Path
) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    alive = dict.fromkeys(problems, True)
    for n in sizes:
        if not any(alive.values()):
            break
        af = FAMILIES[family](n, 1)
        i23, apx = work / f"{family}-{n}.i23", work / f"{family}-{n}.apx"
        write_framework(af, i23, format="i23")
        write_framework(af, apx, format="apx")
        query = query_argument(af, 1)
        for problem in problems:
            if not alive[problem]:
                continue
            runs = {
                "argmap": best_of(functools.partial(run_argmap, problem, i23, query, limit)),
                "pysat": best_of(functools.partial(run_pysat, problem, i23, query, limit)),
                "clingo": best_of(functools.partial(run_clingo, problem, apx, query, limit, work)),
            }
            finished = {k: r for k, r in runs.items() if r.seconds is not None}
            problems_found = [
                f"{k}: {e}" for k, r in finished.items() if (e := check(af, problem, query, r))
            ]
            verdicts = {repr(verdict(problem, r)) for r in finished.values()}
            agree = "yes" if len(verdicts) <= 1 and not problems_found else "NO"
            anchors = [r.seconds for k, r in finished.items() if k != "argmap" and r.seconds]
            ours = runs["argmap"].seconds
            ratio = f"{ours / min(anchors):.2f}" if anchors and ours else "-"
            row(
                family, problem, len(af), af.num_attacks,
                *(fmt(r.seconds, r.note) for r in runs.values()), ratio, agree,
            )  # fmt: skip
            if agree == "NO":
                print(f"    DISAGREES: {problems_found or verdicts}", flush=True)
            results.append(
                {"family": family, "problem": problem, "n": len(af), "m": af.num_attacks,
                 "query": query, "agree": agree == "yes",
                 **{k: r.seconds for k, r in runs.items()}}
            )  # fmt: skip
            if not anchors or min(anchors) > limit / 3:
                alive[problem] = False
    return results


# -- one cell on isomorphic copies --------------------------------------------------------


def relabelled(af: ArgumentationFramework, seed: int) -> tuple[ArgumentationFramework, list[int]]:
    """The same framework with its arguments renumbered by a seeded random permutation,
    and that permutation (old index -> new index). Every semantics' answers map over
    (the frameworks are isomorphic); only the order a solver meets variables and
    clauses in changes. Seed 0 is the framework itself."""
    n = len(af)
    if seed == 0:
        return af, list(range(n))
    perm = np.random.default_rng([seed, n, 77]).permutation(n)
    src, dst = af.attack_arrays
    return ArgumentationFramework.numbered(n, perm[src], perm[dst]), perm.tolist()


def bench_copies(
    family: str, problem: str, n: int, copies: int, solvers: list[str], limit: float, work: Path
) -> list[dict[str, object]]:
    """One cell of the table on the framework and ``copies`` relabelled copies of it.

    On hard instances the time of a SAT-based solver depends on the order it meets the
    variables and clauses in as much as on the method (heavy-tailed run times; Gomes,
    Selman & Kautz 2000, doi:10.1023/A:1006314320276): one framework is one draw. The
    copies are further draws of the same question, so the spread of the ratio shows
    how much of a single cell's ratio is method and how much is the draw.
    """
    base = FAMILIES[family](n, 1)
    query = query_argument(base, 1)
    results: list[dict[str, object]] = []
    for seed in range(copies + 1):
        af, perm = relabelled(base, seed)
        mapped = perm[query - 1] + 1
        i23, apx = work / f"copy-{seed}.i23", work / f"copy-{seed}.apx"
        write_framework(af, i23, format="i23")
        write_framework(af, apx, format="apx")
        jobs = {
            "argmap": functools.partial(run_argmap, problem, i23, mapped, limit),
            "pysat": functools.partial(run_pysat, problem, i23, mapped, limit),
            "clingo": functools.partial(run_clingo, problem, apx, mapped, limit, work),
        }
        runs = {k: best_of(job) for k, job in jobs.items() if k in solvers}
        finished = {k: r for k, r in runs.items() if r.seconds is not None}
        wrong = [f"{k}: {e}" for k, r in finished.items() if (e := check(af, problem, mapped, r))]
        agree = len({repr(verdict(problem, r)) for r in finished.values()}) <= 1 and not wrong
        anchors = [r.seconds for k, r in finished.items() if k != "argmap" and r.seconds]
        ours = runs["argmap"].seconds if "argmap" in runs else None
        ratio = ours / min(anchors) if anchors and ours else None
        print(
            f"{family:>7}  {problem:>7}  {len(af):>6}  copy {seed:>2}  query {mapped:>6}  "
            + "  ".join(f"{k} {fmt(r.seconds, r.note):>8}" for k, r in runs.items())
            + f"  ratio {'-' if ratio is None else f'{ratio:.2f}':>5}  {'yes' if agree else 'NO'}",
            flush=True,
        )
        results.append(
            {"family": family, "problem": problem, "n": len(af), "copy": seed,
             "query": mapped, "agree": agree, "ratio": ratio,
             **{k: r.seconds for k, r in runs.items()}}
        )  # fmt: skip
    ratios = [r["ratio"] for r in results if isinstance(r["ratio"], float)]
    if ratios:
        mean = statistics.geometric_mean(ratios)
        print(
            f"# {family} {problem} n={n}, {len(ratios)} draws: ratio geometric mean {mean:.2f}, "
            f"median {statistics.median(ratios):.2f}, range {min(ratios):.2f}-{max(ratios):.2f}, "
            f"within 1.25x {sum(1 for x in ratios if x <= 1.25)}/{len(ratios)}; seconds in all "
            + ", ".join(
                f"{k} {sum(t for r in results if isinstance(t := r[k], float)):.1f}"
                for k in solvers
            ),
            flush=True,
        )
    return results


# -- start-up and the reader at its size limit -----------------------------------------


def bench_startup(work: Path) -> None:
    """Each solver as a process on a 3-argument framework: the floor every row pays."""
    tiny = ArgumentationFramework.numbered(3, [0, 1], [1, 2])
    i23, apx = work / "tiny.i23", work / "tiny.apx"
    write_framework(tiny, i23, format="i23")
    write_framework(tiny, apx, format="apx")
    best = {}
    for name, job in (
        ("argmap", lambda: run_argmap("SE-GR", i23, 1, 30)),
        ("pysat", lambda: run_pysat("SE-GR", i23, 1, 30)),
        ("clingo", lambda: run_clingo("SE-GR", apx, 1, 30, work)),
    ):
        best[name] = min(job().seconds or float("inf") for _ in range(7))
    print("# process start-up: SE-GR on 3 arguments, best of 7 (seconds)")
    print("  ".join(f"{k} {v:.3f}" for k, v in best.items()))
    print(f"argmap / clingo = {best['argmap'] / best['clingo']:.2f}", flush=True)


def bench_reader_limit(work: Path) -> None:
    """The i23 reader on a file just under the 64 MiB cap (MAX_FILE_BYTES)."""
    from argmap.formats._limits import MAX_FILE_BYTES

    n = 1_000_000
    rng = np.random.default_rng(5)
    m = 4_000_000
    body = np.char.add(
        np.char.add(rng.integers(1, n + 1, m).astype(str), " "),
        rng.integers(1, n + 1, m).astype(str),
    )
    text = f"p af {n}\n" + "\n".join(body.tolist()) + "\n"
    data = text.encode("ascii")[: MAX_FILE_BYTES - 64]
    data = data[: data.rindex(b"\n") + 1]
    path = work / "cap.i23"
    path.write_bytes(data)
    start = time.perf_counter()
    af = read_framework(path)
    read = time.perf_counter() - start
    process = run_argmap("SE-GR", path, 1, 120)
    print(
        f"# i23 reader at the size cap: {len(data) / 2**20:.1f} MiB, {len(af)} arguments, "
        f"{af.num_attacks} attacks"
    )
    print(
        f"read_framework {read:.2f} s; argmap solve -p SE-GR (process) {fmt(process.seconds, process.note)} s",
        flush=True,
    )


def summarise(results: list[dict[str, object]]) -> None:
    print("\n# summary: argmap time / best anchor time, cells where an anchor finished")
    by_problem: dict[str, list[float]] = {}
    behind: list[str] = []
    for r in results:
        anchors = [t for t in (r["pysat"], r["clingo"]) if isinstance(t, float)]
        if not anchors:
            continue
        ours = r["argmap"]
        ratio = ours / min(anchors) if isinstance(ours, float) else float("inf")
        by_problem.setdefault(str(r["problem"]), []).append(ratio)
        if ratio > 1.25:
            behind.append(f"{r['family']} {r['problem']} n={r['n']}: {ratio:.2f}")
    for problem, ratios in by_problem.items():
        ok = sum(1 for x in ratios if x <= 1.25)
        print(
            f"{problem:7} cells {len(ratios):3}  median {statistics.median(ratios):5.2f}  "
            f"worst {max(ratios):6.2f}  within 1.25x {ok}/{len(ratios)}"
        )
    everything = [x for v in by_problem.values() for x in v]
    if everything:
        print(
            f"all     cells {len(everything):3}  median {statistics.median(everything):5.2f}  "
            f"within 1.25x {sum(1 for x in everything if x <= 1.25)}/{len(everything)}  "
            f"ahead {sum(1 for x in everything if x < 1)}/{len(everything)}"
        )
    for line in behind:
        print("behind:", line)
    disagreements = [r for r in results if not r["agree"]]
    print(f"answers agree in {len(results) - len(disagreements)}/{len(results)} cells", flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--summarise"]:  # the summary of earlier runs' --json files, together
        summarise([r for path in argv[1:] for r in json.loads(Path(path).read_text())])
        return 0
    quick = "--quick" in argv

    def option(name: str, default: str) -> str:
        return argv[argv.index(name) + 1] if name in argv else default

    families = option("--families", ",".join(FAMILIES)).split(",")
    problems = option("--tasks", ",".join(ICCMA23)).split(",")
    if "--counting" in argv:
        problems = COUNTING
    limit = float(option("--limit", str(LIMIT)))
    top = int(option("--max", "1600" if quick else "1000000"))
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    import clingo
    import pysat

    print(
        f"argmap hard-framework benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load}; python-sat {pysat.__version__}, clingo {clingo.__version__}; "
        f"limit {limit:.0f} s per run"
    )
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if "--no-startup" not in argv:
            bench_startup(work)
        if "--reader" in argv:
            bench_reader_limit(work)
        print()
        if "--copies" in argv:  # chosen cells on isomorphic copies (see bench_copies)
            solvers = option("--solvers", "argmap,pysat,clingo").split(",")
            if "argmap" not in solvers or not set(solvers) <= {"argmap", "pysat", "clingo"}:
                msg = f"--solvers {','.join(solvers)!r}: expected argmap and some of pysat, clingo"
                raise SystemExit(msg)
            if "--sizes" not in argv:
                raise SystemExit("--copies needs --sizes: the sizes of the cells to copy")
            copies = int(option("--copies", "10"))
            rows = [
                r
                for family in families
                for n in [int(x) for x in option("--sizes", "").split(",")]
                for problem in problems
                for r in bench_copies(family, problem, n, copies, solvers, limit, work)
            ]
            if "--json" in argv:
                Path(option("--json", "bench_hard.json")).write_text(json.dumps(rows, indent=1))
            return 0
        row(
            "family", "problem", "n", "attacks", "argmap s", "pysat s", "clingo s", "ratio", "agree"
        )
        for family in families:
            sizes = [n for n in LADDERS[family] if n <= top]
            if "--sizes" in argv:  # re-measure chosen rows: only these sizes
                sizes = [int(x) for x in option("--sizes", "").split(",")]
            results += bench_family(family, problems, sizes, limit, work)
    summarise(results)
    if "--json" in argv:
        Path(option("--json", "bench_hard.json")).write_text(json.dumps(results, indent=1))
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

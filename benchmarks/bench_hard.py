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
``--families grid,ba`` and ``--tasks DS-PR,SE-PR`` select rows; ``--limit S``).
Requires the ``benchmarks`` extra: ``pip install -e '.[benchmarks]'``.
"""

from __future__ import annotations

import numpy as np

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
    rng = np.random.default_rng([seed, n, 7])
    ends: list[int] = [0, 1]  # every link's two ends: sampling it is sampling by degree
    src: list[int] = [0]
    dst: list[int] = [1]
    links = rng.integers(1, 4, n)
    flips = rng.random(4 * n)
    picks = rng.random(4 * n)
    k = 0
    for new in range(2, n):
        chosen = set()
        for _ in range(min(int(links[new]), new)):
            chosen.add(ends[int(picks[k] * len(ends))])
            k += 1
        for old in sorted(chosen):
            roll = flips[k]
            k += 1
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


FAMILIES = {
    "er-1.5": lambda n, seed: erdos_renyi(n, seed, degree=1.5),
    "er-4": lambda n, seed: erdos_renyi(n, seed, degree=4.0),
    "er-9": lambda n, seed: erdos_renyi(n, seed, degree=9.0),
    "ba": barabasi_albert,
    "grid": grid,
    "sccs": scc_chain,
}

"""Hypothesis strategies for small abstract argumentation frameworks (shared by tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap.semantics.framework import ArgumentationFramework


@st.composite
def frameworks(draw: st.DrawFn, max_args: int = 10) -> ArgumentationFramework:
    """Small frameworks: empty ones, isolated and self-attacking arguments included."""
    n = draw(st.integers(0, max_args))
    names = [f"a{i}" for i in range(n)]
    pairs = [(x, y) for x in names for y in names]
    if not pairs:
        return ArgumentationFramework(names)
    # Sparse to dense: a subset of all pairs, self-attacks included.
    limit = draw(st.sampled_from([n, 2 * n, 3 * n, len(pairs)]))
    attacks = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=limit))
    return ArgumentationFramework(names, attacks)


@st.composite
def layered_frameworks(draw: st.DrawFn, max_args: int = 10) -> ArgumentationFramework:
    """Frameworks built as a chain of small blocks with attacks only forwards.

    Each block is a cycle (odd or even, possibly with chords and self-attacks) or a single
    argument (sometimes self-attacking); forward attacks link a block to later ones, so
    the framework has many strongly connected components in a chain, some attacked by
    undecided arguments (odd cycles, self-attackers) and some by arguments that are in.
    """
    n = draw(st.integers(1, max_args))
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(draw(st.integers(1, min(4, n - sum(sizes)))))
    names = [f"a{i}" for i in range(n)]
    blocks: list[list[str]] = []
    start = 0
    for size in sizes:
        blocks.append(names[start : start + size])
        start += size
    attacks: set[tuple[str, str]] = set()
    for block in blocks:
        if len(block) == 1:
            if draw(st.booleans()):
                attacks.add((block[0], block[0]))
            continue
        for i, x in enumerate(block):  # a cycle through the block keeps it strongly connected
            attacks.add((x, block[(i + 1) % len(block)]))
        inner = [(x, y) for x in block for y in block]
        attacks.update(draw(st.lists(st.sampled_from(inner), max_size=len(block))))
    forward = [(x, y) for i, b in enumerate(blocks) for c in blocks[i + 1 :] for x in b for y in c]
    if forward:
        attacks.update(draw(st.lists(st.sampled_from(forward), max_size=2 * n)))
    return ArgumentationFramework(names, sorted(attacks))

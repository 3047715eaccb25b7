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

"""Hypothesis strategies shared by the importer fuzz tests."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["json_values"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)
"""Arbitrary JSON data: what a hostile or broken file can hold."""

"""Readable keys for imported elements, made in linear work (no rescans)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.formats._keys import KEY_RE, Keys, slug
from argmap.strategies import nasty_texts, texts


def test_names_that_clean_up_to_one_key_cost_linear_work() -> None:
    keys = Keys()
    made = [
        keys.for_text(f"The same claim{'!' * (i % 5)}", fallback="claim") for i in range(16_000)
    ]
    assert made[:3] == ["the-same-claim", "the-same-claim.2", "the-same-claim.3"]
    assert len(set(made)) == 16_000
    # Before, each new key tried every suffix taken so far: 16,000² probes.
    assert keys.probes == 0
    # Keys reserved in between are skipped, each once.
    keys.reserve("x.2")
    keys.reserve("x.3")
    assert [keys.fresh("x") for _ in range(3)] == ["x", "x.4", "x.5"]
    assert keys.probes == 2


@given(st.lists(st.one_of(texts(), nasty_texts()), max_size=30))
def test_every_key_is_valid_and_unique(names: list[str]) -> None:
    keys = Keys()
    made = [keys.for_name(name, fallback="claim") for name in names]
    assert all(KEY_RE.match(key) for key in made)
    assert len(set(made)) == len(made)


def test_slugs_are_short_and_readable() -> None:
    assert slug("The sky is grey.", fallback="claim") == "the-sky-is-grey"
    assert len(slug("word " * 50, fallback="claim")) <= 40
    assert slug("!!!", fallback="claim") == "claim"

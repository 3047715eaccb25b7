"""Hypothesis strategies for argument maps, for argmap's tests and for yours.

Requires the ``hypothesis`` package (``pip install argmap[testing]``).

>>> from hypothesis import given
>>> from argmap.strategies import maps
>>> @given(maps(max_size=5))
... def test_every_key_is_found(m):
...     assert all(key in m for key in m.keys)
>>> test_every_key_is_found()

Every strategy takes keyword-only size bounds; the maps they draw are always valid
(every relation names an element of the right kind), and shrink towards small maps with
plain text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from argmap.map import ArgumentMap
from argmap.model import (
    Argument,
    Claim,
    Evidence,
    Objection,
    ObjectionKind,
    Party,
    QuestionAnswer,
    Quote,
    Source,
)
from argmap.schemes import SCHEMES

__all__ = ["keys", "maps", "nasty_texts", "texts"]

# Characters that have broken graph tools before: DOT and HTML metacharacters, escapes,
# braces, quotes, and scripts other than Latin.
_NASTY = (
    '"',
    "\\",
    "<",
    ">",
    "&",
    "{",
    "}",
    "|",
    "[",
    "]",
    ";",
    "'",
    "\n",
    "\\n",
    "\\l",
    "<BR/>",
    "&amp;",
    "-->",
    "Зиновьев",
    "ジノヴィエフ",
    "זינובייב",
    "é",
    "→",
)


def texts(*, min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text made of printable characters, shrinking towards short ASCII."""
    alphabet = st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"),
    )
    return st.text(alphabet, min_size=min_size, max_size=max_size).filter(lambda s: bool(s.strip()))


def nasty_texts(*, min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[str]:
    """Text built from fragments that tend to break quoting: ``"``, ``\\``, ``<``, ``&``,
    newlines, braces, escape sequences and non-Latin scripts, mixed with plain words."""
    fragment = st.one_of(st.sampled_from(_NASTY), st.sampled_from(("a", "word", " ", "x y")))
    return (
        st.lists(fragment, min_size=min_size, max_size=max_size)
        .map("".join)
        .filter(lambda s: bool(s.strip()))
    )


def keys() -> st.SearchStrategy[str]:
    """Valid element keys."""
    return _KEYS


# Built once: constructing a regex strategy costs more than drawing from it many times.
_KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,11}", fullmatch=True)


def _some_text(*, nasty: bool) -> st.SearchStrategy[str]:
    if nasty:
        return st.one_of(texts(max_size=30), nasty_texts())
    return texts(max_size=30)


@st.composite
def maps(
    draw: st.DrawFn,
    *,
    min_size: int = 1,
    max_size: int = 12,
    nasty: bool = True,
    schemes: bool = True,
) -> ArgumentMap:
    """Valid :class:`~argmap.ArgumentMap` objects with between ``min_size`` and
    ``max_size`` claims, evidence, arguments and objections (parties and sources come on
    top, at most three each).

    The maps hold every kind of relation an evaluation reads: linked premises, weighted
    and unweighted arguments, rebuts, undermines (naming their argument or not),
    undercuts, challenges with and without a challenger, and -- with ``schemes`` --
    arguments from schemes whose critical questions are answered (yes or no, given or
    by a claim) or raised.

    Parameters
    ----------
    min_size, max_size:
        Bounds on the number of claims, evidence, arguments and objections together.
    nasty:
        Whether texts may contain quoting metacharacters and non-Latin scripts.
    schemes:
        Whether arguments may name schemes and answer or raise their critical questions.
    """
    if min_size < 0 or max_size < min_size:
        msg = f"need 0 <= min_size <= max_size, got min_size={min_size!r}, max_size={max_size!r}"
        raise ValueError(msg)
    text = _some_text(nasty=nasty)
    size = draw(st.integers(min_size, max_size))
    used: set[str] = set()

    def fresh() -> str:
        # A taken key gets a numeric suffix rather than a redraw: filtering the key
        # strategy would rebuild its regex on every draw, which dominated generation.
        drawn = key = draw(keys())
        n = 2
        while key in used:
            key, n = f"{drawn}_{n}", n + 1
        used.add(key)
        return key

    parties = [Party(fresh(), draw(text)) for _ in range(draw(st.integers(0, 3)))]
    party_keys = [p.key for p in parties]
    speaker = st.sampled_from([None, *party_keys]) if party_keys else st.none()

    sources: list[Source] = []
    for _ in range(draw(st.integers(0, 2))):
        body = draw(st.one_of(st.none(), text))
        sources.append(Source(fresh(), draw(text), author=draw(st.none() | text), text=body))

    def quote() -> Quote | None:
        if not sources or not draw(st.booleans()):
            return None
        source = draw(st.sampled_from(sources))
        words = source.text if source.text is not None else draw(text)
        return Quote(source.key, words, locator=draw(st.none() | text))

    claims: list[Claim] = []
    evidence: list[Evidence] = []
    arguments: list[Argument] = []
    objections: list[Objection] = []
    # At least one claim, so arguments and objections have something to aim at.
    n_claims = max(1, draw(st.integers(0, size))) if size else 0
    for _ in range(n_claims):
        implicit = draw(st.booleans())
        claims.append(
            Claim(
                fresh(),
                draw(text),
                by=draw(speaker),
                implicit=implicit,
                quote=None if implicit else quote(),
            )
        )
    remaining = size - n_claims
    n_evidence = draw(st.integers(0, remaining)) if sources else 0
    for _ in range(n_evidence):
        q = quote()
        exhibit = None if q is not None else draw(st.sampled_from(sources)).key
        evidence.append(Evidence(fresh(), draw(text), quote=q, source=exhibit, by=draw(speaker)))
    remaining -= n_evidence
    statements = [c.key for c in claims] + [e.key for e in evidence]
    n_arguments = draw(st.integers(0, remaining)) if len(claims) and len(statements) > 1 else 0
    scheme_names = sorted(SCHEMES) if schemes else []
    for _ in range(n_arguments):
        conclusion = draw(st.sampled_from([c.key for c in claims]))
        candidates = [s for s in statements if s != conclusion]
        premises = draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=3, unique=True))
        scheme = draw(st.none() | st.sampled_from(scheme_names)) if scheme_names else None
        answers: list[QuestionAnswer] = []
        if scheme is not None:
            asked = [q.key for q in SCHEMES[scheme].questions]
            for question in draw(st.lists(st.sampled_from(asked), max_size=2, unique=True)):
                by = draw(st.none() | st.sampled_from(candidates))
                answers.append(QuestionAnswer(question, draw(st.booleans()), by=by))
        arguments.append(
            Argument(
                fresh(),
                premises,
                conclusion,
                by=draw(speaker),
                scheme=scheme,
                weight=draw(st.none() | st.floats(0, 1)),
                label=draw(st.none() | text),
                answers=answers,
                reconstructed=draw(st.booleans()),
            )
        )
    remaining -= n_arguments
    attackers = statements + [a.key for a in arguments]
    for _ in range(max(0, remaining)):
        options: list[tuple[ObjectionKind, str, dict[str, Any]]] = []
        options += [(ObjectionKind.REBUT, c.key, {}) for c in claims]
        options += [
            (ObjectionKind.UNDERMINE, p, {"argument": a.key}) for a in arguments for p in a.premises
        ]
        options += [
            (ObjectionKind.UNDERMINE, p, {})
            for p in dict.fromkeys(p for a in arguments for p in a.premises)
        ]
        options += [(ObjectionKind.UNDERCUT, a.key, {}) for a in arguments]
        options += [(ObjectionKind.CHALLENGE, s, {}) for s in attackers]
        options += [
            (ObjectionKind.CHALLENGE, a.key, {"question": q.key})
            for a in arguments
            if a.scheme is not None
            for q in SCHEMES[a.scheme].questions
        ]
        kind, target, extra = draw(st.sampled_from(options))
        possible = [k for k in attackers if k != target]
        if kind is ObjectionKind.CHALLENGE and (not possible or draw(st.booleans())):
            attacker = None
            extra = {**extra, "text": draw(text)}
        elif not possible:
            continue
        else:
            attacker = draw(st.sampled_from(possible))
        objections.append(
            Objection(fresh(), kind, target, attacker=attacker, by=draw(speaker), **extra)
        )
    return ArgumentMap(
        draw(text),
        parties=parties,
        sources=sources,
        claims=claims,
        evidence=evidence,
        arguments=arguments,
        objections=objections,
    )

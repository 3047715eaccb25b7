"""Lint an argument map: problems that a valid map can still have.

Building a map already guarantees unique keys and that every relation names an
element of the right kind. :func:`check_map` looks for what is legal but suspect:

========================  ========  ================================================
code                      severity  meaning
========================  ========  ================================================
``quote-not-found``       error     a quote does not occur in its source's text
``circular-support``      error     a claim supports itself through a chain of arguments
``unsupported-conclusion`` warning  a final conclusion (a claim no argument uses as a
                                    premise) that is attacked or challenged but has no
                                    argument for it
``unknown-scheme``        warning   an argument names a scheme that is not in the
                                    catalogue, so it has no critical questions
``isolated``              warning   a claim or evidence with no relation at all
``mixed-weights``         warning   some arguments state a weight and others do not
                                    (which then weigh the default, 1)
``unverified-quote``      info      a quote whose source has no text to check it against
``unused-party``          info      a party who asserts nothing
``unused-source``         info      a source nothing is quoted from
========================  ========  ================================================

>>> import argmap
>>> b = argmap.MapBuilder("Lint demo")
>>> a = b.claim("a", "A.")
>>> c = b.claim("c", "C.")
>>> arg = b.argument("a1", [a], c)
>>> arg2 = b.argument("a2", [c], a)
>>> [f.code for f in argmap.check_map(b.build())]
['circular-support']

Every finding names the key of the element concerned and, when the map was loaded from
a Python map module with :func:`load_map_with_lines`, the line of the module where that
element was made (``argmap check`` prints it as ``FILE:LINE:``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping

import attrs

from argmap._origins import load_map_with_lines
from argmap.map import ArgumentMap
from argmap.model import Claim, Evidence, ObjectionKind, Quote
from argmap.schemes import SCHEMES, similar_schemes

__all__ = ["Finding", "Severity", "check_map", "load_map_with_lines"]


class Severity(enum.StrEnum):
    """How bad a finding is; ``argmap check`` fails on errors (and on warnings with --strict)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(order=True)
class Finding:
    """One problem found in a map: its ``code``, the ``key`` of the element concerned,
    a ``message`` that says what is wrong and what to do about it, and the ``line`` of
    the map module where the element was made (None when not known)."""

    severity: Severity
    code: str
    key: str
    message: str
    line: int | None = attrs.field(default=None, kw_only=True, order=False)

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.code}: {self.key}: {self.message}"


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check_map(
    argument_map: ArgumentMap, *, lines: Mapping[str, int] | None = None
) -> tuple[Finding, ...]:
    """Find the suspect parts of a valid map.

    Parameters
    ----------
    argument_map:
        The map to check.
    lines:
        The line of the map module where each element was made, by key (see
        :func:`load_map_with_lines`); each finding carries its element's line.

    Returns
    -------
    tuple of Finding
        Sorted by severity (errors first), then in map order; empty when all is well.
    """
    findings = [
        *_quotes(argument_map),
        *_circular_support(argument_map),
        *_unsupported_conclusions(argument_map),
        *_unknown_schemes(argument_map),
        *_isolated(argument_map),
        *_mixed_weights(argument_map),
        *_unused(argument_map),
    ]
    if lines:
        findings = [attrs.evolve(f, line=lines.get(f.key)) for f in findings]
    position = {key: i for i, key in enumerate(argument_map.keys)}
    findings.sort(key=lambda f: (_SEVERITY_ORDER[f.severity], position.get(f.key, -1), f.code))
    return tuple(findings)


def _quoted(argument_map: ArgumentMap) -> Iterator[tuple[str, Quote]]:
    for element in argument_map:
        quote = getattr(element, "quote", None)
        if isinstance(quote, Quote):
            yield element.key, quote


def _quotes(argument_map: ArgumentMap) -> Iterator[Finding]:
    for key, quote in _quoted(argument_map):
        source = argument_map.source_of(quote)
        if source.text is None:
            yield Finding(
                Severity.INFO,
                "unverified-quote",
                key,
                f"source {source.key!r} has no text, so the quote cannot be checked; "
                "give the source text= to verify it",
            )
        elif not source.contains(quote.text):
            yield Finding(
                Severity.ERROR,
                "quote-not-found",
                key,
                f"quote {quote.text!r} does not occur in the text of source {source.key!r}",
            )


def _support_edges(argument_map: ArgumentMap) -> dict[str, list[str]]:
    """premise -> conclusions, over claims and evidence."""
    edges: dict[str, list[str]] = {}
    for argument in argument_map.arguments:
        for premise in argument.premises:
            edges.setdefault(premise, []).append(argument.conclusion)
    return edges


def _circular_support(argument_map: ArgumentMap) -> Iterator[Finding]:
    edges = _support_edges(argument_map)
    # Iterative depth-first search (no recursion: maps can be long chains).
    white, grey, black = 0, 1, 2
    colour: dict[str, int] = {}
    reported: set[frozenset[str]] = set()
    for start in [c.key for c in argument_map.claims] + [e.key for e in argument_map.evidence]:
        if colour.get(start, white) != white:
            continue
        path: list[str] = [start]
        stack: list[Iterator[str]] = [iter(edges.get(start, ()))]
        colour[start] = grey
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                colour[path.pop()] = black
                continue
            state = colour.get(nxt, white)
            if state == grey:
                cycle = path[path.index(nxt) :]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    chain = " -> ".join([*cycle, nxt])
                    yield Finding(
                        Severity.ERROR,
                        "circular-support",
                        nxt,
                        f"claim supports itself through {chain}",
                    )
            elif state == white:
                colour[nxt] = grey
                path.append(nxt)
                stack.append(iter(edges.get(nxt, ())))


def _unsupported_conclusions(argument_map: ArgumentMap) -> Iterator[Finding]:
    premises = {p for a in argument_map.arguments for p in a.premises}
    concluded = {a.conclusion for a in argument_map.arguments}
    for claim in argument_map.claims:
        if claim.key in premises or claim.key in concluded:
            continue
        objections = argument_map.objections_to(claim.key)
        if not objections:
            continue
        kinds = sorted({o.kind.value for o in objections})
        challenged = any(o.kind is ObjectionKind.CHALLENGE for o in objections)
        burden = " (a challenge puts the burden of proof on its proponent)" if challenged else ""
        yield Finding(
            Severity.WARNING,
            "unsupported-conclusion",
            claim.key,
            f"claim is met by {'/'.join(kinds)} but no argument supports it{burden}",
        )


def _unknown_schemes(argument_map: ArgumentMap) -> Iterator[Finding]:
    for argument in argument_map.arguments:
        if argument.scheme is None or argument.scheme in SCHEMES:
            continue
        similar = similar_schemes(argument.scheme)
        hint = (
            f"did you mean {' or '.join(repr(n) for n in similar)}?"
            if similar
            else "argmap.schemes.SCHEMES (docs/schemes.md) lists the catalogue"
        )
        yield Finding(
            Severity.WARNING,
            "unknown-scheme",
            argument.key,
            f"scheme {argument.scheme!r} is not in the catalogue, so the argument has no "
            f"critical questions; {hint}",
        )


def _isolated(argument_map: ArgumentMap) -> Iterator[Finding]:
    related: set[str] = set()
    for argument in argument_map.arguments:
        related.update(argument.premises)
        related.add(argument.conclusion)
    for objection in argument_map.objections:
        related.add(objection.target)
        if objection.attacker is not None:
            related.add(objection.attacker)
    for element in argument_map:
        if isinstance(element, Claim | Evidence) and element.key not in related:
            yield Finding(
                Severity.WARNING,
                "isolated",
                element.key,
                f"{'claim' if isinstance(element, Claim) else 'evidence'} takes part in no "
                "argument or objection",
            )


def _unused(argument_map: ArgumentMap) -> Iterator[Finding]:
    speakers = {getattr(e, "by", None) for e in argument_map}
    for party in argument_map.parties:
        if party.key not in speakers:
            yield Finding(Severity.INFO, "unused-party", party.key, "party asserts nothing")
    cited = {q.source for _, q in _quoted(argument_map)}
    cited.update(e.source for e in argument_map.evidence if e.source is not None)
    for source in argument_map.sources:
        if source.key not in cited:
            yield Finding(
                Severity.INFO, "unused-source", source.key, "nothing is quoted from this source"
            )


def _mixed_weights(argument_map: ArgumentMap, default_weight: float = 1.0) -> Iterator[Finding]:
    """Some arguments weighed, others not: evaluations that compare weights (proof
    standards, Carneades, gradual strengths) give the unweighted ones ``default_weight``,
    so an argument nobody weighed silently outweighs one carefully weighed 0.8."""
    weighted = [a for a in argument_map.arguments if a.weight is not None]
    unweighted = [a for a in argument_map.arguments if a.weight is None]
    if not weighted or not unweighted:
        return
    listed = ", ".join(a.key for a in unweighted[:5]) + (", ..." if len(unweighted) > 5 else "")
    heaviest = max(a.weight for a in weighted if a.weight is not None)
    yield Finding(
        Severity.WARNING,
        "mixed-weights",
        unweighted[0].key,
        f"{len(unweighted)} of {len(argument_map.arguments)} arguments state no weight "
        f"({listed}); evaluations give them the default weight {default_weight:g} "
        f"(the heaviest stated weight is {heaviest:g}) -- state every weight, or set the "
        "default (evaluate(..., default_weight=W), --default-weight W)",
    )

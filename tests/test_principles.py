"""The evaluation principles of docs/evaluating.md, property-tested on random maps.

Each principle is checked, for every semantics that gives statuses, on maps drawn by
:func:`argmap.strategies.maps` (rebut, undermine, undercut, challenge, linked premises,
weights, answered and raised critical questions) under the default reading. Where the
page says a semantics or a non-default reading breaks a principle, a test below shows
the counterexample the page prints.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import ArgumentMap, MapBuilder
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Party, Quote, Source
from argmap.semantics.carneades import parse_standard
from argmap.semantics.evaluate import DUNG_SEMANTICS, Evaluation, evaluate
from argmap.semantics.explain import explain
from argmap.semantics.results import ExtensionResult
from argmap.semantics.status import Status
from argmap.semantics.translate import rebuttal_weight
from argmap.strategies import maps

# Every default reading: the eight Dung semantics on the presumptive framework reading,
# and Carneades. (Gradual semantics give strengths; their laws are in test_gradual.py.)
STATUS_SEMANTICS = (*DUNG_SEMANTICS, "carneades")
# The semantics for which a principle does not hold, with the page's counterexample
# below; every other semantics is tested to obey it.
BREAKS: dict[str, tuple[str, ...]] = {
    "contraries": (),
    "support": (),
    "attack": (),
    # Stage: a dead attacker can still reach a self-defeating objection (counterexample 8).
    "dead": ("stage",),
    "challenge": ("stage",),
}


def holds(principle: str) -> tuple[str, ...]:
    """The semantics a principle is tested to hold for."""
    return tuple(s for s in STATUS_SEMANTICS if s not in BREAKS[principle])


def statuses(
    m: ArgumentMap, key: str, semantics: tuple[str, ...], **options: Any
) -> dict[str, Status]:
    ev = evaluate(m, semantics=semantics, **options)
    return {s: ev.status(key, s) for s in semantics}


def small_maps() -> st.SearchStrategy[ArgumentMap]:
    return maps(max_size=9, nasty=False)


def _fresh(m: ArgumentMap, stem: str) -> str:
    key, n = stem, 2
    while key in m:
        key, n = f"{stem}{n}", n + 1
    return key


# --- contraries ------------------------------------------------------------------------------


STANDARDS = ("SE", "PE", "CCE", "BRD", "DV")


@given(m=small_maps(), standard=st.sampled_from(STANDARDS))
def test_contraries_are_never_both_in(m: ArgumentMap, standard: str) -> None:
    ev = evaluate(m, semantics=holds("contraries"), default_standard=standard)
    for semantics in ev.semantics:
        for o in m.objections:
            if o.kind is ObjectionKind.REBUT and isinstance(m[o.attacker or ""], Claim):
                both = (ev.status(o.target, semantics), ev.status(o.attacker, semantics))
                assert both != (Status.IN, Status.IN), (o.key, semantics)


# --- support never hurts ---------------------------------------------------------------------


@st.composite
def with_argument(
    draw: st.DrawFn, *, source: st.SearchStrategy[ArgumentMap] | None = None
) -> tuple[ArgumentMap, ArgumentMap, str]:
    m = draw(small_maps() if source is None else source)
    claim = draw(st.sampled_from([c.key for c in m.claims]))
    candidates = [x.key for x in (*m.claims, *m.evidence) if x.key != claim]
    premises: list[str] = (
        draw(st.lists(st.sampled_from(candidates), max_size=3, unique=True)) if candidates else []
    )
    if not premises:
        fresh = Claim(_fresh(m, "premise"), "A new premise.")
        m2 = m.add(fresh)
        premises = [fresh.key]
    else:
        m2 = m
    weight = draw(st.none() | st.floats(0, 1))
    added = Argument(_fresh(m2, "added"), premises, claim, weight=weight)
    return m, m2.add(added), claim


@given(case=with_argument())
def test_support_never_hurts(case: tuple[ArgumentMap, ArgumentMap, str]) -> None:
    before, after, claim = case
    old = statuses(before, claim, holds("support"))
    new = statuses(after, claim, holds("support"))
    for semantics in old:
        assert new[semantics].rank >= old[semantics].rank, (semantics, claim, old, new)


# --- attack never helps ----------------------------------------------------------------------


@st.composite
def with_objection(
    draw: st.DrawFn, *, source: st.SearchStrategy[ArgumentMap] | None = None
) -> tuple[ArgumentMap, ArgumentMap, str]:
    m = draw(small_maps() if source is None else source)
    statements = [x.key for x in (*m.claims, *m.evidence)]
    premises = list(dict.fromkeys(p for a in m.arguments for p in a.premises))
    options: list[tuple[ObjectionKind, str, dict[str, Any]]] = []
    options += [(ObjectionKind.REBUT, c.key, {}) for c in m.claims]
    options += [(ObjectionKind.UNDERMINE, p, {}) for p in premises]
    options += [
        (ObjectionKind.UNDERMINE, p, {"argument": a.key}) for a in m.arguments for p in a.premises
    ]
    options += [(ObjectionKind.UNDERCUT, a.key, {}) for a in m.arguments]
    options += [(ObjectionKind.CHALLENGE, k, {}) for k in (*statements, *premises)]
    kind, target, extra = draw(st.sampled_from(options))
    attackers = [k for k in (*statements, *(a.key for a in m.arguments)) if k != target]
    attacker = draw(st.sampled_from(attackers)) if attackers else None
    if kind is ObjectionKind.CHALLENGE and draw(st.booleans()):
        attacker = None
    if attacker is None and kind is not ObjectionKind.CHALLENGE:
        fresh = Claim(_fresh(m, "objector"), "An objection.")
        m = m.add(fresh)
        attacker = fresh.key
    text = "Why?" if attacker is None else None
    added = Objection(_fresh(m, "added"), kind, target, attacker=attacker, text=text, **extra)
    # An undermine naming its argument attacks that argument's use of the premise, not
    # the premise: the argument is what it targets.
    return m, m.add(added), extra.get("argument", target)


@given(case=with_objection())
def test_attack_never_helps(case: tuple[ArgumentMap, ArgumentMap, str]) -> None:
    before, after, target = case
    old = statuses(before, target, holds("attack"))
    new = statuses(after, target, holds("attack"))
    for semantics in old:
        assert new[semantics].rank <= old[semantics].rank, (semantics, target, old, new)


# --- dead attackers are harmless -------------------------------------------------------------


def dead(ev: Evaluation, o: Objection, semantics: str) -> bool:
    """Whether the attacker of ``o`` is out beyond dispute.

    For Carneades and for the grounded and complete semantics: out. For the other Dung
    semantics, whose ``out`` means "attacked by every extension", out in the grounded
    labelling (the page shows why the weaker reading is not enough).
    """
    if o.attacker is None:
        return False
    if semantics in ("carneades", "complete"):
        return ev.status(o.attacker, semantics) is Status.OUT
    return ev.status(o.attacker, "grounded") is Status.OUT


@given(m=small_maps())
def test_dead_attackers_are_harmless(m: ArgumentMap) -> None:
    ev = evaluate(m, semantics=tuple(dict.fromkeys(("grounded", *holds("dead")))))
    for semantics in holds("dead"):
        for o in m.objections:
            if not dead(ev, o, semantics):
                continue
            without = evaluate(m.without(o.key), semantics=semantics)
            assert ev.status(o.target, semantics) == without.status(o.target, semantics), (
                o.key,
                semantics,
            )


# --- a met challenge is harmless; an unanswered one defeats the unsupported -----------------


@st.composite
def challenged(
    draw: st.DrawFn, *, source: st.SearchStrategy[ArgumentMap] | None = None
) -> tuple[ArgumentMap, ArgumentMap, str, str]:
    m = draw(small_maps() if source is None else source)
    claim = draw(st.sampled_from([c.key for c in m.claims]))
    standard = draw(st.sampled_from(STANDARDS))
    challenge = Objection(_fresh(m, "why"), ObjectionKind.CHALLENGE, claim, text="Why?")
    return m, m.add(challenge), claim, standard


def rests_on(m: ArgumentMap, argument: Argument, claim: str) -> bool:
    """Whether ``argument`` rests on ``claim``: a premise is the claim, or is argued for
    by an argument resting on it. Such an argument is accepted only while the claim is
    presumed, so it cannot meet a challenge to the claim (it begs the question)."""
    seen: set[str] = set()
    todo = list(argument.premises)
    while todo:
        key = todo.pop()
        if key == claim:
            return True
        if key in seen:
            continue
        seen.add(key)
        todo += [p for a in m.arguments_for(key) for p in a.premises]
    return False


def independent(
    m: ArgumentMap, argument: Argument, claim: str, semantics: str, standard: str, **options: Any
) -> bool:
    """Whether ``argument`` is accepted without the help of ``claim``: it does not rest on
    the claim, and stays accepted when nothing the claim stands behind objects to
    anything (the claim defends none of its defenders). Otherwise it is accepted only
    while the claim is presumed, and cannot answer a challenge to it."""
    if rests_on(m, argument, claim):
        return False
    leaning = {claim} | {a.key for a in m.arguments if rests_on(m, a, claim)}
    alone = m.without(*(o.key for o in m.objections if o.attacker in leaning))
    ev = evaluate(alone, semantics=semantics, default_standard=standard, **options)
    return ev.status(argument.key, semantics) is Status.IN


@given(case=challenged())
def test_a_met_challenge_is_harmless(case: tuple[ArgumentMap, ArgumentMap, str, str]) -> None:
    before, after, claim, standard = case
    ev = evaluate(before, semantics=holds("challenge"), default_standard=standard)
    later = evaluate(after, semantics=holds("challenge"), default_standard=standard)
    con = rebuttal_weight(before, claim)
    weights = [1.0 if a.weight is None else a.weight for a in before.arguments_for(claim)]
    for semantics in ev.semantics:
        old, new = ev.status(claim, semantics), later.status(claim, semantics)
        met = [
            a
            for a, weight in zip(before.arguments_for(claim), weights, strict=True)
            if ev.status(a.key, semantics) is Status.IN
            and parse_standard(standard).is_met(weight, con)
            and independent(before, a, claim, semantics, standard)
        ]
        if met:
            assert new.rank >= old.rank, (semantics, claim, old, new)
        result = later.result(semantics)
        exists = not isinstance(result, ExtensionResult) or result.exists
        if exists and not any(parse_standard(standard).is_met(w, 0.0) for w in weights):
            # nothing could ever meet the burden: the unanswered challenge defeats it
            assert new is Status.OUT, (semantics, new)


# --- examples the page shows ------------------------------------------------------------------


def test_a_rebuttal_by_a_dead_claim_does_no_harm_in_carneades() -> None:
    b = MapBuilder("m")
    c, r = b.claim("c", "C."), b.claim("r", "R.")
    q = b.claim("q", "Q.")
    b.argument("for_r", [q], r, weight=0.8)
    b.undercut(b.claim("u", "U."), "for_r", key="cut")
    b.challenge(r, key="why", text="Why R?")
    b.rebut(r, c, key="o")
    ev = evaluate(b.build(), semantics=["grounded", "carneades"])
    for semantics in ("grounded", "carneades"):
        assert ev.status("r", semantics) is Status.OUT
        assert ev.status("c", semantics) is Status.IN


def test_contrary_claims_are_weighed_in_carneades() -> None:
    b = MapBuilder("m")
    genuine, forged = b.claim("genuine", "Genuine."), b.claim("forged", "Forged.")
    b.argument("g", [b.claim("p", "P.")], genuine, weight=0.8)
    b.argument("f", [b.claim("q", "Q.")], forged, weight=0.6)
    b.rebut(forged, genuine)
    ev = evaluate(b.build(), semantics=["carneades", "grounded", "stable"])
    # one way: an unanswered rebuttal that stands wins, in every reading
    for semantics in ev.semantics:
        assert ev.status("genuine", semantics) is Status.OUT, semantics
        assert ev.status("forged", semantics) is Status.IN, semantics
    why = str(explain(b.build(), "genuine", semantics="carneades"))
    assert "goes unanswered ('genuine' does not rebut 'forged' back)" in why
    # answered, Carneades weighs the two cases; the framework reading cannot choose
    ev = evaluate(b.rebut(genuine, forged) and b.build(), semantics=["carneades", "grounded"])
    assert (ev.status("genuine", "carneades"), ev.status("forged", "carneades")) == (
        Status.IN,
        Status.OUT,
    )
    assert ev.status("genuine", "grounded") is Status.UNDECIDED


@pytest.mark.parametrize("kind", [Claim, Evidence])
def test_the_evidence_and_claims_objecting_need_not_be_claims(kind: type) -> None:
    b = MapBuilder("m")
    c = b.claim("c", "C.")
    if kind is Evidence:
        src = b.source("s", "S")
        r: Any = b.evidence("r", "R.", source=src)
    else:
        r = b.claim("r", "R.")
    b.rebut(r, c)
    ev = evaluate(b.build())
    for semantics in DUNG_SEMANTICS:
        # one way: an unanswered rebuttal wins
        assert ev.status("c", semantics) is Status.OUT, semantics
        assert ev.status("r", semantics) is Status.IN, semantics
    # Carneades too: the rebutted claim would need an argument, and even one would not
    # outweigh a rebuttal it does not answer
    assert ev.status("c", "carneades") is Status.OUT
    assert ev.status("r", "carneades") is Status.IN


# --- neutrality --------------------------------------------------------------------------------


def _renamed(m: ArgumentMap) -> tuple[ArgumentMap, dict[str, str]]:
    """``m`` with every key renamed, the parties' roles swapped (each claim, argument and
    objection said by the next party), and each kind of element listed in reverse."""
    new = {key: f"x_{i}" for i, key in enumerate(m.keys)}
    parties = [p.key for p in m.parties]
    swap = {p: new[parties[(i + 1) % len(parties)]] for i, p in enumerate(parties)}

    def by(key: str | None) -> str | None:
        return None if key is None else swap.get(key, new.get(key))

    def quote(q: Quote | None) -> Quote | None:
        return None if q is None else attrs.evolve(q, source=new[q.source])

    claims = [attrs.evolve(c, key=new[c.key], by=by(c.by), quote=quote(c.quote)) for c in m.claims]
    evidence = [
        attrs.evolve(
            e,
            key=new[e.key],
            by=by(e.by),
            quote=quote(e.quote),
            source=None if e.source is None else new[e.source],
        )
        for e in m.evidence
    ]
    arguments = [
        attrs.evolve(
            a,
            key=new[a.key],
            premises=[new[p] for p in a.premises],
            conclusion=new[a.conclusion],
            by=by(a.by),
            answers=[attrs.evolve(x, by=None if x.by is None else new[x.by]) for x in a.answers],
        )
        for a in m.arguments
    ]
    objections = [
        attrs.evolve(
            o,
            key=new[o.key],
            target=new[o.target],
            attacker=None if o.attacker is None else new[o.attacker],
            argument=None if o.argument is None else new[o.argument],
            by=by(o.by),
            quote=quote(o.quote),
        )
        for o in m.objections
    ]
    renamed = ArgumentMap(
        m.title,
        parties=[attrs.evolve(p, key=new[p.key]) for p in m.parties],
        sources=[attrs.evolve(s, key=new[s.key]) for s in m.sources],
        claims=claims[::-1],
        evidence=evidence[::-1],
        arguments=arguments[::-1],
        objections=objections[::-1],
    )
    return renamed, new


def assert_neutral(m: ArgumentMap, semantics: tuple[str, ...], **options: bool) -> None:
    """Renaming, reordering and swapping the parties of ``m`` changes no verdict."""
    renamed, new = _renamed(m)
    ev = evaluate(m, semantics=semantics, **options)
    other = evaluate(renamed, semantics=semantics, **options)
    for name in semantics:
        for key in m.keys:
            if key in new and not isinstance(m[key], Party | Source):
                assert ev.status(key, name) == other.status(new[key], name), (key, name)


@given(m=small_maps())
def test_renaming_reordering_and_swapping_parties_changes_no_verdict(m: ArgumentMap) -> None:
    assert_neutral(m, STATUS_SEMANTICS)


def test_stage_semantics_lets_an_unanswered_challenge_miss() -> None:
    # The page's counterexample 6: stage extensions need not defend what they contain,
    # so one keeps the challenged claim for the range its rebuttal reaches.
    b = MapBuilder("Stage")
    c, d, p = b.claim("c", "C."), b.claim("d", "D."), b.claim("p", "P.")
    b.argument("a", [p], d)
    b.rebut(c, d, key="r")
    b.challenge(p, attacker=d, key="q")
    b.challenge(d, key="w", text="Why d?")
    b.challenge(c, key="why", text="Why c?")
    ev = evaluate(b.build(), semantics=["stage", "preferred", "grounded"])
    assert ev.status("c", "stage") is Status.CREDULOUS
    assert ev.status("c", "preferred") is Status.OUT
    assert ev.status("c", "grounded") is Status.OUT


# --- the preference-aware reading of rebuttals ------------------------------------------------
#
# ``rebuttal_preferences=True`` weighs rebuttals between contradictories (claims that rebut
# each other), so the maps below draw such pairs often: each rebuttal by a claim may be
# answered by its target. The reading changes only the framework, so the Dung semantics
# are tested; Carneades and the gradual semantics do not read the option.

PREFERENCES = {"rebuttal_preferences": True}
# The principles the reading breaks, with the page's counterexample below.
PREFERENCE_BREAKS: dict[str, tuple[str, ...]] = {
    "contraries": (),
    "support": ("ideal", "eager"),
    "attack": ("ideal", "eager"),
    "dead": ("stage",),
    "challenge": ("stage",),
}


def preference_holds(principle: str) -> tuple[str, ...]:
    return tuple(s for s in DUNG_SEMANTICS if s not in PREFERENCE_BREAKS[principle])


@st.composite
def contradictory_maps(draw: st.DrawFn) -> ArgumentMap:
    """A small map with contradictories to weigh: some rebuttals between claims answered
    by their target, new pairs of claims that rebut each other, and weighted arguments
    for the claims (weights drawn from a few values, so that ties happen too)."""
    m = draw(small_maps())
    pairs = {(o.attacker, o.target) for o in m.objections if o.kind is ObjectionKind.REBUT}

    def contradict(one: str, other: str) -> None:
        nonlocal m
        for attacker, target in ((one, other), (other, one)):
            if (attacker, target) not in pairs:
                pairs.add((attacker, target))
                m = m.add(
                    Objection(_fresh(m, "rebut"), ObjectionKind.REBUT, target, attacker=attacker)
                )

    for o in m.objections:
        if o.kind is ObjectionKind.REBUT and isinstance(m[o.attacker or ""], Claim):
            assert o.attacker is not None
            if draw(st.booleans()):
                contradict(o.attacker, o.target)
    while len(m.claims) < 2:  # most small maps hold one claim: give it a rival
        m = m.add(Claim(_fresh(m, "rival"), "A rival claim."))
    claims = [c.key for c in m.claims]
    for _ in range(draw(st.integers(1, 2))):
        one, other = draw(st.lists(st.sampled_from(claims), min_size=2, max_size=2, unique=True))
        contradict(one, other)
    weights = st.none() | st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]) | st.floats(0, 1)
    # the arguments go mostly to claims in conflict, where their weight matters
    conflicted = sorted({k for pair in pairs for k in pair if k in claims}) or claims
    for key in draw(
        st.lists(st.sampled_from(conflicted) | st.sampled_from(claims), min_size=1, max_size=3)
    ):
        premises = [x.key for x in (*m.claims, *m.evidence) if x.key != key]
        premise = draw(st.sampled_from(premises)) if premises and draw(st.booleans()) else None
        if premise is None:
            fresh = Claim(_fresh(m, "premise"), "A new premise.")
            m, premise = m.add(fresh), fresh.key
        m = m.add(Argument(_fresh(m, "for"), [premise], key, weight=draw(weights)))
    return m


@given(m=contradictory_maps())
def test_preferences_contraries_are_never_both_in(m: ArgumentMap) -> None:
    ev = evaluate(m, semantics=preference_holds("contraries"), **PREFERENCES)
    for semantics in ev.semantics:
        for o in m.objections:
            if o.kind is ObjectionKind.REBUT and isinstance(m[o.attacker or ""], Claim):
                both = (ev.status(o.target, semantics), ev.status(o.attacker, semantics))
                assert both != (Status.IN, Status.IN), (o.key, semantics)


@given(case=with_argument(source=contradictory_maps()))
def test_preferences_support_never_hurts(case: tuple[ArgumentMap, ArgumentMap, str]) -> None:
    before, after, claim = case
    old = statuses(before, claim, preference_holds("support"), **PREFERENCES)
    new = statuses(after, claim, preference_holds("support"), **PREFERENCES)
    for semantics in old:
        assert new[semantics].rank >= old[semantics].rank, (semantics, claim, old, new)


@given(case=with_objection(source=contradictory_maps()))
def test_preferences_attack_never_helps(case: tuple[ArgumentMap, ArgumentMap, str]) -> None:
    before, after, target = case
    old = statuses(before, target, preference_holds("attack"), **PREFERENCES)
    new = statuses(after, target, preference_holds("attack"), **PREFERENCES)
    for semantics in old:
        assert new[semantics].rank <= old[semantics].rank, (semantics, target, old, new)


@given(m=contradictory_maps())
def test_preferences_dead_attackers_are_harmless(m: ArgumentMap) -> None:
    names = tuple(dict.fromkeys(("grounded", *preference_holds("dead"))))
    ev = evaluate(m, semantics=names, **PREFERENCES)
    for semantics in preference_holds("dead"):
        for o in m.objections:
            if not dead(ev, o, semantics):
                continue
            without = evaluate(m.without(o.key), semantics=semantics, **PREFERENCES)
            assert ev.status(o.target, semantics) == without.status(o.target, semantics), (
                o.key,
                semantics,
            )


@given(case=challenged(source=contradictory_maps()))
def test_preferences_a_met_challenge_is_harmless(
    case: tuple[ArgumentMap, ArgumentMap, str, str],
) -> None:
    before, after, claim, standard = case
    names = preference_holds("challenge")
    ev = evaluate(before, semantics=names, default_standard=standard, **PREFERENCES)
    later = evaluate(after, semantics=names, default_standard=standard, **PREFERENCES)
    con = rebuttal_weight(before, claim)
    weights = [1.0 if a.weight is None else a.weight for a in before.arguments_for(claim)]
    for semantics in ev.semantics:
        old, new = ev.status(claim, semantics), later.status(claim, semantics)
        met = [
            a
            for a, weight in zip(before.arguments_for(claim), weights, strict=True)
            if ev.status(a.key, semantics) is Status.IN
            and parse_standard(standard).is_met(weight, con)
            and independent(before, a, claim, semantics, standard, **PREFERENCES)
        ]
        if met:
            assert new.rank >= old.rank, (semantics, claim, old, new)
        result = later.result(semantics)
        exists = not isinstance(result, ExtensionResult) or result.exists
        if exists and not any(parse_standard(standard).is_met(w, 0.0) for w in weights):
            assert new is Status.OUT, (semantics, new)


@given(m=contradictory_maps())
def test_preferences_renaming_reordering_and_swapping_parties_changes_no_verdict(
    m: ArgumentMap,
) -> None:
    assert_neutral(m, tuple(DUNG_SEMANTICS), **PREFERENCES)


def test_with_preferences_an_attack_can_help_under_ideal_and_eager_semantics() -> None:
    # The page's counterexample 7: an argument that outweighs a rebuttal is attacked back
    # by nothing, so one preferred extension; an undermine that defends the rebuttal
    # opens a second, and the ideal extension, shrunk, no longer attacks the argument.
    b = MapBuilder("Preferences and ideal semantics")
    a, r, p = b.claim("a", "A."), b.claim("r", "R."), b.claim("p", "P.")
    b.argument("from_r", [r], a)
    b.argument("from_p", [p], r, weight=0.0)
    b.rebut(a, r, key="a-r")
    b.rebut(r, a, key="r-a")
    before = b.build()
    b.undermine("from_p", r, argument="from_r", key="u")
    after = b.build()
    for semantics in ("ideal", "eager"):
        old = evaluate(before, semantics=semantics, **PREFERENCES).status("from_r", semantics)
        new = evaluate(after, semantics=semantics, **PREFERENCES).status("from_r", semantics)
        assert (old, new) == (Status.OUT, Status.UNDECIDED), semantics
    # the other semantics hold on it
    for semantics in preference_holds("attack"):
        old = evaluate(before, semantics=semantics, **PREFERENCES).status("from_r", semantics)
        new = evaluate(after, semantics=semantics, **PREFERENCES).status("from_r", semantics)
        assert new.rank <= old.rank, semantics

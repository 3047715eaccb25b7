"""The map -> framework translation: which attacks each relation and support mode yields."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from argmap import ArgumentMap, MapBuilder, answered, raised
from argmap.errors import EvaluationError
from argmap.model import Claim, Objection, ObjectionKind
from argmap.semantics.evaluate import evaluate
from argmap.semantics.explain import explain
from argmap.semantics.translate import (
    AttackKind,
    NodeKind,
    SupportMode,
    case_weight,
    translate,
)
from argmap.strategies import maps


def pairs(m: ArgumentMap, **options: object) -> dict[tuple[str, str], str]:
    t = translate(m, **options)  # type: ignore[arg-type]
    return {(a.source, a.target): a.kind.value for a in t.attacks}


@attrs.frozen
class AtLeast:
    """A stand-in proof standard: the pro weight must reach ``threshold``."""

    threshold: float

    def is_met(self, pro: float, con: float) -> bool:
        return pro >= self.threshold and pro > con


def _rebuttal() -> ArgumentMap:
    b = MapBuilder("m")
    p, c, r = b.claim("p", "P."), b.claim("c", "C."), b.claim("r", "Not C.")
    b.argument("a", [p], c, weight=0.8)
    b.rebut(r, c, key="o")
    return b.build()


def test_rebuttal_is_one_way_unless_told_otherwise() -> None:
    m = _rebuttal()
    assert pairs(m)[("o", "c")] == "rebut"
    assert ("c", "o") not in pairs(m)
    assert ("c", "r") not in pairs(m)
    # read both ways, the rebutted claim contradicts the rebutting claim itself (and so
    # what stands on it): two contraries can never both be in
    both = pairs(m, symmetric_rebuttals=True)
    assert both[("c", "r")] == "rebut-back"
    assert both[("c", "o")] == "secondary"


def test_presumptive_support_lets_a_rebuttal_defeat_the_arguments_for_its_target() -> None:
    got = pairs(_rebuttal())
    assert got[("o", "a")] == "mediated"
    # ... but the arguments never stand in for the claim: an attack on them stays there
    b = MapBuilder("m")
    p, c = b.claim("p", "P."), b.claim("c", "C.")
    b.argument("a", [p], c)
    b.undermine(b.claim("x", "Not P."), p, key="u")
    b.challenge(c, key="why", text="Why?")
    got = pairs(b.build())
    assert ("u", "c") not in got
    assert ("why", "a") not in got  # a challenge asks for support, it does not defeat it


def test_objection_needs_its_attacker() -> None:
    m = _rebuttal()
    b = MapBuilder("m2")
    for e in m:
        b.add(e)
    b.claim("q", "Not r.")
    b.rebut("q", "r", key="o2")
    derived = pairs(b.build())
    assert derived[("o2", "r")] == "rebut"
    assert derived[("o2", "o")] == "secondary"  # o stands on r


def test_necessary_single_support_gives_secondary_attacks() -> None:
    b = MapBuilder("m")
    p, c, x = b.claim("p", "P."), b.claim("c", "C."), b.claim("x", "Not P.")
    b.argument("a", [p], c)
    b.argument("ax", [c], b.claim("d", "D."))
    b.undermine(x, p, key="u")
    got = pairs(b.build(), support="necessary")
    assert got[("u", "p")] == "undermine"
    assert got[("u", "a")] == "secondary"
    assert got[("u", "c")] == "secondary"
    assert got[("u", "ax")] == "secondary"
    assert got[("u", "d")] == "secondary"


def test_necessary_convergent_support_uses_an_auxiliary_node() -> None:
    b = MapBuilder("m")
    p, q, c = b.claim("p", "P."), b.claim("q", "Q."), b.claim("c", "C.")
    b.argument("a1", [p], c)
    b.argument("a2", [q], c)
    t = translate(b.build(), support="necessary")
    aux = t.node("c#unsupported")
    assert (aux.kind, aux.key) == (NodeKind.UNSUPPORTED, "c")
    got = {(a.source, a.target): a.kind for a in t.attacks}
    assert got[("c#unsupported", "c")] is AttackKind.UNSUPPORTED
    assert got[("a1", "c#unsupported")] is AttackKind.MEETS_BURDEN
    assert got[("a2", "c#unsupported")] is AttackKind.MEETS_BURDEN


def test_deductive_support_gives_mediated_and_supported_attacks() -> None:
    got = pairs(_rebuttal(), support="deductive", symmetric_rebuttals=True)
    assert got[("o", "a")] == "mediated"
    assert got[("a", "r")] == "supported"
    assert "c#unsupported" not in translate(_rebuttal(), support="deductive").arguments


def test_evidential_support_needs_evidence_or_assumption() -> None:
    b = MapBuilder("m")
    src = b.source("s", "Doc")
    e = b.evidence("e", "The document.", source=src)
    p, c = b.claim("p", "P."), b.claim("c", "C.")
    b.argument("a", [e], c)
    m = b.build()
    t = translate(m, support="evidential")
    ids = t.arguments
    assert "c#unsupported" in ids
    assert "p#unsupported" in ids
    assert "e#unsupported" not in ids
    assert "p#unsupported" not in translate(m, support="evidential", assume=["p"]).arguments
    assert ("a", "c#unsupported") in t.attack_pairs
    assert p.key == "p"


def test_challenge_is_answered_only_by_arguments_meeting_the_standard() -> None:
    b = MapBuilder("m")
    p, q, c = b.claim("p", "P."), b.claim("q", "Q."), b.claim("c", "C.")
    b.argument("weak", [p], c, weight=0.3)
    b.argument("strong", [q], c, weight=0.9)
    b.challenge(c, key="why", text="Why?")
    m = b.build()
    anything = pairs(m)
    assert anything[("why", "c")] == "challenge"
    assert anything[("weak", "why")] == "meets-burden"
    assert anything[("strong", "why")] == "meets-burden"
    strict = pairs(m, standards={"c": AtLeast(0.5)})
    assert ("weak", "why") not in strict
    assert ("strong", "why") in strict
    default = pairs(m, default_standard=AtLeast(0.95))
    assert ("strong", "why") not in default


def test_rebuttal_weights_count_against_the_standard_while_the_rebuttal_stands() -> None:
    b = MapBuilder("m")
    p, c, r, s = b.claim("p", "P."), b.claim("c", "C."), b.claim("r", "R."), b.claim("s", "S.")
    b.argument("pro", [p], c, weight=0.6)
    con = b.argument("con", [s], r, weight=0.7)
    b.rebut(con, c, key="heavy")
    b.rebut(b.claim("light", "L."), c, key="light-rebut")
    b.challenge(c, key="why", text="Why?")
    t = translate(
        b.build(), support="evidential", default_standard=AtLeast(0.1), default_weight=0.5
    )
    got = {(a.source, a.target): a.kind for a in t.attacks}
    assert ("pro", "why") not in got
    # the argument meets the standard through its "meets" node, which the rebuttal too
    # heavy for it (0.7 > 0.6) attacks, and the lighter one (0.5) does not
    assert got[("pro#meets", "why")] is AttackKind.MEETS_BURDEN
    assert got[("pro#meets", "c#unsupported")] is AttackKind.MEETS_BURDEN
    assert got[("heavy", "pro#meets")] is AttackKind.OUTWEIGHS
    assert ("light-rebut", "pro#meets") not in got
    assert t.node("pro#meets").kind is NodeKind.MEETS
    # presumptive: every rebuttal of c defeats the arguments for it, so their "meets"
    # nodes too
    t = translate(b.build(), default_standard=AtLeast(0.1), default_weight=0.5)
    got = {(a.source, a.target): a.kind for a in t.attacks}
    assert got[("light-rebut", "pro#meets")] is AttackKind.SECONDARY


def _expert() -> MapBuilder:
    b = MapBuilder("m")
    b.claim("says", "X says so.")
    b.claim("c", "C.")
    b.claim("cv", "X is a historian.")
    return b


def test_raised_assumption_attacks_until_answered_yes() -> None:
    b = _expert()
    b.argument("a", ["says"], "c", scheme="expert_opinion", questions={"CQ2": raised})
    got = pairs(b.build())
    assert got[("a.CQ2", "a")] == "challenge"
    assert ("a.CQ2", "c") not in got  # presumptive: the claim stands without the argument
    assert pairs(b.build(), support="necessary")[("a.CQ2", "c")] == "secondary"

    b = _expert()
    b.argument(
        "a",
        ["says"],
        "c",
        scheme="expert_opinion",
        questions={"CQ2": answered("yes", by="cv")},
    )
    b.raise_question("a", "CQ2")
    got = pairs(b.build())
    assert got[("cv", "a.CQ2")] == "meets-burden"

    b = _expert()
    b.argument("a", ["says"], "c", scheme="expert_opinion", questions={"CQ2": answered("yes")})
    b.raise_question("a", "CQ2")
    assert not any(s == "a.CQ2" for s, _ in pairs(b.build()))


def test_raised_exception_attacks_nothing() -> None:
    b = _expert()
    b.argument("a", ["says"], "c", scheme="expert_opinion", questions={"CQ4": raised})
    assert not any(s == "a.CQ4" for s, _ in pairs(b.build()))


def test_unfavourable_answers_undercut() -> None:
    b = _expert()
    b.claim("biased", "X is biased.")
    b.argument(
        "a",
        ["says"],
        "c",
        scheme="expert_opinion",
        questions={"CQ4": answered("yes", by="biased"), "CQ6": answered("no")},
    )
    t = translate(b.build())
    got = {(a.source, a.target): a.kind for a in t.attacks}
    assert got[("biased", "a")] is AttackKind.QUESTION
    assert got[("a#CQ6", "a")] is AttackKind.QUESTION
    node = t.node("a#CQ6")
    assert (node.kind, node.key, node.question) == (NodeKind.ANSWER, "a", "CQ6")
    # favourable answers attack nothing
    assert not any(s == "cv" for s, _ in got)


def test_undermine_naming_its_argument_attacks_only_that_argument() -> None:
    b = MapBuilder("m")
    p, c, d, x = b.claim("p", "P."), b.claim("c", "C."), b.claim("d", "D."), b.claim("x", "X.")
    b.argument("a1", [p], c)
    b.argument("a2", [p], d)
    b.undermine(x, p, argument="a1", key="u")
    got = pairs(b.build())
    assert got[("u", "a1")] == "undermine"
    assert ("u", "p") not in got
    assert ("u", "a2") not in got


def test_bad_options_name_the_bad_value() -> None:
    m = _rebuttal()
    with pytest.raises(EvaluationError, match="'inductive'"):
        translate(m, support="inductive")
    with pytest.raises(EvaluationError, match="'a'"):
        translate(m, standards={"a": AtLeast(0.5)})
    with pytest.raises(EvaluationError, match="'nope'"):
        translate(m, assume=["nope"])
    with pytest.raises(EvaluationError, match="1.5"):
        translate(m, default_weight=1.5)
    with pytest.raises(EvaluationError, match="'zz'"):
        translate(m).node("zz")


@given(maps(max_size=14))
def test_every_element_becomes_a_node_and_attacks_name_nodes(m: ArgumentMap) -> None:
    for mode in SupportMode:
        t = translate(m, support=mode)
        ids = t.arguments
        assert len(set(ids)) == len(ids)
        elements = [e.key for e in (*m.claims, *m.evidence, *m.arguments, *m.objections)]
        assert list(ids[: len(elements)]) == elements
        assert all(s in ids and x in ids for s, x in t.attack_pairs)
        assert len(set(t.attack_pairs)) == len(t.attack_pairs)
        assert t == translate(m, support=mode)


# --- the gradual reading -----------------------------------------------------------------


def test_bipolar_graph_of_a_challenged_claim() -> None:
    from argmap.semantics.gradual import gradual_strengths
    from argmap.semantics.translate import to_bipolar_graph

    b = MapBuilder("m")
    p, c = b.claim("p", "P."), b.claim("c", "C.")
    b.argument("a", [p], c, weight=0.6)
    b.challenge(c, key="why", text="Why?")
    g = to_bipolar_graph(b.build(), base={"p": 0.9})
    assert g.base["a"] == 0.6
    assert g.base["why"] == 1.0
    assert ("why", "c") in g.attacks
    assert ("a", "why") not in g.attacks
    s = gradual_strengths(g, "df-quad")
    # supported by a (0.6 * 0.9) and attacked at full strength: base * support
    assert s["c"] == pytest.approx(0.5 * 0.54)
    with pytest.raises(EvaluationError, match="'ghost'"):
        to_bipolar_graph(b.build(), base={"ghost": 0.5})


@given(maps(max_size=14))
def test_gradual_strengths_of_any_map_stay_in_range(m: ArgumentMap) -> None:
    from argmap.semantics.gradual import GRADUAL_SEMANTICS, gradual_strengths
    from argmap.semantics.translate import to_bipolar_graph

    g = to_bipolar_graph(m)
    for name in GRADUAL_SEMANTICS:
        s = gradual_strengths(g, name, max_iterations=200)
        assert set(s.values) >= {c.key for c in m.claims}
        assert all(0.0 <= v <= 1.0 for v in s.values.values())


# --- rebuttal preferences ---------------------------------------------------------------------


def _contradictories(weight_c: float | None, weight_r: float | None) -> ArgumentMap:
    """``c`` and ``r`` rebut each other; each has one argument of the given weight (none
    for ``None``: the claim is unargued)."""
    b = MapBuilder("m")
    c, r = b.claim("c", "C."), b.claim("r", "Not C.")
    if weight_c is not None:
        b.argument("for_c", [b.claim("p", "P.")], c, weight=weight_c)
    if weight_r is not None:
        b.argument("for_r", [b.claim("q", "Q.")], r, weight=weight_r)
    b.rebut(r, c, key="r-c")
    b.rebut(c, r, key="c-r")
    return b.build()


def test_with_preferences_the_stronger_argument_defeats_the_weaker_rebuttal() -> None:
    m = _contradictories(0.8, 0.4)
    plain, weighed = pairs(m), pairs(m, rebuttal_preferences=True)
    assert plain[("r-c", "for_c")] == "mediated"
    assert ("for_c", "r-c") not in plain
    # the stronger argument attacks the rebuttal instead of being attacked by it
    assert weighed[("for_c", "r-c")] == "stronger"
    assert ("r-c", "for_c") not in weighed
    # the weaker argument gets no such attack, and the rebuttals still attack the claims
    assert ("for_r", "c-r") not in weighed
    assert weighed[("c-r", "for_r")] == "mediated"
    assert weighed[("r-c", "c")] == weighed[("c-r", "r")] == "rebut"
    ev = evaluate(m, semantics=["grounded", "preferred"], rebuttal_preferences=True)
    for semantics in ev.semantics:
        assert (ev.status("c", semantics), ev.status("r", semantics)) == ("in", "out")


def test_with_preferences_equal_cases_and_contraries_are_left_as_they_are() -> None:
    for m in (_contradictories(0.5, 0.5), _contradictories(None, None)):
        assert pairs(m, rebuttal_preferences=True) == pairs(m)
    # one way, a rebuttal is a contrary: it succeeds whatever the weights (ASPIC+)
    b = MapBuilder("m")
    c, r = b.claim("c", "C."), b.claim("r", "Not C.")
    b.argument("for_c", [b.claim("p", "P.")], c, weight=0.9)
    b.rebut(r, c, key="r-c")
    assert pairs(b.build(), rebuttal_preferences=True) == pairs(b.build())


def test_an_unargued_claim_has_no_case_to_weigh() -> None:
    m = _contradictories(0.1, None)
    assert case_weight(m, "r") == 0.0
    assert case_weight(m, "c") == 0.1
    assert pairs(m, rebuttal_preferences=True)[("for_c", "r-c")] == "stronger"
    # an argument of weight 0 outweighs nothing
    assert ("for_c", "r-c") not in pairs(_contradictories(0.0, None), rebuttal_preferences=True)
    # evidence weighs the default weight, an argument its own
    b = MapBuilder("m")
    e = b.evidence("e", "E.", source=b.source("s", "S"))
    b.argument("a", [e], b.claim("c", "C."), weight=0.3)
    assert case_weight(b.build(), "e", 0.6) == 0.6
    assert case_weight(b.build(), "a", 0.6) == 0.3
    assert case_weight(b.build(), "c", 0.6) == 0.3


@pytest.mark.parametrize("key", ["nope", "s"])
def test_case_weight_refuses_what_has_no_case(key: str) -> None:
    b = MapBuilder("m")
    b.source("s", "S")
    with pytest.raises(EvaluationError, match=f"case_weight needs .*got {key!r}"):
        case_weight(b.build(), key)


def test_a_defeated_stronger_argument_protects_nothing() -> None:
    m = _contradictories(0.8, 0.4).add(
        Claim("u", "U."), Objection("cut", ObjectionKind.UNDERCUT, "for_c", attacker="u")
    )
    ev = evaluate(m, semantics="grounded", rebuttal_preferences=True)
    assert ev.status("for_c", "grounded") == "out"
    assert (ev.status("c", "grounded"), ev.status("r", "grounded")) == ("undecided", "undecided")


def test_with_preferences_no_derived_attack_reverses_a_preference() -> None:
    # deductive support: the rebuttal of c would reach c's argument along its support
    m = _contradictories(0.8, 0.4)
    deductive = pairs(m, support="deductive")
    assert deductive[("r-c", "for_c")] == "mediated"
    weighed = pairs(m, support="deductive", rebuttal_preferences=True)
    assert weighed[("for_c", "r-c")] == "stronger"
    assert ("r-c", "for_c") not in weighed
    ev = evaluate(m, semantics="grounded", support="deductive", rebuttal_preferences=True)
    assert (ev.status("c", "grounded"), ev.status("r", "grounded")) == ("in", "out")


def test_with_preferences_and_symmetric_rebuttals_every_rebuttal_is_weighed() -> None:
    b = MapBuilder("m")
    c, r = b.claim("c", "C."), b.claim("r", "Not C.")
    b.argument("for_c", [b.claim("p", "P.")], c, weight=0.3)
    b.argument("for_r", [b.claim("q", "Q.")], r, weight=0.7)
    b.rebut(r, c, key="r-c")
    m = b.build()
    both = pairs(m, symmetric_rebuttals=True)
    assert both[("c", "r")] == "rebut-back"
    # the rebutting case weighs more: the rebut-back, which nothing could attack, is left out
    weighed = pairs(m, symmetric_rebuttals=True, rebuttal_preferences=True)
    assert ("c", "r") not in weighed
    assert weighed[("r-c", "c")] == "rebut"
    # the target weighs more: its argument defeats the rebuttal, and the rebut-back stays
    flipped = attrs.evolve(
        m,
        arguments=[attrs.evolve(a, weight=1.0 - (a.weight or 0.0)) for a in m.arguments],
    )
    weighed = pairs(flipped, symmetric_rebuttals=True, rebuttal_preferences=True)
    assert weighed[("for_c", "r-c")] == "stronger"
    assert weighed[("c", "r")] == "rebut-back"


def test_the_translation_records_the_preference_reading() -> None:
    m = _contradictories(0.8, 0.4)
    assert translate(m).rebuttal_preferences is False
    assert translate(m, rebuttal_preferences=True).rebuttal_preferences is True
    with pytest.raises(
        EvaluationError, match="rebuttal_preferences must be True or False, got 'yes'"
    ):
        evaluate(m, rebuttal_preferences="yes")  # type: ignore[arg-type]


def test_explain_says_which_argument_outweighs_a_rebuttal() -> None:
    why = str(explain(_contradictories(0.8, 0.4), "c", rebuttal_preferences=True))
    assert "argument 'for_c'" in why
    assert "outweighs it" in why

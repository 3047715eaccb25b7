"""Argumentation schemes, critical questions and how maps record them."""

from __future__ import annotations

import pytest

from argmap import (
    Argument,
    ArgumentMap,
    Claim,
    MapBuilder,
    Objection,
    QuestionAnswer,
    answered,
    raised,
)
from argmap.errors import (
    InvalidValueError,
    UnknownKeyError,
    UnknownQuestionError,
    UnknownSchemeError,
    WrongKindError,
)
from argmap.schemes import (
    SCHEMES,
    CriticalQuestion,
    QuestionKind,
    QuestionStatus,
    Scheme,
    SchemePremise,
    get_scheme,
)

REQUIRED = (
    "expert_opinion",
    "witness_testimony",
    "position_to_know",
    "cause_to_effect",
    "analogy",
    "sign",
    "consequences",
    "positive_consequences",
    "negative_consequences",
    "ad_hominem",
)


@pytest.mark.parametrize("name", REQUIRED)
def test_catalogue_holds_walton_schemes_with_both_kinds_of_question(name: str) -> None:
    scheme = get_scheme(name)
    assert scheme.name == name
    assert scheme.premises
    assert scheme.questions
    keys = [q.key for q in scheme.questions]
    assert keys == [f"CQ{n}" for n in range(1, len(keys) + 1)]
    assert set(scheme.assumptions) | set(scheme.exceptions) == set(scheme.questions)
    assert all(q.text.endswith("?") for q in scheme.questions)


def test_catalogue_is_sorted_and_read_only() -> None:
    assert list(SCHEMES) == sorted(SCHEMES)
    with pytest.raises(TypeError):
        SCHEMES["x"] = get_scheme("sign")  # type: ignore[index]


def test_expert_opinion_follows_carneades_kinds() -> None:
    expert = get_scheme("expert_opinion")
    assert expert.question("CQ6").kind is QuestionKind.ASSUMPTION  # backup evidence
    assert expert.question("CQ4").kind is QuestionKind.EXCEPTION  # trustworthiness
    assert expert.question("CQ4").favourable_answer is False
    assert expert.question("CQ2").favourable_answer is True


def test_unknown_scheme_and_question_are_named() -> None:
    with pytest.raises(UnknownSchemeError, match="'nope'"):
        get_scheme("nope")
    with pytest.raises(UnknownQuestionError, match="'CQ7'"):
        get_scheme("expert_opinion").question("CQ7")


def test_scheme_rejects_bad_definitions() -> None:
    q = CriticalQuestion("CQ1", "x", "Is it?", "assumption")
    with pytest.raises(InvalidValueError, match="snake_case"):
        Scheme("Bad Name", "t", (SchemePremise("p", "P"),), "C", (q,))
    with pytest.raises(InvalidValueError, match="twice"):
        Scheme("dup", "t", (SchemePremise("p", "P"),), "C", (q, q))
    with pytest.raises(InvalidValueError, match="at least one premise"):
        Scheme("empty", "t", (), "C", (q,))
    with pytest.raises(InvalidValueError, match="'sometimes'"):
        CriticalQuestion("CQ1", "x", "Is it?", "sometimes")
    with pytest.raises(InvalidValueError, match="'CQ 1'"):
        CriticalQuestion("CQ 1", "x", "Is it?", "assumption")


def _expert_builder() -> tuple[MapBuilder, Claim, Claim]:
    b = MapBuilder("Expert")
    says = b.claim("says", "Dr X says the letter is forged.")
    forged = b.claim("forged", "The letter is forged.")
    return b, says, forged


def test_questions_default_to_open() -> None:
    b, says, forged = _expert_builder()
    b.argument("a", [says], forged, scheme="expert_opinion")
    states = b.build().questions_of("a")
    assert [s.status for s in states] == [QuestionStatus.OPEN] * 6
    assert all(s.answer is None and s.challenges == () for s in states)


def test_answered_raised_and_open_are_recorded() -> None:
    b, says, forged = _expert_builder()
    cv = b.claim("cv", "Dr X is a historian of the period.")
    b.argument(
        "a",
        [says],
        forged,
        scheme="expert_opinion",
        questions={"CQ2": answered("yes", by=cv), "CQ4": raised, "CQ5": "open"},
    )
    m = b.build()
    states = {s.question.key: s for s in m.questions_of("a")}
    assert states["CQ2"].status is QuestionStatus.ANSWERED
    assert states["CQ2"].answer == QuestionAnswer("CQ2", True, by="cv")
    assert states["CQ2"].favourable is True
    assert states["CQ4"].status is QuestionStatus.RAISED
    assert states["CQ4"].challenges == ("a.CQ4",)
    challenge = m.get("a.CQ4", Objection)
    assert challenge.question == "CQ4"
    assert challenge.text == get_scheme("expert_opinion").question("CQ4").text
    assert states["CQ5"].status is QuestionStatus.OPEN


def test_answer_settles_a_raised_question_and_can_come_later() -> None:
    b, says, forged = _expert_builder()
    b.argument("a", [says], forged, scheme="expert_opinion")
    b.raise_question("a", "CQ6", text="What is it based on?")
    files = b.claim("files", "Dr X read the files.")
    updated = b.answer("a", "CQ6", True, by=files)
    assert updated.answers == (QuestionAnswer("CQ6", True, by="files"),)
    state = b.build().questions_of("a")[5]
    assert state.status is QuestionStatus.ANSWERED
    assert state.challenges == ("a.CQ6",)


def test_exception_answered_yes_is_unfavourable() -> None:
    b, says, forged = _expert_builder()
    b.argument("a", [says], forged, scheme="expert_opinion", questions={"CQ4": answered(True)})
    assert b.build().questions_of("a")[3].favourable is False


def test_arguments_without_a_catalogue_scheme_keep_working() -> None:
    b, says, forged = _expert_builder()
    b.argument("a", [says], forged, scheme="my own pattern")
    m = b.build()
    assert m.questions_of("a") == ()
    assert m["a"].scheme == "my own pattern"  # type: ignore[union-attr]


def test_bad_answers_are_rejected_with_the_bad_value() -> None:
    b, says, forged = _expert_builder()
    with pytest.raises(UnknownQuestionError, match="'CQ9'"):
        b.argument("a", [says], forged, scheme="expert_opinion", questions={"CQ9": answered()})
    with pytest.raises(UnknownSchemeError, match="'guesswork'"):
        b.argument("a", [says], forged, scheme="guesswork", questions={"CQ1": answered()})
    with pytest.raises(UnknownKeyError, match="'ghost'"):
        b.argument(
            "a", [says], forged, scheme="expert_opinion", questions={"CQ1": answered(by="ghost")}
        )
    with pytest.raises(InvalidValueError, match="'perhaps'"):
        answered("perhaps")
    with pytest.raises(InvalidValueError, match="42"):
        b.argument("a", [says], forged, scheme="expert_opinion", questions={"CQ1": 42})
    with pytest.raises(InvalidValueError, match="own conclusion"):
        b.argument(
            "a", [says], forged, scheme="expert_opinion", questions={"CQ1": answered(by=forged)}
        )
    with pytest.raises(InvalidValueError, match="names no scheme"):
        Argument("a", ["says"], "forged", answers=[QuestionAnswer("CQ1", True)])
    with pytest.raises(InvalidValueError, match="twice"):
        Argument(
            "a",
            ["says"],
            "forged",
            scheme="sign",
            answers=[QuestionAnswer("CQ1", True), QuestionAnswer("CQ1", False)],
        )
    assert "a" not in b  # nothing half-added


def test_bad_raised_questions_are_rejected() -> None:
    b, says, forged = _expert_builder()
    b.argument("plain", [says], forged)
    with pytest.raises(WrongKindError, match="names no scheme"):
        b.raise_question("plain", "CQ1")
    with pytest.raises(WrongKindError, match="'forged'"):
        b.raise_question(forged, "CQ1")
    with pytest.raises(InvalidValueError, match="only meaningful for a challenge"):
        Objection("o", "rebut", "forged", attacker="says", question="CQ1")
    b.argument("a", [says], "forged", scheme="sign")
    with pytest.raises(UnknownQuestionError, match="'CQ3'"):
        b.challenge("a", text="?", question="CQ3")
    with pytest.raises(WrongKindError, match="'forged'"):
        b.challenge(forged, text="?", question="CQ1")


def test_map_level_checks_apply_to_maps_built_directly() -> None:
    claims = [Claim("p", "P."), Claim("c", "C.")]
    bad = Argument("a", ["p"], "c", scheme="sign", answers=[QuestionAnswer("CQ5", True)])
    with pytest.raises(UnknownQuestionError, match="'CQ5'"):
        ArgumentMap("m", claims=claims, arguments=[bad])
    good = Argument("a", ["p"], "c", scheme="sign", answers=[QuestionAnswer("CQ2", False, by="p")])
    m = ArgumentMap("m", claims=claims, arguments=[good])
    with pytest.raises(UnknownKeyError):
        m.without("p")  # still the answer's source (and a premise)


def test_docs_catalogue_lists_every_scheme_and_question() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "schemes.md").read_text("utf-8")
    for scheme in SCHEMES.values():
        assert f"### `{scheme.name}` -- {scheme.title}" in page
        for q in scheme.questions:
            assert f"| {q.key} | {q.label} | {q.text} | {q.kind.value} |" in page


# --- titles and misspellings ------------------------------------------------------------


def test_catalogue_titles_and_spellings_are_aliases_of_keys() -> None:
    from argmap.schemes import scheme_name, similar_schemes

    for scheme in SCHEMES.values():
        assert SCHEMES[scheme.title] is scheme
        assert scheme.title.upper() in SCHEMES
        assert scheme_name(scheme.name.replace("_", " ")) == scheme.name
        assert get_scheme(scheme.title) is scheme
    assert list(SCHEMES) == sorted(s.name for s in SCHEMES.values())  # names only
    assert scheme_name("sing") is None
    assert similar_schemes("sing") == ["sign"]
    assert similar_schemes("expert opinon") == ["expert_opinion"]
    assert similar_schemes("zzzz") == []


def test_an_argument_named_by_title_has_its_critical_questions() -> None:
    from argmap import MapBuilder

    b = MapBuilder("Sign")
    wet, rain = b.claim("wet", "The street is wet."), b.claim("rain", "It rained.")
    b.argument("a", [wet], rain, scheme="Argument from sign")
    m = b.build()
    assert [s.question.key for s in m.questions_of("a")] == ["CQ1", "CQ2"]


def test_unknown_scheme_error_suggests_the_nearest() -> None:
    import pytest

    from argmap.errors import UnknownSchemeError

    with pytest.raises(UnknownSchemeError, match="did you mean 'sign'"):
        get_scheme("sing")

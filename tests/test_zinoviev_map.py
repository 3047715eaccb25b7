"""The Zinoviev letter map: faithful to its source, complete, and neutral.

Every expectation here is derived from the source text (the project's attributed copy in
``maps/sources/`` and, when present, the shared original), not from the map itself: quotes
must occur where their locators say, every word of the debate part must be quoted or
deliberately omitted, the editor's bracketed challenges must sit on their logical targets,
one objection each, and every critical question must be recorded by one policy for both sides.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import argmap
from argmap.lint import Severity, check_map
from argmap.loader import load_map_module
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Quote, normalize_space
from argmap.schemes import SCHEMES, QuestionKind, QuestionStatus
from argmap.semantics.evaluate import evaluate
from argmap.semantics.explain import explain

ROOT = Path(__file__).resolve().parents[1]
MAP_FILE = ROOT / "maps" / "zinoviev.py"
COPY_FILE = ROOT / "maps" / "sources" / "zinoviev-letter-myers.txt"
MARKER = "# ---- begin quoted text ----"
TITLE = "The Zinoviev letter (1924): forgery or genuine?"

# The page's parts, each opened by the heading line that starts it (the head has none).
PART_HEADINGS = {
    "letter": "(1) the Zinoviev letter:",
    "Volkogonov": "(2) Volkogonov's account of Zinoviev's Comintern:",
    "Cook statement": "(3) Robin Cook's statement, as British Foreign Secretary, of 4 February, 1999:",
}
LOCATOR_RE = re.compile(r"(page head|letter|Volkogonov|Cook statement), para '(.+)'\Z")
# Markup of the page, not statements: ellipses, page markers, end markers.
MARKUP_RE = re.compile(r"\.\.\.|\{p\. [^}]*\}|\{end selection\}|\{end of Robin Cook's statement\}")

BRACKET_EVIDENCE = "But what evidence does Robin Cook present?"
BRACKET_FOREGONE = (
    'to phrase it that way makes the result a foregone conclusion; if Robin Cook "knows" it '
    "was forged, why doesn't he present his evidence?"
)


# --- the source text ------------------------------------------------------------------------


def _copy_parts() -> tuple[list[str], list[str]]:
    header, marker, body = COPY_FILE.read_text(encoding="utf-8").partition(MARKER + "\n")
    assert marker, f"{COPY_FILE} lacks the marker line {MARKER!r}"
    return header.splitlines(), body.splitlines()


HEADER_LINES, BODY_LINES = _copy_parts()
PAGE = "\n".join(BODY_LINES)


def _parts() -> dict[str, list[str]]:
    """Paragraphs (the page's non-empty lines) of each part of the debate."""
    parts: dict[str, list[str]] = {"page head": []}
    current = "page head"
    headings = {line: name for name, line in PART_HEADINGS.items()}
    for line in BODY_LINES:
        current = headings.get(line, current)
        if line.strip():
            parts.setdefault(current, []).append(line)
    return parts


PARTS = _parts()


def _paragraph(locator: str) -> tuple[str, int]:
    """The part and index of the paragraph a locator names; fails unless exactly one."""
    match = LOCATOR_RE.match(locator)
    assert match, f"locator {locator!r} does not follow \"<part>, para '<opening words>'\""
    part, opening = match.groups()
    found = [i for i, p in enumerate(PARTS[part]) if p.startswith(opening)]
    assert len(found) == 1, f"locator {locator!r} names {len(found)} paragraphs, expected 1"
    return part, found[0]


class _Layout:
    """One part's paragraphs, normalised and joined, with each paragraph's span."""

    def __init__(self, part: str) -> None:
        paragraphs = [normalize_space(p) for p in PARTS[part]]
        self.text = " ".join(paragraphs)
        self.spans: list[tuple[int, int]] = []
        start = 0
        for p in paragraphs:
            self.spans.append((start, start + len(p)))
            start += len(p) + 1

    def locate(self, words: str, index: int) -> tuple[int, int]:
        """Where ``words`` occur starting inside paragraph ``index``."""
        begin, end = self.spans[index]
        needle = normalize_space(words)
        pos = self.text.find(needle, begin)
        assert begin <= pos < end, f"{words!r} does not begin in paragraph {index}"
        return pos, pos + len(needle)


LAYOUTS = {part: _Layout(part) for part in PARTS}


# --- the map --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def module() -> ModuleType:
    return load_map_module(MAP_FILE)


@pytest.fixture(scope="module")
def zmap(module: ModuleType) -> argmap.ArgumentMap:
    m = module.MAP
    assert isinstance(m, argmap.ArgumentMap)
    return m


@pytest.fixture(scope="module")
def shared_source(reference_dir: Path) -> Path:
    path = reference_dir.parent / "sources" / "zinoviev-letter-myers.txt"
    if not path.is_file():
        pytest.skip(f"shared source not found at {path}")
    return path


def _quoted(m: argmap.ArgumentMap) -> Iterator[tuple[str, Quote]]:
    for element in m:
        if isinstance(element, Claim | Evidence | Objection) and element.quote is not None:
            yield element.key, element.quote


def _located(m: argmap.ArgumentMap, module: ModuleType) -> Iterator[tuple[str, str, str]]:
    """(what, locator, words) for every quote in the map and every deliberate omission."""
    for key, quote in _quoted(m):
        assert quote.locator is not None, f"{key}: quote has no locator"
        yield key, quote.locator, quote.text
    for locator, words, _reason in module.OMITTED:
        yield "OMITTED", locator, words


# --- loading --------------------------------------------------------------------------------


def test_loads_by_path_with_its_title() -> None:
    m = argmap.load_map(MAP_FILE)
    assert m.title == TITLE
    assert m == argmap.load_map(str(MAP_FILE)), "loading twice gives a different map"


def test_module_publishes_only_the_map_and_its_documentation(module: ModuleType) -> None:
    assert isinstance(module.MAP, argmap.ArgumentMap)
    assert module.__doc__
    assert "Locator convention" in module.__doc__
    assert "Deliberate omissions" in module.__doc__


def test_build_fails_when_the_copy_no_longer_holds_a_quote(tmp_path: Path) -> None:
    shutil.copytree(MAP_FILE.parent, tmp_path / "maps")
    copy = tmp_path / "maps" / "sources" / COPY_FILE.name
    copy.write_text(copy.read_text().replace("They were right.", "They were wrong."))
    with pytest.raises(argmap.errors.MapDefinitionError, match="They were right") as caught:
        argmap.load_map(tmp_path / "maps" / "zinoviev.py")
    assert isinstance(caught.value.__cause__, argmap.errors.QuoteNotFoundError)


def test_build_fails_when_the_copy_lacks_its_header_marker(tmp_path: Path) -> None:
    shutil.copytree(MAP_FILE.parent, tmp_path / "maps")
    copy = tmp_path / "maps" / "sources" / COPY_FILE.name
    copy.write_text(copy.read_text().replace(MARKER, "# no marker here"))
    with pytest.raises(argmap.errors.MapDefinitionError, match="begin quoted text"):
        argmap.load_map(tmp_path / "maps" / "zinoviev.py")


def test_linter_finds_no_errors_and_only_explained_loose_ends(zmap: argmap.ArgumentMap) -> None:
    findings = check_map(zmap)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    for finding in findings:
        if finding.code == "isolated":
            note = zmap.get(finding.key, Claim).note or ""
            assert "stands alone" in note, f"{finding.key} is isolated without saying why"


# --- the project's copy of the source -------------------------------------------------------


def test_copy_header_attributes_the_page() -> None:
    assert HEADER_LINES, "the copy has no attribution header"
    assert all(line.startswith("#") for line in HEADER_LINES)
    header = " ".join(HEADER_LINES)
    for words in ("Peter Myers", "April 29, 2001", "November 7, 2012", "Quoted for analysis"):
        assert words in header, f"header lacks {words!r}"


def test_copy_holds_the_debate_part_and_not_the_closing_links() -> None:
    assert BODY_LINES[0].startswith("The Zinoviev Letter; published in the London Daily Mail")
    assert BODY_LINES[-1] == "{end of Robin Cook's statement}"
    closing_links = ("lenin-trotsky.html", "kronstadt.html", "ussr1924.html")
    assert not any(link in line for line in BODY_LINES for link in closing_links)


def test_copy_is_the_shared_source_line_for_line(shared_source: Path) -> None:
    original = shared_source.read_text(encoding="utf-8").splitlines()
    assert original[: len(BODY_LINES)] == BODY_LINES


# --- faithfulness ---------------------------------------------------------------------------


def test_every_quote_occurs_verbatim_in_the_project_copy(zmap: argmap.ArgumentMap) -> None:
    page = normalize_space(PAGE)
    for key, quote in _quoted(zmap):
        assert normalize_space(quote.text) in page, f"{key}: quote not in {COPY_FILE.name}"
        assert zmap.source_of(quote).contains(quote.text), f"{key}: not in its source's text"


def test_every_quote_occurs_verbatim_in_the_shared_source(
    zmap: argmap.ArgumentMap, shared_source: Path
) -> None:
    original = normalize_space(shared_source.read_text(encoding="utf-8"))
    missing = [k for k, q in _quoted(zmap) if normalize_space(q.text) not in original]
    assert not missing


def test_every_quote_begins_in_the_paragraph_its_locator_names(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    for what, locator, words in _located(zmap, module):
        part, index = _paragraph(locator)
        try:
            LAYOUTS[part].locate(words, index)
        except AssertionError as error:
            raise AssertionError(f"{what}: {locator}: {error}") from None


# Which source may hold the words of which speaker: each voice is quoted from its own text.
VOICE_SOURCES = {
    "editor": {"page"},
    "ussr": {"page"},
    "left": {"page"},
    "cook": {"cook_statement"},
    "historian": {"cook_statement"},
    "fo_1924": {"cook_statement"},
    "labour": {"cook_statement"},
    "volkogonov": {"volkogonov_book"},
    None: {"letter"},
}


def test_each_voice_is_quoted_from_its_own_text(zmap: argmap.ArgumentMap) -> None:
    for element in zmap:
        if not isinstance(element, Claim | Evidence | Objection) or element.quote is None:
            continue
        quote, by = element.quote, element.by
        assert quote.source in VOICE_SOURCES[by], f"{element.key} (by {by}) quotes {quote.source!r}"


def test_editors_brackets_are_never_credited_to_cook(zmap: argmap.ArgumentMap) -> None:
    gloss = "{Executive Committee of the Third Communist International}"
    for key, quote in _quoted(zmap):
        if quote.source == "page":
            continue
        words = quote.text.replace(gloss, "") if quote.source == "letter" else quote.text
        words = MARKUP_RE.sub("", words)
        assert "{" not in words, f"{key}: editor's braces in {words!r}"
        assert "}" not in words, f"{key}: editor's braces in {words!r}"


def test_every_claim_has_a_speaker_and_explicit_claims_their_words(
    zmap: argmap.ArgumentMap,
) -> None:
    for claim in zmap.claims:
        assert claim.by is not None, f"{claim.key} has no speaker"
        if not claim.implicit:
            assert claim.quote is not None, f"{claim.key} is not in its speaker's words"


def test_implicit_premises_are_flagged_unquoted_and_serve_their_partys_argument(
    zmap: argmap.ArgumentMap,
) -> None:
    implicit = [c for c in zmap.claims if c.implicit]
    assert len(implicit) >= 4
    for claim in implicit:
        assert claim.quote is None
        assert (claim.note or "").startswith("Reconstructed"), f"{claim.key}: note"
        users = zmap.arguments_using(claim.key)
        assert users, f"{claim.key} is reconstructed but completes no argument"
        assert all(a.by == claim.by for a in users), f"{claim.key} serves another party"
        assert not zmap.arguments_for(claim.key), f"{claim.key}: the analyst argues for it"


def test_reported_positions_name_their_reporter(zmap: argmap.ArgumentMap) -> None:
    parties = {"ussr", "left", "fo_1924", "historian", "labour"}
    reported = [c for c in zmap.claims if c.by in parties]
    assert {c.by for c in reported} == parties
    for claim in reported:
        if claim.implicit:
            continue
        assert (claim.note or "").startswith("Reported by"), f"{claim.key}: {claim.note!r}"


def test_the_letters_words_are_attributed_to_nobody(zmap: argmap.ArgumentMap) -> None:
    from_letter = [e for e in zmap.evidence if e.source_key == "letter"]
    assert len(from_letter) >= 8
    assert all(e.by is None for e in from_letter), "authorship is what is disputed"
    assert any(e.is_exhibit for e in from_letter), "the letter as a whole is an exhibit"


# --- the editor's bracketed challenges -------------------------------------------------------


def _quoting(m: argmap.ArgumentMap, bracket: str) -> list[Objection]:
    return [o for o in m.objections if o.quote is not None and bracket in o.quote.text]


def _claim_followed_by(m: argmap.ArgumentMap, bracket: str) -> Claim:
    """The speaker's own claim (not a position reported in those words) whose quoted words
    the bracket follows on the page."""
    page = normalize_space(PAGE)
    found = [
        c
        for c in m.claims
        if c.quote is not None
        and normalize_space(c.quote.text + " {" + bracket) in page
        and not (c.note or "").startswith("Reported by")
    ]
    assert len(found) == 1, [c.key for c in found]
    return found[0]


@pytest.mark.parametrize("bracket", [BRACKET_EVIDENCE, BRACKET_FOREGONE])
def test_each_bracket_is_one_objection_a_challenge_by_the_editor(
    zmap: argmap.ArgumentMap, bracket: str
) -> None:
    assert "{" + bracket + "}" in PAGE, "the bracket is not in the source"
    found = _quoting(zmap, bracket)
    assert len(found) == 1, f"{[o.key for o in found]} all quote {bracket[:30]!r}: counted twice"
    assert found[0].kind is ObjectionKind.CHALLENGE
    assert found[0].by == "editor"


def test_the_first_bracket_raises_backup_evidence_on_the_argument_behind_what_it_follows(
    zmap: argmap.ArgumentMap,
) -> None:
    (objection,) = _quoting(zmap, BRACKET_EVIDENCE)
    followed = _claim_followed_by(zmap, BRACKET_EVIDENCE)
    assert followed.key == "cook.forgery"
    # It asks what evidence backs a conclusion offered on an expert's authority: the
    # backup-evidence question of the expert-opinion argument for the claim it follows.
    argument = zmap.get(objection.target, Argument)
    assert argument.conclusion == followed.key
    assert argument.scheme == "expert_opinion"
    assert objection.question == "CQ6"
    states = {s.question.key: s for s in zmap.questions_of(argument.key)}
    assert states["CQ6"].question.label == "backup evidence"
    assert states["CQ6"].challenges == (objection.key,)
    assert "burden" not in (objection.note or ""), "not also a burden-of-proof challenge"


def test_answering_the_first_bracket_discharges_it(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    (objection,) = _quoting(zmap, BRACKET_EVIDENCE)
    states = {s.question.key: s for s in zmap.questions_of(objection.target)}
    assert states["CQ6"].status is QuestionStatus.ANSWERED
    assert states["CQ6"].favourable is True
    answered_map = evaluate(zmap, semantics=["grounded"])
    assert answered_map.status(objection.key) == "out"
    # Answered, the challenge is harmless: the argument stands exactly as it would had
    # the editor never asked (where it stands then is for the rebuttals to decide).
    unasked = evaluate(zmap.without(objection.key), semantics=["grounded"])
    assert answered_map.status(objection.target) == unasked.status(objection.target)
    # Read as no answer, the raised question stands and the argument with it.
    unanswered = module.READINGS["pointer_not_an_answer"].change(zmap)
    assert {s.question.key: s for s in unanswered.questions_of(objection.target)}[
        "CQ6"
    ].status is QuestionStatus.RAISED
    standing = evaluate(unanswered, semantics=["grounded"])
    assert standing.status(objection.key) == "in"
    assert standing.status(objection.target) == "out"


def test_cooks_pointer_to_the_report_is_connected_as_his_answer(zmap: argmap.ArgumentMap) -> None:
    answer = {a.question: a for a in zmap.get("arg.cook.expert_report", Argument).answers}["CQ6"]
    assert answer.by == "cook.make_up_minds"
    (public_record,) = zmap.arguments_for("cook.make_up_minds")
    assert "cook.archive_search" in public_record.premises
    explanation = explain(zmap, "obj.editor.backup_evidence", semantics="grounded")
    assert explanation.headline.endswith("is out.")
    assert "claim 'cook.make_up_minds'" in explanation.sentences[0]
    assert "answers it" in explanation.sentences[0]


def test_the_second_bracket_challenges_the_forgery_its_question_presupposes(
    zmap: argmap.ArgumentMap,
) -> None:
    (objection,) = _quoting(zmap, BRACKET_FOREGONE)
    followed = _claim_followed_by(zmap, BRACKET_FOREGONE)
    assert followed.key == "cook.open_questions"
    assert "who forged the letter" in (followed.quote.text if followed.quote else "")
    # Page adjacency is not the target: the bracket objects to what "who forged the letter"
    # presupposes -- that it was forged -- and asks again for the evidence of it.
    assert objection.target == "cook.forgery" != followed.key
    presupposing = [a for a in zmap.arguments_for(followed.key) if objection.target in a.premises]
    assert len(presupposing) == 1, "the presupposition is drawn as a premise"
    assert not zmap.objections_to(followed.key), "nobody on the page disputes that questions remain"
    assert evaluate(zmap, semantics=["grounded"]).status(followed.key) == "in"
    charge = zmap.get(objection.attacker or "", Claim)
    assert charge.by == "editor"
    assert charge.quote is not None
    assert charge.quote.text in BRACKET_FOREGONE
    for words in ("presupposes its answer", "begging the question"):
        assert words in (objection.note or ""), f"note does not say {words!r}"


# --- the critical-question policy: one for both sides ---------------------------------------
# The policy, as the map's docstring states it: a question of an argument from a source's
# authority is answered "yes" exactly where the page states the fact that answers it, by
# the claim that states it; otherwise it is raised (where someone on the page asks it) or
# open. No other scheme's question is answered by anything on the page. The facts below
# are read off the page, not the map, and the test checks them against the page.

STANDING, FIELD, OWN_WORDS, EVIDENCE, UNTRUSTWORTHY, DISAGREEING = (
    "standing",
    "field",
    "own words",
    "evidence",
    "untrustworthy",
    "disagreeing",
)
POLICY: dict[str, dict[str, str]] = {
    "expert_opinion": {
        "CQ1": STANDING,
        "CQ2": FIELD,
        "CQ3": OWN_WORDS,
        "CQ4": UNTRUSTWORTHY,
        "CQ5": DISAGREEING,
        "CQ6": EVIDENCE,
    },
    "position_to_know": {"CQ1": STANDING, "CQ2": UNTRUSTWORTHY, "CQ3": OWN_WORDS},
}
_HISTORIAN_EXPERT = {
    STANDING: "the chief historian of the Foreign Office",
    EVIDENCE: "12 months going through the archives of the Foreign Office, MI6 and MI5 - "
    "and American and Russian records",
}
_VOLKOGONOV = {
    STANDING: "Director of the Institute of Military History",
    OWN_WORDS: "He saw his primary task as helping to ferment armed uprisings",
    EVIDENCE: "drawing on the archives opened after 1991",
}
PAGE_FACTS: dict[str, dict[str, str]] = {
    # The chief historian: her post and her archive search are stated, her own words are
    # not on the page (Cook reports them), nor is her field, a doubt of her, or a rival.
    "arg.cook.expert_report": _HISTORIAN_EXPERT,
    "arg.cook.position_to_know": {STANDING: "full access to MI5 and MI6 files"},
    # Volkogonov: post, own words (his book) and sources are on the page.
    "arg.editor.volkogonov_authority": _VOLKOGONOV,
    "arg.editor.volkogonov_authority_comintern": _VOLKOGONOV,
    # MI6 for the 1924 Foreign Office: its access and its suspect proofs are stated.
    "arg.fo1924.mi6_channels": {
        STANDING: "they got it through MI6 channels",
        UNTRUSTWORTHY: "which have now been shown to be suspect",
    },
}


def _rests_on(m: argmap.ArgumentMap, key: str, words: str) -> bool:
    """Whether claim ``key`` quotes ``words`` or is argued from a premise that does."""
    element = m[key]
    quote = getattr(element, "quote", None)
    if quote is not None and normalize_space(words) in normalize_space(quote.text):
        return True
    return any(_rests_on(m, p, words) for a in m.arguments_for(key) for p in a.premises)


def test_page_facts_are_on_the_page() -> None:
    page = normalize_space(PAGE)
    for argument, facts in PAGE_FACTS.items():
        for fact, words in facts.items():
            assert normalize_space(words) in page, (argument, fact)


def test_every_authority_argument_follows_the_one_policy(zmap: argmap.ArgumentMap) -> None:
    authority = [a for a in zmap.arguments if a.scheme in POLICY]
    assert {a.key for a in authority} == set(PAGE_FACTS), "an argument without its page facts"
    assert {a.by for a in authority} >= {"cook", "editor", "fo_1924"}, "both sides are covered"
    for argument in authority:
        facts = PAGE_FACTS[argument.key]
        for state in zmap.questions_of(argument.key):
            fact = POLICY[argument.scheme or ""][state.question.key]
            where = f"{argument.key} {state.question.key} ({fact})"
            if fact in facts:
                assert state.status is QuestionStatus.ANSWERED, where
                assert state.answer is not None
                assert state.answer.answer is True, where
                if state.answer.by is not None:
                    assert _rests_on(zmap, state.answer.by, facts[fact]), where
                else:
                    # Answered without a claim: its note quotes the fact.
                    quoted = normalize_space(facts[fact])[:20]
                    assert quoted in normalize_space(state.answer.note or ""), where
            else:
                assert state.status is not QuestionStatus.ANSWERED, where


def test_backup_evidence_is_answered_exactly_where_the_page_cites_the_experts_evidence(
    zmap: argmap.ArgumentMap,
) -> None:
    experts = [a for a in zmap.arguments if a.scheme == "expert_opinion"]
    assert {a.by for a in experts} == {"cook", "editor"}
    for argument in experts:
        cq6 = {s.question.key: s for s in zmap.questions_of(argument.key)}["CQ6"]
        cited = PAGE_FACTS[argument.key].get(EVIDENCE)
        assert (cq6.status is QuestionStatus.ANSWERED) == (cited is not None), argument.key
        if cited is not None:
            assert cq6.answer is not None
            assert cq6.answer.by is not None
            assert _rests_on(zmap, cq6.answer.by, cited), argument.key


def test_an_experts_field_is_treated_alike_on_both_sides(zmap: argmap.ArgumentMap) -> None:
    states = {
        a.key: {s.question.key: s for s in zmap.questions_of(a.key)}["CQ2"].status
        for a in zmap.arguments
        if a.scheme == "expert_opinion"
    }
    assert set(states.values()) == {QuestionStatus.OPEN}, states


def test_own_words_fact_matches_whose_text_is_quoted(zmap: argmap.ArgumentMap) -> None:
    # The page quotes Volkogonov from his book; the chief historian and MI6 only through Cook.
    own = {"volkogonov": "volkogonov_book"}
    for argument, facts in PAGE_FACTS.items():
        party = {"arg.cook": "historian", "arg.edit": "volkogonov", "arg.fo19": "mi6"}[argument[:8]]
        assert (OWN_WORDS in facts) == (party in own), argument
        if party in own:
            conclusion = zmap.get(zmap.get(argument, Argument).conclusion, Claim)
            assert conclusion.by == party
            assert conclusion.quote is not None
            assert conclusion.quote.source == own[party]


def test_no_other_schemes_question_is_answered(zmap: argmap.ArgumentMap) -> None:
    for argument in zmap.arguments:
        if argument.scheme is not None and argument.scheme not in POLICY:
            assert not argument.answers, f"{argument.key}: the page answers none of its questions"


def test_questions_are_raised_only_in_the_pages_own_questions(zmap: argmap.ArgumentMap) -> None:
    for objection in zmap.objections:
        if objection.question is not None:
            assert objection.quote is not None, objection.key
            assert objection.quote.text.endswith("?"), objection.key
            assert "{" + objection.quote.text + "}" in PAGE, objection.key


# --- what the first edition got wrong, pinned ----------------------------------------------


def test_a_claims_quote_holds_what_the_claim_says(zmap: argmap.ArgumentMap) -> None:
    conclusions = zmap.get("historian.conclusions", Claim)
    assert conclusions.quote is not None
    assert "forgery" in conclusions.quote.text
    assert "forgery" in conclusions.text
    not_zinoviev = zmap.get("cook.not_zinoviev", Claim)
    assert "we are confident" in not_zinoviev.text
    thesis = zmap.get("editor.authenticity_possible", Claim)
    assert "ruled out" not in (thesis.text + (thesis.note or ""))
    assert "quite possible" in thesis.text


def test_the_letters_words_keep_their_mood(zmap: argmap.ArgumentMap) -> None:
    # "it is possible to paralyze" is not "urges"; an imperative may be "calls for".
    urges = re.compile(r"\burges?\b")
    class_war = zmap.get("letter.class_war", Evidence)
    assert not urges.search(class_war.text)
    assert "it is possible to paralyse" in class_war.text
    for evidence in zmap.evidence:
        if evidence.source_key == "letter" and evidence.quote is not None:
            assert not urges.search(evidence.text), evidence.key


def test_labour_believers_are_a_reported_position_not_part_of_cooks_claim(
    zmap: argmap.ArgumentMap,
) -> None:
    forgery = zmap.get("cook.forgery", Claim)
    assert forgery.quote is not None
    assert "Generations" not in forgery.quote.text
    believers = [c for c in zmap.claims if c.by == "labour"]
    assert len(believers) == 1
    assert believers[0].quote is not None
    assert "Generations of Labour Party supporters and historians" in believers[0].quote.text


def test_no_conspiracy_is_set_against_nothing_the_page_does_not_set_it_against(
    zmap: argmap.ArgumentMap,
) -> None:
    assert not [o for o in zmap.objections if o.attacker == "cook.no_conspiracy"]
    assert "stands alone" in (zmap.get("cook.no_conspiracy", Claim).note or "")


def test_every_inference_is_marked_stated_or_reconstructed(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    arguments = [*zmap.arguments]
    for reading in module.READINGS.values():
        read = reading.change(zmap)
        arguments += [a for a in read.arguments if a.key not in zmap]
    stated = 0
    for argument in arguments:
        note = argument.note or ""
        if note.startswith("Stated inference"):
            stated += 1
            marker = re.match(r"Stated inference \('([^']+)'\)", note)
            assert marker, f"{argument.key}: the stated connective is not quoted"
            assert marker.group(1) in PAGE, argument.key
            assert not argument.reconstructed, argument.key
        else:
            assert note.startswith("Reconstructed inference"), f"{argument.key}: {note[:40]!r}"
            # The model's flag, not only the note: it is drawn dashed and kept in exports.
            assert argument.reconstructed, argument.key
    assert stated >= 2


def test_the_docstring_counts_the_voices_it_lists(module: ModuleType) -> None:
    doc = module.__doc__ or ""
    count = re.search(r"the page holds\s+(\w+) voices", doc)
    assert count, "the docstring does not count its voices"
    words = {"two": 2, "three": 3, "four": 4, "five": 5}
    listed = re.search(r"voices, and this map gives each its own words:\n\n(.*?)\n\n", doc, re.S)
    assert listed
    bullets = [line for line in listed.group(1).splitlines() if line.startswith("* ")]
    assert words[count.group(1)] == len(bullets)


def test_the_brackets_are_called_challenges_throughout(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    texts = [module.__doc__ or "", zmap.description or ""]
    texts += [getattr(e, "note", None) or "" for e in zmap]
    for text in texts:
        assert "rebuttal" not in normalize_space(text).lower(), text[:80]


# --- alternative readings -------------------------------------------------------------------


def test_each_reading_is_a_valid_map_that_adds_only_flagged_reconstructions(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    assert set(module.READINGS) >= {"protocols_analogy", "deception_misreading"}
    for key, reading in module.READINGS.items():
        assert reading.key == key
        assert len(reading.reason) > 40
        read = reading.change(zmap)
        assert read != zmap, key
        for claim in read.claims:
            if claim.key not in zmap:
                assert claim.implicit, (key, claim.key)
                assert (claim.note or "").startswith("Reconstructed"), (key, claim.key)
        assert not check_map(read) or not [
            f for f in check_map(read) if f.severity is Severity.ERROR
        ], key


def test_the_protocols_aside_is_the_editors_report_and_its_other_reading_a_scenario(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    protocols = zmap.get("left.protocols", Claim)
    assert "they claim" in (protocols.quote.text if protocols.quote else "")
    assert not zmap.arguments_using(protocols.key), "the aside gives no reason in the map"
    assert "stands alone" in (protocols.note or "")
    read = module.READINGS["protocols_analogy"].change(zmap)
    (analogy,) = read.arguments_using(protocols.key)
    assert analogy.scheme == "analogy"
    assert analogy.conclusion == "left.british_intelligence"


def test_the_deception_reading_weighs_another_partys_credibility(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    read = module.READINGS["deception_misreading"].change(zmap)
    assert "arg.editor.deception" not in read
    (argument,) = read.arguments_using("editor.bolshevik_deception")
    assert argument.conclusion == "editor.authenticity_possible"
    assert argument.scheme == zmap.get("arg.editor.deception", Argument).scheme


# --- coverage -------------------------------------------------------------------------------


def test_every_word_of_the_debate_is_mapped_or_deliberately_omitted(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    covered = {part: bytearray(len(layout.text)) for part, layout in LAYOUTS.items()}
    for _what, locator, words in _located(zmap, module):
        part, index = _paragraph(locator)
        start, end = LAYOUTS[part].locate(words, index)
        covered[part][start:end] = b"\x01" * (end - start)
    for part, layout in LAYOUTS.items():
        for match in MARKUP_RE.finditer(layout.text):
            covered[part][match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        left_out = "".join(
            " " if flag else char for char, flag in zip(layout.text, covered[part], strict=True)
        )
        words = re.findall(r"[A-Za-z0-9]+", left_out)
        assert not words, f"{part}: words neither mapped nor omitted: {' '.join(words)!r}"


def test_every_paragraph_of_cooks_statement_contributes_or_is_omitted_whole(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    contributing = {
        _paragraph(q.locator or "")[1]
        for _, q in _quoted(zmap)
        if (q.locator or "").startswith("Cook statement")
    }
    omitted_whole = {
        _paragraph(loc)[1]
        for loc, words, _ in module.OMITTED
        if loc.startswith("Cook statement")
        and normalize_space(words) == normalize_space(PARTS["Cook statement"][_paragraph(loc)[1]])
    }
    for index, paragraph in enumerate(PARTS["Cook statement"]):
        if MARKUP_RE.fullmatch(paragraph):
            continue
        assert index in contributing | omitted_whole, f"unaccounted: {paragraph[:50]!r}"


def test_omissions_give_reasons(module: ModuleType) -> None:
    assert module.OMITTED
    for locator, words, reason in module.OMITTED:
        assert words.strip(), f"{locator}: nothing omitted"
        assert len(reason) > 10, f"{locator}: no reason"


# Statements the issue names: each must be in the map, not among the omissions.
REQUIRED = [
    "appears to be a letter from Gregory Zinoviev",
    "The USSR Government claimed that it was forged",
    'a standard "Left" line is that it was produced by British Intelligence',
    "the Protocols was created by the Tsar's intelligence service",
    "authenticity must be considered quite possible",
    "given the deception about the true nature of Bolshevism",
    "not the Times",
    "Sept. 15, 1924, Moscow",
    "To the Central Committee, British Communist Party",
    "President of the Presidium of the I.K.K.I.",
    "Member of the Presidium",
    "Secretary Kuusinen",
    "armed insurrection",
    "drawing on the archives opened after 1991",
    "Director of the Institute of Military History",
    "he attempted to initiate revolutions wherever the possibility existed",
    "helping to ferment armed uprisings",
    "full access to MI5 and MI6 files",
    "12 months",
    "American and Russian records",
    "126 pages",
    "valuable collateral for the information in the MI6 archives",
    "the chief historian of the Foreign Office",
    "On October 8, 1924",
    "The next day the Foreign Office was sent a copy",
    "On October 25 the letter appeared in the Daily Mail",
    "The Conservatives won the general election four days later",
    "Anglo-Soviet treaties were abandoned",
    "They were right.",
    "we are confident it was not Zinoviev",
    "We have no conclusive proof who sent it",
    "the Foreign Office thought it was genuine",
    "they got it through MI6 channels",
    "which have now been shown to be suspect",
    "there is no evidence that MI6 forged the letter",
    "no evidence of an organised conspiracy",
    "two of their officers were among those involved in leaking",
    "such as who forged the letter",
    BRACKET_EVIDENCE,
    BRACKET_FOREGONE,
]


@pytest.mark.parametrize("words", REQUIRED)
def test_required_statement_is_in_the_map(zmap: argmap.ArgumentMap, words: str) -> None:
    assert words in PAGE, "the expectation is not in the source"
    assert any(words in q.text for _, q in _quoted(zmap))


# --- neutrality -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["cook.forgery", "editor.authenticity_possible"])
def test_both_theses_are_argued_for_and_attacked(zmap: argmap.ArgumentMap, key: str) -> None:
    assert zmap.arguments_for(key), f"{key} has no argument"
    assert zmap.objections_to(key), f"{key} is not attacked"


def test_the_theses_attack_each_other(zmap: argmap.ArgumentMap) -> None:
    pairs = {(o.attacker, o.target) for o in zmap.objections if o.kind is ObjectionKind.REBUT}
    assert ("cook.forgery", "editor.authenticity_possible") in pairs
    assert ("editor.authenticity_possible", "cook.forgery") in pairs


def test_the_analyst_asserts_nothing(zmap: argmap.ArgumentMap) -> None:
    assert all(a.by is not None for a in zmap.arguments), "an argument has no author"
    assert all(e.by is not None or e.source_key == "letter" for e in zmap.evidence)
    rebuts = {(o.attacker, o.target): o for o in zmap.objections if o.kind is ObjectionKind.REBUT}
    for objection in zmap.objections:
        if objection.by is None:
            # Only the unvoiced half of a conflict the page draws may lack a speaker.
            assert objection.kind is ObjectionKind.REBUT, objection.key
            reverse = rebuts.get((objection.target, objection.attacker))
            assert reverse is not None, objection.key
            assert reverse.by is not None, objection.key


def test_every_rebut_is_mutual(zmap: argmap.ArgumentMap) -> None:
    rebuts = [(o.attacker, o.target) for o in zmap.objections if o.kind is ObjectionKind.REBUT]
    assert rebuts
    assert sorted(rebuts) == sorted((t, a) for a, t in rebuts)


def test_no_weights_are_set(zmap: argmap.ArgumentMap) -> None:
    assert all(a.weight is None for a in zmap.arguments)


def test_absence_of_evidence_is_a_challenge_not_a_rebut(zmap: argmap.ArgumentMap) -> None:
    for objection in zmap.objections:
        attacker = zmap[objection.attacker] if objection.attacker else None
        if isinstance(attacker, Claim) and "no evidence" in attacker.text.lower():
            assert objection.kind is ObjectionKind.CHALLENGE, objection.key


def test_cooks_finding_on_mi6_proofs_undermines_the_1924_argument(
    zmap: argmap.ArgumentMap,
) -> None:
    objection = zmap.get("obj.cook.proofs_suspect", Objection)
    assert objection.kind is ObjectionKind.UNDERMINE
    argument = zmap.get("arg.fo1924.mi6_channels", Argument)
    assert objection.target in argument.premises
    assert argument.conclusion == "fo1924.genuine"


# --- schemes --------------------------------------------------------------------------------

EXPECTED_SCHEMES = {
    "arg.cook.expert_report": "expert_opinion",
    "arg.cook.position_to_know": "position_to_know",
    "arg.cook.not_zinoviev_so_forged": "verbal_classification",
    "arg.editor.fits_zinoviev_record": "sign",
    "arg.editor.volkogonov_authority": "expert_opinion",
    "arg.editor.deception": "ethotic",
    "arg.fo1924.mi6_channels": "position_to_know",
    "arg.cook.publication_effects": "cause_to_effect",
}


def test_key_arguments_use_their_schemes(zmap: argmap.ArgumentMap) -> None:
    for key, scheme in EXPECTED_SCHEMES.items():
        assert zmap.get(key, Argument).scheme == scheme, key


def test_scheme_names_are_snake_case_and_documented(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    used = {a.scheme for a in zmap.arguments if a.scheme is not None}
    assert used >= set(EXPECTED_SCHEMES.values())
    for scheme in used:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", scheme), scheme
        assert f"``{scheme}``" in (module.__doc__ or ""), f"{scheme} is not documented"


def test_the_letter_and_volkogonov_feed_the_editors_argument(zmap: argmap.ArgumentMap) -> None:
    premises = zmap.get("arg.editor.fits_zinoviev_record", Argument).premises
    kinds = {type(zmap[p]) for p in premises}
    assert Evidence in kinds, "no words of the letter"
    assert any(zmap[p].by == "volkogonov" for p in premises)  # type: ignore[union-attr]
    assert any(zmap.get(p, Claim).implicit for p in premises if isinstance(zmap[p], Claim))


def test_key_elements_name_elements_of_the_right_kind(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    kinds = {"claim": Claim, "challenge": Objection, "argument": Argument, "thesis": Claim}
    for role, key in module.KEY_ELEMENTS.items():
        kind = next(cls for word, cls in kinds.items() if role.endswith(word))
        zmap.get(key, kind)  # raises if missing or of another kind
    elements = module.KEY_ELEMENTS
    assert (
        zmap.get(elements["foregone_conclusion_challenge"], Objection).target
        == elements["forgery_claim"]
    )
    assert (
        zmap.get(elements["backup_evidence_challenge"], Objection).target
        == elements["cook_main_argument"]
    )


# --- critical questions ---------------------------------------------------------------------


def test_the_editors_bracket_is_the_only_question_raised_on_the_page(
    zmap: argmap.ArgumentMap,
) -> None:
    raising = [o for o in zmap.objections if o.question is not None]
    assert [(o.key, o.target, o.question, o.by) for o in raising] == [
        ("obj.editor.backup_evidence", "arg.cook.expert_report", "CQ6", "editor")
    ]


def test_cooks_suspect_proofs_answer_the_1924_trustworthiness_question(
    zmap: argmap.ArgumentMap,
) -> None:
    states = {s.question.key: s for s in zmap.questions_of("arg.fo1924.mi6_channels")}
    cq2 = states["CQ2"]
    assert cq2.question.kind is QuestionKind.EXCEPTION
    assert cq2.status is QuestionStatus.ANSWERED
    assert cq2.answer is not None
    assert cq2.answer.by == "cook.proofs_suspect"
    assert cq2.favourable is False, "the answer counts against the 1924 argument"


def test_every_schemed_argument_is_in_the_catalogue(zmap: argmap.ArgumentMap) -> None:
    for argument in zmap.arguments:
        if argument.scheme is not None:
            assert argument.scheme in SCHEMES, argument.key
            assert zmap.questions_of(argument.key), argument.key


def test_every_answer_cites_the_text_or_its_answering_claim(zmap: argmap.ArgumentMap) -> None:
    for argument in zmap.arguments:
        for answer in argument.answers:
            assert answer.note is not None, f"{argument.key} {answer.question}"
            # Each justification quotes the page in single quotes.
            quoted = re.findall(r"(?<!\w)'(.{12,}?)'(?!\w)", normalize_space(answer.note))
            assert quoted, f"{argument.key} {answer.question}: no words of the page cited"
            for words in quoted:
                for fragment in words.split("..."):
                    fragment = fragment.strip(" .")
                    if fragment:
                        assert fragment in normalize_space(PAGE), (argument.key, words)
            if answer.by is not None:
                assert not zmap[answer.by].implicit, "answers come from the page, not the analyst"


def test_every_open_question_has_its_reason_and_every_reason_an_open_question(
    zmap: argmap.ArgumentMap, module: ModuleType
) -> None:
    open_questions = {
        (argument.key, state.question.key)
        for argument in zmap.arguments
        for state in zmap.questions_of(argument.key)
        if state.status is QuestionStatus.OPEN
    }
    assert open_questions, "the page leaves some questions open"
    assert set(module.OPEN_QUESTIONS) == open_questions
    for key, reason in module.OPEN_QUESTIONS.items():
        assert len(reason) > 40, key
        for words in re.findall(r"(?<!\w)'(.{12,}?)'(?!\w)", normalize_space(reason)):
            for fragment in words.split("..."):
                fragment = fragment.strip(" .")
                if fragment:
                    assert fragment in normalize_space(PAGE), (key, words)

"""Evaluating maps: statuses per semantics, Carneades reading, explanations and what-if."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import (
    ArgumentMap,
    MapBuilder,
    Objection,
    ObjectionKind,
    QuestionAnswer,
    answered,
    raised,
)
from argmap.cli import main
from argmap.errors import EvaluationError
from argmap.schemes import SCHEMES
from argmap.semantics.evaluate import ALL_SEMANTICS, DUNG_SEMANTICS, evaluate, to_carneades_graph
from argmap.semantics.explain import explain, what_if
from argmap.semantics.results import ExtensionResult
from argmap.strategies import maps

# --- small maps with known outcomes -----------------------------------------------------------


def grounded(m: ArgumentMap, key: str, **options: object) -> str:
    return evaluate(m, semantics="grounded", **options).status(key)  # type: ignore[arg-type]


def test_reinstatement() -> None:
    b = MapBuilder("m")
    c, r, s = b.claim("c", "C."), b.claim("r", "R."), b.claim("s", "S.")
    b.rebut(r, c)
    b.rebut(s, r)
    m = b.build()
    assert grounded(m, "c") == "in"
    assert grounded(m, "r") == "out"
    # read symmetrically, each claim answers its rebutter back: grounded semantics
    # settles none of the chain
    for key in ("c", "r", "s"):
        assert grounded(m, key, symmetric_rebuttals=True) == "undecided"


def test_mutual_rebuttal_is_undecided_in_grounded_and_credulous_in_preferred() -> None:
    b = MapBuilder("m")
    c, r = b.claim("c", "C."), b.claim("r", "R.")
    b.rebut(r, c)
    b.rebut(c, r)
    ev = evaluate(b.build(), semantics=["grounded", "preferred", "stable"], max_extensions=5)
    assert ev.status("c", "grounded") == "undecided"
    assert ev.status("c", "preferred") == "credulous"
    preferred = ev.result("preferred")
    assert isinstance(preferred, ExtensionResult)
    assert preferred.extension_count == 2
    assert preferred.credulous["c"] is True
    assert preferred.skeptical["c"] is False
    # one rebuttal read both ways gives the same conflict
    b = MapBuilder("m")
    b.rebut(b.claim("r", "R."), b.claim("c", "C."))
    one = evaluate(b.build(), semantics="preferred", symmetric_rebuttals=True)
    assert one.status("c", "preferred") == one.status("r", "preferred") == "credulous"


def _challenged(weight: float | None, rebuttal_weight: float | None = None) -> ArgumentMap:
    b = MapBuilder("m")
    p, c = b.claim("p", "P."), b.claim("c", "C.")
    b.argument("a", [p], c, weight=weight)
    if rebuttal_weight is not None:
        q, d = b.claim("q", "Q."), b.claim("d", "Not C.")
        con = b.argument("con", [q], d, weight=rebuttal_weight)
        b.rebut(con, c, key="r")
    b.challenge(c, key="why", text="Why?")
    return b.build()


def test_challenge_needs_support_meeting_the_standard() -> None:
    b = MapBuilder("m")
    c = b.claim("c", "C.")
    b.challenge(c, key="why", text="Why?")
    assert grounded(b.build(), "c") == "out"
    assert grounded(_challenged(0.9), "c") == "in"
    # Clear and convincing evidence needs a weight above 0.5; preponderance any weight.
    assert grounded(_challenged(0.4), "c", default_standard="PE") == "in"
    assert grounded(_challenged(0.4), "c", default_standard="CCE") == "out"
    assert grounded(_challenged(0.4), "c", standards={"c": "CCE"}) == "out"
    assert grounded(_challenged(0.4), "c", standards={"p": "CCE"}) == "in"
    assert grounded(_challenged(0.9), "c", default_standard="beyond reasonable doubt") == "in"
    # An unanswered rebuttal wins outright; read both ways, claim and rebuttal stand off.
    assert grounded(_challenged(0.9, 0.3), "c", default_standard="PE") == "out"
    assert grounded(_challenged(0.9, 0.3), "c", symmetric_rebuttals=True) == "undecided"


def _undermined(second_argument: bool) -> ArgumentMap:
    b = MapBuilder("m")
    p, c, x = b.claim("p", "P."), b.claim("c", "C."), b.claim("x", "Not P.")
    b.argument("a", [p], c)
    if second_argument:
        b.argument("a2", [b.claim("q", "Q.")], c)
    b.undermine(x, p, key="u")
    return b.build()


@pytest.mark.parametrize("support", ["presumptive", "necessary", "deductive", "evidential"])
def test_undermined_premise_takes_the_argument_down(support: str) -> None:
    m = _undermined(False)
    ev = evaluate(m, semantics="grounded", support=support)
    assert ev.status("p") == "out"
    assert ev.status("a") == "out"


def test_support_modes_differ_as_documented() -> None:
    # presumptive (the default): the claim stands as a presumption; its argument only helps
    assert grounded(_undermined(False), "c") == "in"
    # necessary: the conclusion needs its (only) argument
    assert grounded(_undermined(False), "c", support="necessary") == "out"
    # ... but any one of several will do
    assert grounded(_undermined(True), "c", support="necessary") == "in"
    # deductive: a claim stands as a presumption even when its argument falls
    assert grounded(_undermined(False), "c", support="deductive") == "in"
    # evidential: nothing here rests on evidence
    assert grounded(_undermined(True), "c", support="evidential") == "out"
    assert grounded(_undermined(True), "c", support="evidential", assume=["q"]) == "in"


def test_evidence_grounds_claims_in_the_evidential_reading() -> None:
    b = MapBuilder("m")
    src = b.source("s", "Doc")
    e = b.evidence("e", "The document.", source=src)
    c = b.claim("c", "C.")
    b.argument("a", [e], c)
    assert grounded(b.build(), "c", support="evidential") == "in"


def _expert(**questions: object) -> MapBuilder:
    b = MapBuilder("m")
    b.claim("says", "X says C.")
    b.claim("c", "C.")
    b.claim("cv", "X is a historian of the period.")
    b.argument("a", ["says"], "c", scheme="expert_opinion", questions=questions or None)
    return b


@pytest.mark.parametrize("semantics", ["grounded", "carneades"])
def test_critical_questions_act_as_assumptions_and_exceptions(semantics: str) -> None:
    def status(b: MapBuilder) -> str:
        return evaluate(b.build(), semantics=semantics).status("a", semantics)

    assert status(_expert()) == "in"  # open questions: the argument stands
    assert status(_expert(CQ2=raised)) == "out"  # a raised assumption must be answered
    b = _expert(CQ2=answered("yes", by="cv"))
    b.raise_question("a", "CQ2")
    assert status(b) == "in"  # ... and is, by a claim that stands
    assert status(_expert(CQ2=answered("no"))) == "out"  # answered against
    assert status(_expert(CQ4=raised)) == "in"  # a raised exception is only a question
    assert status(_expert(CQ4=answered("yes"))) == "out"  # ... until it is proven
    assert status(_expert(CQ4=answered("no"))) == "in"
    # the claim itself stands as a presumption: a failing argument does not bring it down
    b = _expert(CQ2=raised)
    assert evaluate(b.build(), semantics=semantics).status("c", semantics) == "in"


def test_carneades_weighs_arguments_against_rebuttals_by_standard() -> None:
    m = _challenged(0.9, 0.3)
    assert (
        evaluate(m, semantics="carneades", default_standard="PE").status("c", "carneades") == "in"
    )
    brd = evaluate(m, semantics="carneades", default_standard="BRD")
    # 0.9 against 0.3 is no proof beyond reasonable doubt, nor is the 0.3 against 0.9 a
    # refutation: contested, neither side meets the standard
    assert brd.status("c", "carneades") == "undecided"
    assert brd.result("carneades").status("c#not") == "out"
    assert brd.standards["c"].abbreviation == "BRD"
    graph, _ = to_carneades_graph(m)
    # challenged: the claim is at issue without a presumption, the burden is on its side
    [issue] = [i for i in graph.issues if i.id == "c#issue"]
    assert (issue.positions, issue.presumption) == (("c", "c#not"), None)


def test_evaluation_api() -> None:
    m = _challenged(0.9, 0.3)
    ev = evaluate(m, semantics=["GR", "PR", "carneades", "df-quad", "h-categorizer"])
    assert ev.semantics == ("grounded", "preferred", "carneades", "df-quad", "h-categoriser")
    assert 0.0 <= ev.strength("c", "df-quad") <= 1.0
    rows = ev.table()
    assert [r["key"] for r in rows] == [c.key for c in m.claims]
    assert set(rows[0]) == {"key", "text", *ev.semantics}
    json.dumps(ev.to_dict())
    with pytest.raises(EvaluationError, match="'nope'"):
        ev.status("nope")
    with pytest.raises(EvaluationError, match="strengths"):
        ev.status("c", "df-quad")
    with pytest.raises(EvaluationError, match="statuses"):
        ev.strength("c", "grounded")
    with pytest.raises(EvaluationError, match="'stable' was not evaluated"):
        ev.status("c", "stable")


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"semantics": "best"}, "'best'"),
        ({"semantics": []}, "at least one"),
        ({"support": "inductive"}, "'inductive'"),
        ({"default_standard": "hunch"}, "'hunch'"),
        ({"standards": {"a": "PE"}}, "'a'"),
        ({"assume": ["ghost"]}, "'ghost'"),
        ({"default_weight": "heavy"}, "'heavy'"),
    ],
)
def test_bad_options_are_named(options: dict[str, object], match: str) -> None:
    with pytest.raises(EvaluationError, match=match):
        evaluate(_challenged(0.9), **options)  # type: ignore[arg-type]


# --- laws over generated maps -----------------------------------------------------------------


@st.composite
def maps_with_questions(draw: st.DrawFn) -> ArgumentMap:
    m = draw(maps(max_size=12, schemes=False))
    names = sorted(SCHEMES)
    arguments = []
    extra: list[Objection] = []
    premises = [c.key for c in m.claims]
    for a in m.arguments:
        if not draw(st.booleans()):
            arguments.append(a)
            continue
        scheme = SCHEMES[draw(st.sampled_from(names))]
        answers = []
        for q in scheme.questions:
            choice = draw(st.sampled_from(["open", "yes", "no", "raise", "by"]))
            if choice in ("yes", "no"):
                answers.append(QuestionAnswer(q.key, choice))
            elif choice == "by":
                by = draw(st.sampled_from(premises))
                if by != a.conclusion:
                    answers.append(QuestionAnswer(q.key, draw(st.booleans()), by=by))
            elif choice == "raise":
                extra.append(
                    Objection(
                        f"raise.{a.key}.{q.key}",
                        ObjectionKind.CHALLENGE,
                        a.key,
                        text=q.text,
                        question=q.key,
                    )
                )
        arguments.append(attrs.evolve(a, scheme=scheme.name, answers=answers))
    return attrs.evolve(m, arguments=arguments, objections=[*m.objections, *extra])


ALLOWED = {"in", "out", "undecided", "credulous"}


@given(
    maps_with_questions(), st.sampled_from(["presumptive", "necessary", "deductive", "evidential"])
)
def test_evaluation_never_crashes_and_labels_every_node(m: ArgumentMap, support: str) -> None:
    ev = evaluate(m, support=support, max_iterations=200)
    keys = [*(c.key for c in m.claims), *(e.key for e in m.evidence)]
    keys += [*(a.key for a in m.arguments), *(o.key for o in m.objections)]
    for name in DUNG_SEMANTICS:
        result = ev.result(name)
        assert set(result.statuses) == set(ev.translation.arguments)
        assert set(result.statuses.values()) <= ALLOWED
    for key in keys:
        assert ev.status(key, "carneades") in {"in", "out", "undecided"}
        for name in ("df-quad", "quadratic-energy", "euler", "h-categoriser"):
            assert 0.0 <= ev.strength(key, name) <= 1.0
    grounded_ = ev.result("grounded").statuses
    for name in ("complete", "preferred", "ideal", "eager"):
        other = ev.result(name).statuses
        # the grounded extension lies inside every complete extension
        assert all(other[n] == "in" for n, s in grounded_.items() if s == "in")
    accepted = {n for n, s in grounded_.items() if s == "in"}
    assert not any(s in accepted and t in accepted for s, t in ev.translation.attack_pairs)


@given(maps_with_questions(), st.data())
def test_explanations_name_only_existing_nodes(m: ArgumentMap, data: st.DataObject) -> None:
    if not m.claims:
        return
    key = data.draw(st.sampled_from([c.key for c in m.claims]))
    semantics = data.draw(st.sampled_from(["grounded", "preferred", "carneades", "df-quad"]))
    ev = evaluate(m, semantics=[semantics], max_iterations=200)
    explanation = explain(m, key, semantics=semantics, evaluation=ev)
    assert explanation.sentences
    assert all(n in m or n in ev.translation.arguments for n in explanation.mentions)
    assert explanation.status in {*ALLOWED} or 0.0 <= float(explanation.status) <= 1.0


@given(maps_with_questions(), st.data())
def test_what_if_changes_really_change_the_status(m: ArgumentMap, data: st.DataObject) -> None:
    if not m.claims:
        return
    key = data.draw(st.sampled_from([c.key for c in m.claims]))
    semantics = data.draw(st.sampled_from(["grounded", "carneades"]))
    before = evaluate(m, semantics=semantics).status(key, semantics)
    for change in what_if(m, key, semantics=semantics):
        assert change.before == before
        after = evaluate(change.argument_map, semantics=semantics, **change.options)
        assert after.status(key, semantics) == change.after != before


# --- explanations and what-if on small maps ----------------------------------------------------


def test_explanation_reports_unmet_standard_and_open_questions() -> None:
    m = _challenged(0.6, 0.7)
    text = str(explain(m, "c", default_standard="PE"))
    assert "is out" in text
    assert "preponderance of the evidence (PE)" in text
    assert "weight 0.6" in text
    assert "weight 0.7" in text
    b = _expert(CQ6=raised)
    text = str(explain(b.build(), "c"))
    assert "CQ6" in text
    assert "open: CQ1" in text


def test_what_if_finds_answers_and_standards() -> None:
    m = _expert().build()
    assert what_if(m, "c") == ()  # the claim stands by presumption, its argument or not
    changes = what_if(m, "a")
    kinds = {c.kind for c in changes}
    assert {"answer", "raise", "challenge"} <= kinds
    assert any("CQ4" in c.description and '"yes"' in c.description for c in changes)
    assert not any("CQ4" in c.description and '"no"' in c.description for c in changes)
    standards = what_if(_challenged(0.9, 0.3), "c", semantics="carneades", kinds=["standard"])
    assert {c.after for c in standards} == {"undecided"}
    assert any("BRD" in c.description for c in standards)
    with pytest.raises(EvaluationError, match="'guess'"):
        what_if(m, "c", kinds=["guess"])
    with pytest.raises(EvaluationError, match="'nope'"):
        explain(m, "nope")


# --- command line -----------------------------------------------------------------------------


@pytest.fixture
def map_file(tmp_path: pytest.TempPathFactory) -> str:
    path = tmp_path / "m.py"  # type: ignore[operator]
    path.write_text(
        "from argmap import MapBuilder, raised\n"
        "b = MapBuilder('m')\n"
        "b.claim('says', 'X says C.')\n"
        "b.claim('c', 'C.')\n"
        "b.argument('a', ['says'], 'c', scheme='expert_opinion', questions={'CQ6': raised})\n"
        "MAP = b.build()\n",
        encoding="utf-8",
    )
    return str(path)


def test_cli_explain_and_whatif(map_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", map_file, "c"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Under grounded semantics, claim 'c'")
    assert main(["explain", map_file, "a", "--semantics", "carneades", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["status"] == "out"
    assert main(["whatif", map_file, "a", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert any(c["target"] == "a.CQ6" for c in payload["changes"])
    assert main(["whatif", map_file, "a"]) == 0
    assert "If we withdraw challenge 'a.CQ6', it would be in (now out)." in capsys.readouterr().out
    assert main(["whatif", map_file, "c", "--support", "necessary"]) == 0
    assert "If we withdraw challenge 'a.CQ6', it would be in (now out)." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "match"),
    [
        (["explain", "{map}", "nope"], "'nope'"),
        (["explain", "{map}", "c", "--semantics", "best"], "'best'"),
        (["explain", "{map}", "c", "--semantics", "grounded,preferred"], "one semantics"),
        (["explain", "{map}", "c", "--standard", "hunch"], "'hunch'"),
        (["whatif", "{map}", "c", "--kinds", "guess"], "'guess'"),
        (["whatif", "missing.py", "c"], "missing.py"),
    ],
)
def test_cli_errors_are_one_line(
    map_file: str, capsys: pytest.CaptureFixture[str], argv: list[str], match: str
) -> None:
    assert main([a.replace("{map}", map_file) for a in argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("argmap: error:")
    assert match in err


def test_cli_evaluate_map_table_and_json(map_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", map_file, "--semantics", "grounded,carneades,df-quad"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["claim", "text", "grounded", "carneades", "df-quad"]
    assert lines[1].split()[:6] == ["says", "X", "says", "C.", "in", "in"]
    assert lines[2].split()[:4] == ["c", "C.", "in", "in"]
    assert main(["evaluate", map_file, "--semantics", "grounded", "--support", "necessary"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split() == ["c", "C.", "out"]
    assert (
        main(["evaluate", map_file, "--json", "--standard", "BRD", "--support", "deductive"]) == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["support"] == "deductive"
    assert payload["standards"]["c"] == "BRD"
    # deductive support: a claim stands as a presumption when its argument falls
    assert payload["labels"] == {"says": "in", "c": "in"}
    assert set(payload["semantics"]) == set(ALL_SEMANTICS)
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate", map_file, "--semantics", "nonsense"])
    assert exit_.value.code == 2


def test_cli_render_evaluate(
    map_file: str, tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.dot"  # type: ignore[operator]
    assert main(["render", map_file, "--evaluate", "grounded", "-o", str(out)]) == 0
    dot = out.read_text("utf-8")
    assert "× OUT" in dot  # the claim is out, with its text marker
    assert "CQ6 raised" in dot
    assert "open: CQ1 expertise" in dot
    assert "strength 0.50" in dot
    assert "status: grounded semantics<BR/>(presumptive support," in dot
    capsys.readouterr()
    assert main(["render", map_file, "--evaluate", "best", "-o", str(out)]) == 1
    assert "'best'" in capsys.readouterr().err
    assert (
        main(
            [
                "render",
                map_file,
                "--evaluate",
                "grounded",
                "--strengths",
                "preferred",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert "gradual" in capsys.readouterr().err


# --- the Zinoviev map ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def zinoviev() -> ArgumentMap:
    from pathlib import Path

    from argmap import load_map

    return load_map(Path(__file__).resolve().parents[1] / "maps" / "zinoviev.py")


@pytest.mark.parametrize("semantics", ["grounded", "preferred", "carneades", "df-quad"])
def test_every_zinoviev_claim_is_explained_with_real_nodes(
    zinoviev: ArgumentMap, semantics: str
) -> None:
    ev = evaluate(zinoviev, semantics=[semantics])
    for claim in zinoviev.claims:
        explanation = explain(zinoviev, claim.key, semantics=semantics, evaluation=ev)
        assert explanation.headline.startswith(
            f"Under {'Carneades' if semantics == 'carneades' else semantics}"
        )
        assert explanation.sentences
        assert all(n in zinoviev or n in ev.translation.arguments for n in explanation.mentions)


@pytest.mark.parametrize("claim", ["cook.forgery", "editor.authenticity_possible"])
@pytest.mark.parametrize("standard", ["SE", "PE", "BRD"])
def test_zinoviev_what_if_changes_flip_when_applied(
    zinoviev: ArgumentMap, claim: str, standard: str
) -> None:
    for semantics in ("grounded", "carneades"):
        before = evaluate(zinoviev, semantics=semantics, default_standard=standard)
        for change in what_if(zinoviev, claim, semantics=semantics, default_standard=standard):
            assert change.before == before.status(claim, semantics)
            after = evaluate(change.argument_map, semantics=semantics, **change.options)
            assert after.status(claim, semantics) == change.after != change.before


def test_zinoviev_forgery_claim_hangs_on_the_editors_challenge_and_the_rebuttals(
    zinoviev: ArgumentMap,
) -> None:
    # Grounded, with preponderance: the editor's "foregone conclusion" challenge of the
    # forgery finding (his second bracket) puts the burden on Cook, whose arguments meet
    # it only while the rebuttals both ways leave the conflict open: undecided, not out.
    ev = evaluate(zinoviev, semantics="grounded", default_standard="PE")
    assert ev.status("cook.forgery") == "undecided"
    text = str(explain(zinoviev, "cook.forgery", default_standard="PE", evaluation=ev))
    assert "obj.editor.foregone_conclusion" in text
    assert "meets the burden of proof" in text
    changes = what_if(zinoviev, "cook.forgery", default_standard="PE")
    assert changes, "some single change must decide the open conflict"
    assert all(c.before == "undecided" and c.after != "undecided" for c in changes)


def test_cli_reads_maps_in_other_formats(
    map_file: str, tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from argmap import load_map
    from argmap.formats import argmap_json

    path = tmp_path / "m.json"  # type: ignore[operator]
    path.write_text(argmap_json.dumps(load_map(map_file)), encoding="utf-8")
    assert main(["evaluate", str(path), "--semantics", "grounded"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split() == ["c", "C.", "in"]
    assert main(["explain", str(path), "a", "--from", "json"]) == 0
    assert "is out" in capsys.readouterr().out
    assert main(["whatif", str(path), "a", "--kinds", "withdraw"]) == 0
    assert "withdraw challenge 'a.CQ6'" in capsys.readouterr().out


# --- listing extensions on request; the shared options ----------------------------------


@pytest.fixture
def quarrel_file(tmp_path: pytest.TempPathFactory) -> str:
    path = tmp_path / "q.py"  # type: ignore[operator]
    path.write_text(
        "from argmap import MapBuilder\n"
        "b = MapBuilder('Quarrels')\n"
        "for i in range(3):\n"
        "    a, z = b.claim(f'a{i}', f'A{i}: a fairly long claim text that the table shortens.'), b.claim(f'b{i}', 'B.')\n"
        "    b.rebut(a, z, key=f'r{i}')\n"
        "    b.rebut(z, a, key=f's{i}')\n"
        "MAP = b.build()\n",
        encoding="utf-8",
    )
    return str(path)


def test_cli_lists_extensions_only_on_request(
    quarrel_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", quarrel_file, "--semantics", "preferred"]) == 0
    out = capsys.readouterr().out
    assert "extension" not in out
    assert "A0: a fairly long claim text that the..." in out  # texts are shortened
    assert (
        main(["evaluate", quarrel_file, "--semantics", "preferred,grounded", "--extensions"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert "preferred: 8 extensions" in lines
    assert "grounded: 1 extension" in lines
    listed = [line for line in lines if line.startswith("  ") and ": {" in line]
    assert len(listed) == 8 + 1
    # each preferred extension takes one side of each quarrel: a claim and its rebut
    assert all(line.count(",") == 5 for line in listed[:8])
    assert main(["evaluate", quarrel_file, "--semantics", "preferred", "--extensions", "3"]) == 0
    out = capsys.readouterr().out
    assert "preferred: the first 3 extensions (there are more)" in out
    assert "note (preferred): listed the first 3 preferred extensions; there are more" in out
    assert main(["evaluate", quarrel_file, "--extensions", "2", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["semantics"]["preferred"]["listed_all"] is False
    assert len(payload["semantics"]["preferred"]["extensions"]) == 2
    assert "extensions" not in payload["semantics"]["carneades"]


def test_cli_evaluation_options_are_used_and_checked(
    quarrel_file: str, capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory
) -> None:
    one_way = MapBuilder("m")
    one_way.rebut(one_way.claim("r", "R."), one_way.claim("c", "C."))
    path = tmp_path / "one.py"  # type: ignore[operator]
    path.write_text(
        "from argmap import MapBuilder\nb = MapBuilder('m')\n"
        "b.rebut(b.claim('r', 'R.'), b.claim('c', 'C.'))\nMAP = b.build()\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(path), "--semantics", "grounded"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[-1] == "out"
    assert main(["evaluate", str(path), "--semantics", "grounded", "--symmetric-rebuttals"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[-1] == "undecided"
    assert main(["evaluate", str(path), "--default-weight", "0.5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["default_weight"] == 0.5
    for bad in (["--default-weight", "2"], ["--default-weight", "heavy"], ["--extensions", "0"]):
        with pytest.raises(SystemExit) as exit_:
            main(["evaluate", quarrel_file, *bad])
        assert exit_.value.code == 2
    graph = tmp_path / "g.yml"  # type: ignore[operator]
    graph.write_text("statements: {p: P}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["evaluate", str(graph), "--extensions"]) == 1
    assert "--extensions" in capsys.readouterr().err


def test_max_extensions_is_checked() -> None:
    with pytest.raises(EvaluationError, match="max_extensions"):
        evaluate(_challenged(0.9), semantics="preferred", max_extensions=0)
    ev = evaluate(_challenged(0.9), semantics=["grounded", "carneades"], max_extensions=5)
    result = ev.result("grounded")
    assert isinstance(result, ExtensionResult)
    assert result.extension_count == 1


def test_convert_writes_the_evaluations_framework_with_its_key(
    map_file: str, tmp_path: pytest.TempPathFactory
) -> None:
    out = tmp_path / "m.i23"  # type: ignore[operator]
    assert main(["convert", map_file, "-o", str(out)]) == 0
    key = json.loads((tmp_path / "m.i23.key.json").read_text("utf-8"))  # type: ignore[operator]
    nodes = [row["node"] for row in key["arguments"]]
    from argmap import load_map

    assert nodes == list(evaluate(load_map(map_file), semantics="grounded").translation.arguments)


def test_render_draws_credulous_statuses_as_their_own(
    quarrel_file: str, tmp_path: pytest.TempPathFactory
) -> None:
    out = tmp_path / "q.dot"  # type: ignore[operator]
    assert main(["render", quarrel_file, "--evaluate", "preferred", "-o", str(out)]) == 0
    dot = out.read_text("utf-8")
    assert "~ CREDULOUS" in dot
    assert "status-credulous" in dot


@pytest.mark.parametrize(
    ("semantics", "options", "option"),
    [
        ("carneades", {"rebuttal_preferences": True}, "rebuttal_preferences"),
        ("df-quad", {"symmetric_rebuttals": True}, "symmetric_rebuttals"),
        (["carneades", "euler"], {"support": "deductive"}, "support"),
        ("carneades", {"max_extensions": 3}, "max_extensions"),
        ("grounded", {"base": {"c": 0.5}}, "base"),
    ],
)
def test_an_option_no_asked_for_semantics_reads_is_refused(
    semantics: str | list[str], options: dict[str, object], option: str
) -> None:
    b = MapBuilder("m")
    _ = b.rebut(b.claim("r", "R."), b.claim("c", "C."), key="o")
    with pytest.raises(EvaluationError, match=option) as caught:
        evaluate(b.build(), semantics=semantics, **options)  # type: ignore[arg-type]
    assert caught.value.field == option
    # with a semantics that reads it, the same option is taken
    reader = "df-quad" if option == "base" else "grounded"
    names = [semantics] if isinstance(semantics, str) else semantics
    evaluate(b.build(), semantics=[*names, reader], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "parameter"),
    [
        (["--rebuttal-preferences"], "rebuttal_preferences"),
        (["--symmetric-rebuttals"], "symmetric_rebuttals"),
        (["--support=deductive"], "support"),
        (["--extensions", "3"], "max_extensions"),
    ],
)
def test_cli_refuses_a_reading_option_carneades_does_not_read(
    capsys: pytest.CaptureFixture[str], typed: list[str], parameter: str
) -> None:
    zinoviev = str(Path(__file__).parents[1] / "maps" / "zinoviev.py")
    argv = ["evaluate", zinoviev, "--semantics", "carneades", *typed]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    # the message names the flag as typed, not the Python parameter behind it
    flag = typed[0].split("=")[0]
    assert f"{flag} is read only by a Dung semantics" in err
    assert f"drop {flag}" in err
    assert parameter not in err.replace(flag, "")

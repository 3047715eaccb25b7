"""The Zinoviev case study: its scenario matrix says what the page says, its page is up to
date, its commands are real and reproduce its figures."""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import argmap
from argmap.semantics.carneades import standard_from_name
from argmap.semantics.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
PAGE_FILE = ROOT / "docs" / "zinoviev.md"
PAGE = PAGE_FILE.read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scen() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location(
        "zinoviev_scenarios", ROOT / "maps" / "zinoviev_scenarios.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs classes need their module registered
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


@pytest.fixture(scope="module")
def rows(scen: ModuleType) -> tuple[Any, ...]:
    return tuple(scen.matrix())


def verdicts(rows: tuple[Any, ...], scenario: str, thesis: str) -> dict[str, str]:
    (row,) = [r for r in rows if r.scenario.key == scenario and r.thesis == thesis]
    return dict(row.statuses)


FORGERY, THESIS = "cook.forgery", "editor.authenticity_possible"


# --- the matrix ------------------------------------------------------------------------------


def test_the_matrix_covers_every_scenario_thesis_and_standard(
    scen: ModuleType, rows: tuple[Any, ...]
) -> None:
    assert len(rows) == len(scen.SCENARIOS) * len(scen.THESES)
    for row in rows:
        assert [s for s, _ in row.statuses] == list(scen.STANDARDS)
        assert {v for _, v in row.statuses} <= set(scen.VERDICTS)


def test_the_map_as_written_settles_neither_thesis(
    scen: ModuleType, rows: tuple[Any, ...]
) -> None:
    # Every argument weighs the default 1: the two theses, answering each other, are
    # weighed at equal weight, and neither meets any standard against the other.
    assert set(verdicts(rows, "as_written", FORGERY).values()) == {"undecided"}
    assert set(verdicts(rows, "as_written", THESIS).values()) == {"undecided"}


def test_equal_weights_decide_nothing(scen: ModuleType, rows: tuple[Any, ...]) -> None:
    for thesis in scen.THESES:
        assert verdicts(rows, "equal", thesis) == verdicts(rows, "as_written", thesis)


def _weighted(scen: ModuleType) -> list[Any]:
    return [s for s in scen.SCENARIOS if s.forgery_weight is not None and not s.answers]


def test_a_lead_decides_exactly_where_it_meets_the_standard(
    scen: ModuleType, rows: tuple[Any, ...]
) -> None:
    # The page's reading of the weighted rows. The editor's thesis is accepted where his
    # side weighs more, rejected where Cook's does, exactly where the lead meets the
    # standard under PE, CCE and BRD; SE and DV, which a rival's applicable argument
    # blocks, leave it undecided. Cook's finding follows the same rule where the editor's
    # side weighs more, and is accepted under every standard where his own does.
    weighted = [s for s in _weighted(scen) if s.forgery_weight != s.authenticity_weight]
    assert len(weighted) >= 6
    for item in weighted:
        forgery_leads = item.forgery_weight > item.authenticity_weight
        heavy = max(item.forgery_weight, item.authenticity_weight)
        light = min(item.forgery_weight, item.authenticity_weight)
        for standard in scen.STANDARDS:
            met = standard_from_name(standard).is_met(heavy, light)
            editor = verdicts(rows, item.key, THESIS)[standard]
            cook = verdicts(rows, item.key, FORGERY)[standard]
            decided = "rejected" if forgery_leads else "accepted"
            if standard in ("SE", "DV") or not met:
                assert editor == "undecided", (item.key, standard)
            else:
                assert editor == decided, (item.key, standard)
            if forgery_leads:
                assert cook == "accepted", (item.key, standard)
            elif standard in ("SE", "DV") or not met:
                assert cook == "undecided", (item.key, standard)
            else:
                assert cook == "rejected", (item.key, standard)


def test_no_standard_settles_a_thesis_on_its_own(scen: ModuleType, rows: tuple[Any, ...]) -> None:
    for thesis in scen.THESES:
        for standard in scen.STANDARDS:
            seen = {dict(r.statuses)[standard] for r in rows if r.thesis == thesis}
            assert len(seen) >= 2, f"{thesis} is {seen} under {standard} whatever is assumed"
        assert "accepted" in {v for r in rows if r.thesis == thesis for _, v in r.statuses}


def test_both_theses_are_never_accepted_together(scen: ModuleType, rows: tuple[Any, ...]) -> None:
    for item in scen.SCENARIOS:
        for standard in scen.STANDARDS:
            both = {verdicts(rows, item.key, t)[standard] for t in scen.THESES}
            assert both != {"accepted"}, (item.key, standard)


def test_each_decided_verdict_names_the_assumption_that_decides_it(
    scen: ModuleType, rows: tuple[Any, ...]
) -> None:
    base = scen.load()
    for row in rows:
        # A row that differs from the map as written names what makes it differ.
        if row.statuses != tuple(verdicts(rows, "as_written", row.thesis).items()):
            assert row.deciding, (row.scenario.key, row.thesis)
        variants = dict(row.scenario.variants())
        for words in row.deciding:
            # Dropping the named assumption changes a verdict of this row.
            without = variants[words].apply(base)
            assert any(
                scen.carneades_verdict(without, row.thesis, standard) != verdict
                for standard, verdict in row.statuses
            ), (row.scenario.key, row.thesis, words)
        for words, variant in variants.items():
            if words not in row.deciding:
                without = variant.apply(base)
                assert all(
                    scen.carneades_verdict(without, row.thesis, standard) == verdict
                    for standard, verdict in row.statuses
                ), (row.scenario.key, row.thesis, words)


def test_one_answer_does_not_defeat_convergent_support(rows: tuple[Any, ...]) -> None:
    # The page: the editor's thesis survives the answer that a forger could have imitated
    # Zinoviev's aims (his deception argument still stands), and falls when the deception
    # is also judged irrelevant.
    imitated = verdicts(rows, "authenticity_clearly_forger_imitated", THESIS)
    assert imitated == verdicts(rows, "authenticity_clearly", THESIS)
    both = verdicts(rows, "authenticity_clearly_forger_imitated_deception_irrelevant", THESIS)
    assert "accepted" in imitated.values()
    assert "accepted" not in both.values()


def test_the_what_if_names_the_critical_question_the_matrix_varies(scen: ModuleType) -> None:
    changes = scen.what_ifs("forgery_clearly", FORGERY, "carneades")
    doubted = scen.scenario("forgery_clearly_classification_doubted").answers[-1]
    assert any(
        c.kind == "answer"
        and c.target == doubted.argument
        and f"{doubted.question} of argument" in c.description
        and c.description.endswith('"no"')
        for c in changes
    )


def test_gradual_strengths_follow_the_weights_and_the_challenge(scen: ModuleType) -> None:
    table = scen.gradual_table()
    for name in scen.GRADUAL_SEMANTICS:
        assert all(0.0 <= v <= 1.0 for v in table.values())
        # The unanswered challenge leaves Cook's finding the weaker thesis, as written and
        # even where his side weighs more.
        for key in scen.GRADUAL_CASES:
            assert table[(key, FORGERY, name)] < table[(key, THESIS, name)], (key, name)
        # Each side's thesis is no weaker where its side weighs more; strictly stronger
        # under DF-QuAD, whose aggregation uses the weights.
        forgery_gain = (
            table[("forgery_clearly", FORGERY, name)]
            - table[("authenticity_clearly", FORGERY, name)]
        )
        authenticity_gain = (
            table[("authenticity_clearly", THESIS, name)] - table[("forgery_clearly", THESIS, name)]
        )
        assert forgery_gain >= 0.0, name
        assert authenticity_gain >= 0.0, name
        if name == "df-quad":
            assert forgery_gain > 0.0
            assert authenticity_gain > 0.0


def test_the_what_if_reading_on_the_page_holds(scen: ModuleType) -> None:
    editor = scen.what_ifs("as_written", THESIS, "grounded")
    withdrawn = {c.target for c in editor if c.kind == "withdraw" and c.after == "out"}
    assert withdrawn == {
        "obj.rebut.editor.authenticity_possible.ussr.forged",
        "obj.rebut.editor.authenticity_possible.left.british_intelligence",
    }
    cook = scen.what_ifs("as_written", FORGERY, "grounded")
    assert any(c.target == "obj.rebut.cook.forgery.fo1924.genuine" for c in cook)
    assert {c.after for c in cook} == {"out"}
    forgery = scen.what_ifs("forgery_clearly", FORGERY, "carneades")
    questions = {c.target for c in forgery if c.kind in ("answer", "raise")}
    assert questions == {"arg.cook.not_zinoviev_so_forged"}
    assert any(
        c.target == "obj.rebut.cook.forgery.fo1924.genuine" and c.after == "out"
        for c in forgery
    )
    authenticity = scen.what_ifs("authenticity_clearly", THESIS, "carneades")
    assert {c.kind for c in authenticity} == {"standard", "withdraw"}
    # Withdrawing one of the editor's answers leaves that rebuttal unanswered: it wins.
    withdrawn = {c.target for c in authenticity if c.kind == "withdraw"}
    assert withdrawn == {
        f"obj.rebut.editor.authenticity_possible.{other}"
        for other in ("ussr.forged", "left.british_intelligence", "cook.forgery")
    }
    assert {c.after for c in authenticity if c.kind == "withdraw"} == {"out"}


@pytest.mark.parametrize("case", range(4))
def test_what_if_changes_do_what_they_say(scen: ModuleType, case: int) -> None:
    key, thesis, semantics = scen.WHAT_IF_CASES[case]
    changes = scen.what_ifs(key, thesis, semantics)
    assert changes, "every case on the page has at least one deciding change"
    for change in changes:
        after = evaluate(change.argument_map, semantics=[semantics], **change.options)
        assert after.status(thesis, semantics) == change.after != change.before, str(change)


def test_scenarios_leave_the_map_itself_alone(scen: ModuleType) -> None:
    m = scen.load()
    changed = scen.scenario("forgery_clearly_classification_doubted").apply(m)
    assert all(a.weight is None for a in m.arguments)
    by = {a.key: a for a in changed.arguments}
    assert by["arg.cook.expert_report"].weight == 0.8
    assert by["arg.editor.deception"].weight == 0.3
    assert by["arg.fo1924.mi6_channels"].weight == 0.3
    assert by["arg.volk.zinoviev_examples"].weight is None
    states = {s.question.key: s for s in changed.questions_of("arg.cook.not_zinoviev_so_forged")}
    assert states["CQ1"].favourable is False


def test_unknown_scenario_is_named(scen: ModuleType) -> None:
    with pytest.raises(KeyError, match="'nope' is not known: expected one of 'as_written'"):
        scen.scenario("nope")


def test_unknown_section_is_refused_on_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "maps/zinoviev_scenarios.py", "--section", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "invalid choice: 'nope'" in result.stderr


# --- the page --------------------------------------------------------------------------------


def test_every_generated_section_of_the_page_is_up_to_date(scen: ModuleType) -> None:
    found = scen.generated_sections(PAGE)
    assert sorted(found) == sorted(scen.SECTIONS)
    for name, body in found.items():
        assert body == scen.section(name), (
            f"section {name!r} of docs/zinoviev.md is stale: run make images"
        )


def test_update_page_rewrites_only_generated_sections(scen: ModuleType) -> None:
    stale = PAGE.replace("| `as_written` |", "| `stale` |", 1)
    assert stale != PAGE
    assert scen.update_page(stale) == PAGE


def console_sessions() -> list[tuple[str, str]]:
    """Each command quoted in a console block of the page, with the output shown after it."""
    sessions: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", PAGE, flags=re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ "):
                sessions.append((line[2:], ""))
            else:
                command, shown = sessions[-1]
                sessions[-1] = (command, shown + line + "\n")
    return sessions


def console_commands() -> list[str]:
    return [command for command, _ in console_sessions()]


def writes_a_file(command: str) -> bool:
    return " -o " in command or " --write " in command


def test_the_page_quotes_the_commands_of_make_images() -> None:
    commands = console_commands()
    assert len(commands) >= 4
    recipe = MAKEFILE.split("\nimages:", 1)[1].split("\n\n", 1)[0]
    made = [
        line.strip().replace("$(BIN)/", "")
        for line in recipe.splitlines()[1:]
        if line.startswith("\t")
    ]
    writing = [c for c in commands if writes_a_file(c)]
    assert sorted(writing) == sorted(c for c in made if "zinoviev-" in c or "--write" in c)


def test_every_image_on_the_page_is_committed_and_made_by_a_quoted_command() -> None:
    images = re.findall(r"!\[[^\]]+\]\((images/[^)]+)\)", PAGE)
    assert len(images) >= 3
    outputs = [shlex.split(c)[-1] for c in console_commands() if " -o " in c]
    for image in images:
        assert (ROOT / "docs" / image).is_file(), image
        assert f"docs/{image}" in outputs, f"no command on the page makes {image}"


def run_argmap(words: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *words],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "shown"),
    [(c, o) for c, o in console_sessions() if c.startswith("argmap ") and not writes_a_file(c)],
)
def test_each_command_prints_what_the_page_shows(command: str, shown: str) -> None:
    assert shown, f"the page shows no output for {command!r}"
    result = run_argmap(shlex.split(command)[1:])
    assert result.returncode == 0, result.stderr
    assert result.stdout == shown


@pytest.mark.parametrize(
    "command", [c for c in console_commands() if c.startswith("argmap ") and writes_a_file(c)]
)
def test_each_render_command_reproduces_its_committed_figure(command: str, tmp_path: Path) -> None:
    words = shlex.split(command)
    committed = ROOT / words[words.index("-o") + 1]
    words[words.index("-o") + 1] = str(tmp_path / committed.name)
    result = run_argmap(words[1:])
    assert result.returncode == 0, result.stderr
    assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), (
        f"{committed} is not what {command!r} draws now: run make images"
    )


def test_the_page_update_command_runs_and_changes_nothing(tmp_path: Path) -> None:
    (write,) = [c for c in console_commands() if c.startswith("python ")]
    words = shlex.split(write)
    copy = tmp_path / "zinoviev.md"
    copy.write_text(PAGE, encoding="utf-8")
    words[words.index("--write") + 1] = str(copy)
    result = subprocess.run(
        [sys.executable, *words[1:]], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert copy.read_text(encoding="utf-8") == PAGE


def test_the_map_and_docs_agree_on_the_focus_keys() -> None:
    m = argmap.load_map(ROOT / "maps" / "zinoviev.py")
    for command in console_commands():
        words = shlex.split(command)
        if "--focus" in words:
            start = words.index("--focus") + 1
            keys = [w for w in words[start:] if not w.startswith("-")][
                : words.index("--depth") - start
            ]
            assert keys
            for key in keys:
                assert key in m, key


# --- laws over any weights -------------------------------------------------------------------

_WEIGHT = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
_RANK = {"rejected": 0, "undecided": 1, "accepted": 2}


@given(forgery=_WEIGHT, authenticity=_WEIGHT)
def test_law_the_editors_thesis_is_decided_by_the_lead_for_any_weights(
    scen: ModuleType, forgery: float, authenticity: float
) -> None:
    m = scen.Scenario("any", "any", forgery, authenticity).apply(scen.load())
    for standard in ("PE", "CCE", "BRD"):
        verdict = scen.carneades_verdict(m, THESIS, standard)
        rule = standard_from_name(standard)
        if forgery > 0.0 and rule.is_met(authenticity, forgery):
            assert verdict == "accepted", (standard, forgery, authenticity)
        elif authenticity > 0.0 and rule.is_met(forgery, authenticity):
            assert verdict == "rejected", (standard, forgery, authenticity)
        else:
            assert verdict != "accepted" or forgery == 0.0, (standard, forgery, authenticity)


@given(low=_WEIGHT, high=_WEIGHT, other=_WEIGHT)
def test_law_more_weight_never_hurts_a_side(
    scen: ModuleType, low: float, high: float, other: float
) -> None:
    low, high = sorted((low, high))
    base = scen.load()
    lighter = scen.Scenario("l", "l", low, other).apply(base)
    heavier = scen.Scenario("h", "h", high, other).apply(base)
    for standard in scen.STANDARDS:
        before = _RANK[scen.carneades_verdict(lighter, FORGERY, standard)]
        after = _RANK[scen.carneades_verdict(heavier, FORGERY, standard)]
        assert after >= before, (standard, low, high, other)

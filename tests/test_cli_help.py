"""The command line tells the truth: help generated from the registries the code uses,
"did you mean" for near misses, several maps at once, one clear line for each mistake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from argmap.cli import build_parser, main
from argmap.cli._evaluate import GRAPH_JSON_MEMBERS, MAP_JSON_MEMBERS
from argmap.cli._new import write_starter_map
from argmap.errors import (
    EvaluationError,
    NoMapDefinedError,
    RendererNotFound,
    UnknownFormatError,
)
from argmap.loader import load_map
from argmap.render._api import OUTPUT_FORMATS, OUTPUT_SUFFIXES

GRAPH = Path(__file__).parent / "data" / "carneades" / "assumptions.yml"


def help_of(command: str) -> str:
    os.environ.setdefault("COLUMNS", "200")
    parser = build_parser([command])
    sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    return " ".join(sub.format_help().split())


@pytest.fixture
def tea(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_starter_map(str(tmp_path / "tea"))


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("argmap: error: "), err
    return err


# --- help from the registries --------------------------------------------------------------


def test_names_the_cli_lists_are_the_engines() -> None:
    from argmap.cli import _names
    from argmap.semantics.evaluate import ALL_SEMANTICS, DUNG_SEMANTICS
    from argmap.semantics.gradual import GRADUAL_SEMANTICS
    from argmap.semantics.translate import SupportMode

    assert _names.ALL_SEMANTICS == ALL_SEMANTICS
    assert _names.DUNG_SEMANTICS == DUNG_SEMANTICS
    assert _names.GRADUAL_SEMANTICS == GRADUAL_SEMANTICS
    assert tuple(m.value for m in SupportMode) == _names.SUPPORT_MODES


def test_render_help_lists_every_output_format_and_suffix() -> None:
    text = help_of("render")
    assert "{" + ",".join(OUTPUT_FORMATS) + "}" in text
    assert ", ".join(OUTPUT_SUFFIXES) in text
    assert ".html" in OUTPUT_SUFFIXES


def test_evaluate_help_lists_every_semantics_and_only_real_json_members() -> None:
    from argmap.semantics.evaluate import ALL_SEMANTICS

    text = help_of("evaluate")
    assert ", ".join(ALL_SEMANTICS) in text
    assert "carneades" in text
    assert ", ".join(MAP_JSON_MEMBERS) in text
    assert ", ".join(GRAPH_JSON_MEMBERS) in text


def test_map_json_has_exactly_the_members_help_lists(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(tea), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == set(MAP_JSON_MEMBERS)
    assert main(["evaluate", str(tea), "--json", "--semantics", "df-quad"]) == 0
    document = json.loads(capsys.readouterr().out)
    # labels come from a semantics that gives statuses: a gradual one alone gives none
    assert set(document) == set(MAP_JSON_MEMBERS) - {"labels", "labels_semantics"}


def test_graph_json_has_exactly_the_members_help_lists(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(GRAPH), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == set(GRAPH_JSON_MEMBERS)


# --- global flags anywhere, did you mean ---------------------------------------------------


def test_debug_after_the_command_shows_the_traceback(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "nope.py"]) == 1
    one_error(capsys)
    with pytest.raises(FileNotFoundError):
        main(["check", "nope.py", "--debug"])


def test_version_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["render", "--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out.startswith("argmap ")


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["rendr", "x.py"], "did you mean 'render'?"),
        (["convert", "x.py", "-o", "-", "--to", "jsn"], "did you mean 'json'?"),
        (["render", "x.py", "-f", "svgg"], "did you mean 'svg'?"),
        (["evaluate", "x.py", "--semantics", "groundd"], "did you mean 'grounded'?"),
    ],
)
def test_usage_errors_suggest_the_near_name(
    argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 2
    assert hint in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["render", "{tea}", "--focus", "goood"], "did you mean 'good'?"),
        (["render", "{tea}", "-o", "x.svgz"], "did you mean '.svg'?"),
        (["render", "{tea}", "--evaluate", "grounded", "--strengths", "eulr"], "'euler'"),
        (["render", "{tea}", "--evaluate", "groundd"], "did you mean 'grounded'?"),
        (["evaluate", "{tea}", "--assume", "rich_"], "did you mean 'rich'?"),
        (["evaluate", "{tea}", "--standard-for", "godo=BRD"], "did you mean 'good'?"),
        (["evaluate", "{tea}", "--challenge", "harn"], "did you mean 'harm'?"),
        (["evaluate", str(GRAPH), "--challenge", "knwn"], "did you mean 'known'?"),
        (["explain", "{tea}", "goo"], "did you mean 'good'?"),
        (["whatif", "{tea}", "good", "--kinds", "anwser"], "did you mean 'answer'?"),
        (["solve", "-p", "SE-GRR", "-f", "{tea}"], "did you mean 'SE-GR'"),
        (["solve", "-p", "SE-GR", "-f", "{tea}", "-fo", "apxx"], "did you mean 'apx'?"),
        (["convert", "{tea}", "-o", "tea.jsn"], "did you mean '.json'"),
    ],
)
def test_bad_values_get_one_line_with_the_likely_fix(
    argv: list[str], hint: str, tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([a.replace("{tea}", str(tea)) for a in argv]) == 1
    assert hint in one_error(capsys)


def test_a_scheme_typo_in_a_map_gets_a_did_you_mean(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tea.write_text(tea.read_text().replace('"verbal_classification"', '"verbal_clasification"'))
    assert main(["check", str(tea)]) == 0  # an unknown scheme is a warning
    assert "did you mean 'verbal_classification'?" in capsys.readouterr().out


# --- no silent options: refusals name the option and why -----------------------------------


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["evaluate", "{tea}", "--check"], "--check compares a Carneades graph"),
        (["evaluate", str(GRAPH), "--support", "deductive"], "--support applies to maps"),
        (["evaluate", str(GRAPH), "--semantics", "grounded"], "applies to none of the inputs"),
        (["render", "{tea}", "--depth", "2"], "--depth 2 applies with --focus"),
        (["render", "{tea}", "--assume", "good"], "--assume applies with --evaluate"),
        (["render", "{tea}", "-f", "dot", "--dot", "dot"], "DOT output"),
        (["solve", "--problems", "-f", "x.af"], "--problems lists and exits"),
        (["solve", "-p", "EE-GR", "-f", "x.af", "-a", "1"], "EE-GR takes no query argument"),
    ],
)
def test_options_that_would_do_nothing_are_refused(
    argv: list[str], needle: str, tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([a.replace("{tea}", str(tea)) for a in argv]) == 1
    assert needle in one_error(capsys)


def test_challenge_acts_on_a_map(tea: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tea), "--semantics", "grounded", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert (
        main(["evaluate", str(tea), "--semantics", "grounded", "--json", "--challenge", "funded"])
        == 0
    )
    after = json.loads(capsys.readouterr().out)
    assert before["labels"]["funded"] == "in"  # unargued, taken for granted ...
    assert after["labels"]["funded"] == "out"  # ... until challenged: nothing supports it
    assert after["challenged"] == ["funded"]


# --- several maps ----------------------------------------------------------------------------


def test_check_takes_several_maps_and_reports_each(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_starter_map(str(tea.parent / "other"))
    broken = tea.parent / "broken.py"
    broken.write_text("MAP = 42\n")
    assert main(["check", str(tea), str(broken), str(other)]) == 1
    out, err = capsys.readouterr()
    assert f"{tea}: ok" in out
    assert f"{other}: ok" in out
    assert "MAP is an int, expected an argmap.ArgumentMap" in err
    assert "checked 3 maps: 2 ok, 1 failed" in err
    assert main(["check", str(tea), str(other)]) == 0
    assert "checked 2 maps: 2 ok, 0 failed" in capsys.readouterr().out


def test_check_runs_over_every_module_in_maps(capsys: pytest.CaptureFixture[str]) -> None:
    # `argmap check maps/*.py` is how a project checks its maps in CI: maps/ holds map
    # modules only (the case study's scenario script lives beside its page in docs/).
    modules = sorted(str(p) for p in (Path(__file__).parents[1] / "maps").glob("*.py"))
    assert modules
    assert main(["check", *modules]) == 0
    out = capsys.readouterr().out
    for module in modules:
        assert f"{module}: ok" in out


def test_render_several_maps_into_a_directory(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_starter_map(str(tea.parent / "other"))
    assert main(["render", str(tea), str(other), "-o", "out", "-f", "dot"]) == 0
    assert sorted(p.name for p in Path("out").iterdir()) == ["other.dot", "tea.dot"]
    assert "rendered 2 of 2 maps" in capsys.readouterr().out
    assert main(["render", str(tea), str(other), "-f", "dot"]) == 0  # default: build/
    assert sorted(p.name for p in Path("build").iterdir()) == ["other.dot", "tea.dot"]


@pytest.mark.parametrize(
    ("output", "needle"),
    [
        ("-", "-o - writes one map to standard output, got 2 maps"),
        ("out.svg", "several maps need a directory"),
    ],
)
def test_render_several_maps_refuses_a_single_output(
    output: str, needle: str, tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_starter_map(str(tea.parent / "other"))
    assert main(["render", str(tea), str(other), "-o", output]) == 1
    assert needle in one_error(capsys)
    assert not Path("out.svg").exists()


def test_render_refuses_two_maps_with_one_name_before_writing(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tea.parent / "sub").mkdir()
    twin = write_starter_map(str(tea.parent / "sub" / "tea"))
    assert main(["render", str(tea), str(twin), "-o", "out", "-f", "dot"]) == 1
    assert "would both be written to" in one_error(capsys)
    assert not Path("out").exists()


def test_render_into_an_existing_directory(tea: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("pictures").mkdir()
    assert main(["render", str(tea), "-o", "pictures"]) == 0
    assert Path("pictures/tea.svg").read_bytes().startswith(b"<?xml")


def test_render_to_a_name_without_suffix_says_so(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(tea), "-o", "picture"]) == 1
    err = one_error(capsys)
    assert "it has no suffix" in err
    assert "(none)" not in err
    assert ".html" in err


def test_evaluate_several_inputs_in_one_json_array(
    tea: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["evaluate", str(tea), str(GRAPH), "--json", "--semantics", "grounded,carneades"]) == 0
    )
    documents = json.loads(capsys.readouterr().out)
    assert [d["kind"] for d in documents] == ["map", "carneades-graph"]
    assert set(documents[0]["semantics"]) == {"grounded", "carneades"}
    assert documents[1]["semantics"] == "carneades"


def test_evaluate_reads_with_from(tea: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from argmap.formats import argdown

    data = Path("tea.txt")
    data.write_text(argdown.dumps(load_map(tea)), encoding="utf-8")
    assert main(["evaluate", str(data)]) == 1
    assert "--from" in one_error(capsys)
    assert main(["evaluate", str(data), "--from", "argdown", "--semantics", "grounded"]) == 0
    assert "good" in capsys.readouterr().out


# --- map modules, renderer, Python API ------------------------------------------------------


def test_map_that_is_a_builder_says_to_call_build(tmp_path: Path) -> None:
    path = tmp_path / "forgot.py"
    path.write_text("import argmap\nb = argmap.MapBuilder('x')\nb.claim('c', 'C.')\nMAP = b\n")
    with pytest.raises(NoMapDefinedError, match=r"MAP is a MapBuilder.*call \.build\(\)"):
        load_map(path)


@pytest.mark.parametrize(
    ("value", "said"), [("42", "an int"), ("'x'", "a str"), ("None", "None"), ("[]", "a list")]
)
def test_map_of_the_wrong_type_is_named_with_its_article(
    tmp_path: Path, value: str, said: str
) -> None:
    path = tmp_path / "wrong.py"
    path.write_text(f"MAP = {value}\n")
    with pytest.raises(NoMapDefinedError, match=f"MAP is {said}, expected an argmap.ArgumentMap"):
        load_map(path)


def test_argmap_dot_naming_no_program_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from argmap.render import find_renderer

    monkeypatch.setenv("ARGMAP_DOT", "dot-that-is-not-installed")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RendererNotFound) as error:
        find_renderer()
    message = str(error.value)
    assert message.startswith("ARGMAP_DOT names 'dot-that-is-not-installed', which was not found")
    assert "is Graphviz installed?" in message
    assert "unset ARGMAP_DOT" in message
    assert "ARGMAP_DOT= " not in message


def test_python_render_writes_html_as_the_cli_does(tea: Path) -> None:
    from argmap.render import render, render_bytes

    m = load_map(tea)
    page = render(m, tea.parent / "tea.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert render_bytes(m, format="html").startswith(b"<!DOCTYPE html>")
    with pytest.raises(UnknownFormatError, match="expected one of svg, png, pdf, dot, html"):
        render_bytes(m, format="gif")


def test_annotations_from_names_what_was_not_evaluated(tea: Path) -> None:
    from argmap.render._evaluation import annotations_from
    from argmap.semantics.evaluate import evaluate

    m = load_map(tea)
    both = evaluate(m, semantics=["grounded", "df-quad"])
    assert annotations_from(both, "grounded", strengths="df-quad")["good"].strength is not None
    with pytest.raises(
        EvaluationError, match=r"needs 'df-quad' evaluated.*\['grounded', 'df-quad'\]"
    ):
        annotations_from(evaluate(m, semantics="grounded"), "grounded", strengths="df-quad")


# --- watch ----------------------------------------------------------------------------------


def test_watch_refuses_a_missing_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", str(tmp_path / "nope.py"), "--port", "0"]) == 1
    assert "nope.py: map file does not exist" in one_error(capsys)


def test_watch_reports_each_rerender_and_error_in_the_terminal(tea: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "argmap", "watch", str(tea), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        assert "serving a live preview" in process.stdout.readline()
        assert process.stdout.readline().startswith(f"rendered {tea}")
        good = tea.read_text()
        time.sleep(0.1)
        tea.write_text(good + "x = (\n")
        error = process.stderr.readline()
        assert "argmap: error:" in error
        assert "was never closed" in error
        time.sleep(0.1)
        tea.write_text(good)
        assert process.stdout.readline().rstrip().endswith(f"re-rendered {tea}")
    finally:
        process.terminate()
        process.wait(timeout=30)

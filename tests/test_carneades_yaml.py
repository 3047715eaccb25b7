"""Carneades 4 YAML import: what is read, and how bad input is reported."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import argmap.cli
from argmap.errors import ArgmapError, FormatError
from argmap.formats.carneades_yaml import load_graph, loads_graph
from argmap.semantics.carneades import (
    BeyondReasonableDoubt,
    ClearAndConvincing,
    Constant,
    Cumulative,
    Linked,
    Premise,
    PremiseKind,
    Preponderance,
    evaluate_carneades,
)
from argmap.semantics.status import Status

GOOD = """
meta: {title: Example}
statements:
  p: P
  q: {text: Q, assumed: true}
  r: {text: R}
  u: U
issues:
  i1: {positions: [p, r], standard: BRD}
arguments:
  a1:
    conclusion: p
    premises: {major: q}
    undercutter: u
    scheme: cumulative
  a2: {conclusion: r}
tests:
  in: [q]
  out: [u]
"""


def test_reads_statements_issues_arguments_and_tests() -> None:
    doc = loads_graph(GOOD)
    graph = doc.graph
    assert graph.title == "Example"
    assert graph.statement_ids == ("p", "q", "r", "u")
    assert graph.statement("q").text == "Q"
    assert graph.assumptions == ("q",)
    (issue,) = graph.issues
    assert issue.positions == ("p", "r")
    assert issue.standard == BeyondReasonableDoubt.carneades4()
    a1, a2 = graph.arguments
    assert a1.premises == (Premise("q", role="major"),)
    assert a1.undercutter == "u"
    assert a1.weighing == Cumulative()
    assert a2.weighing == Linked()
    assert dict(doc.expected) == {"q": Status.IN, "u": Status.OUT}
    assert doc.meta["title"] == "Example"


def test_schemes_weights_and_extensions() -> None:
    doc = loads_graph(
        """
statements: {c: C, p: P, e: E, s: S, d: D}
weighing_functions: {half: {constant: 0.5}}
argument_schemes:
  w: {weight: half, exceptions: [e], assumptions: {CQ2: s}}
issues:
  i1: {positions: [c], standard: {name: CCE, alpha: 0.4, beta: 0.1}}
  i2: {positions: [d], standard: se}
arguments:
  a1: {conclusion: c, premises: [p], scheme: w}
  a2: {conclusion: d, premises: [p], weight: 0.25}
"""
    )
    a1, a2 = doc.graph.arguments
    assert a1.weighing == Constant(0.5)
    assert a1.exceptions == ("e",)
    assert a1.premises[1] == Premise("s", kind=PremiseKind.ASSUMPTION)
    assert a1.scheme == "w"
    assert a2.weighing == Constant(0.25)
    assert doc.graph.issues[0].standard == ClearAndConvincing(alpha=0.4, beta=0.1)
    assert doc.graph.issues[1].standard.abbreviation == "SE"


def test_term_spellings_are_normalised_like_carneades() -> None:
    doc = loads_graph(
        """
statements:
  price(volvo,high): P
  buy(volvo): B
arguments:
  a1:
    conclusion: buy( volvo )
    premises:
      - price(volvo, high)
assumptions:
  - price(volvo,  high)
tests:
  in:
    - buy(volvo)
"""
    )
    (argument,) = doc.graph.arguments
    assert argument.conclusion == "buy(volvo)"
    assert argument.premises[0].statement == "price(volvo,high)"
    assert doc.graph.assumptions == ("price(volvo,high)",)
    with pytest.raises(FormatError, match="listed twice"):
        loads_graph("statements: {f(a): A}\nissues: {i: {positions: [f(a), f( a )]}}")


def test_empty_file_and_older_labels_key() -> None:
    assert loads_graph("").graph.statements == ()
    doc = loads_graph("statements: {p: P}\nlabels: {out: [p]}\n")
    assert dict(doc.expected) == {"p": Status.OUT}


def test_yaml_one_one_booleans_and_dates_stay_ids() -> None:
    doc = loads_graph(
        "statements: {no: No, yes: Yes, 2001-01-01: A date}\n"
        "issues: {i: {positions: [yes, no]}}\n"
        "arguments: {a: {conclusion: yes, premises: [2001-01-01]}}\n"
        "assumptions: [2001-01-01]\n"
    )
    assert doc.graph.statement_ids == ("no", "yes", "2001-01-01")
    assert doc.graph.issues[0].standard == Preponderance()


@pytest.mark.parametrize(
    ("text", "location", "words"),
    [
        ("statements: [p, q]", "statements", "expected a mapping"),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, premises: [q]}}",
            "arguments/a1/premises/0",
            "'q' is not a declared statement",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, premises: {major: q}}}",
            "arguments/a1/premises/major",
            "'q'",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, premises: 3}}",
            "arguments/a1/premises",
            "expected a list",
        ),
        (
            "statements: {p: P}\narguments: {a1: {premises: [p]}}",
            "arguments/a1",
            "needs a 'conclusion'",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, undercutter: x}}",
            "arguments/a1/undercutter",
            "'x'",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, colour: red}}",
            "arguments/a1",
            "unknown key 'colour'",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, scheme: nope}}",
            "arguments/a1/scheme",
            "unknown scheme 'nope'",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, weight: 1.5}}",
            "arguments/a1/weight",
            "between 0 and 1",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, weight: {criteria: {hard: [x]}}}}",
            "arguments/a1/weight/criteria",
            "not supported",
        ),
        ("statements: {p: P}\nissues: {i1: {positions: [p, z]}}", "issues/i1/positions/1", "'z'"),
        (
            "statements: {p: P}\nissues: {i1: {positions: [p], standard: XYZ}}",
            "issues/i1/standard",
            "unknown proof standard 'XYZ'",
        ),
        (
            "statements: {p: P}\nissues: {i1: {positions: []}}",
            "issues/i1/positions",
            "at least one position",
        ),
        (
            "statements: {p: P}\nissues: {i1: {positions: [p]}, i2: {positions: [p]}}",
            "issues/i2/positions/0",
            "already a position",
        ),
        ("statements: {p: P}\nassumptions: [p, w]", "assumptions/1", "'w'"),
        ("statements: {p: {text: P, assumed: maybe}}", "statements/p/assumed", "true or false"),
        ("statements: {p: [1, 2]}", "statements/p", "expected the statement's text"),
        ("statements: {true: P}", "statements/True", "quote ids"),
        ("statements: {p: P}\ntests: {in: [p], out: [p]}", "tests/out/0", "both in and out"),
        ("statements: {p: P}\ntests: {maybe: [p]}", "tests", "unknown key 'maybe'"),
        ("statements: {p: P}\nsurprise: 1", "surprise", "unknown top-level key"),
        ("- just\n- a list", "/", "expected a mapping at the top level"),
        (
            "argument_schemes:\n  - id: mp\n    variables: [A]\n    premises: [A]\n    conclusions: [b]",
            "argument_schemes/0/variables",
            "not supported",
        ),
        (
            "statements: {'buy(a)': A, 'buy(b)': B}\nissue_schemes: {s: ['buy(a)', ..., 'buy(b)']}",
            "issue_schemes/s/1",
            "does not run",
        ),
        ("issue_schemes: {s: []}", "issue_schemes/s", "a list of statement patterns"),
        ("issue_schemes: {s: [1]}", "issue_schemes/s/0", "a statement pattern"),
        (
            "statements: {p: P, q: Q}\nissues: {i: {positions: [p]}}\nissue_schemes: {s: [p, q]}",
            "issue_schemes/s",
            "a statement can be at issue only once",
        ),
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, parameters: [x]}}",
            "arguments/a1/parameters",
            "not supported",
        ),
    ],
)
def test_bad_structure_names_the_location(text: str, location: str, words: str) -> None:
    with pytest.raises(FormatError) as caught:
        loads_graph(text, source="g.yml")
    assert caught.value.location == f"g.yml: {location}"
    assert words in str(caught.value)


def test_unsupported_inference_is_explained() -> None:
    with pytest.raises(FormatError, match="does not run"):
        loads_graph("argument_schemes: [{id: s, conclusions: [x]}]")


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(FormatError) as caught:
        loads_graph("statements:\n  p: P\n  q: [unclosed\n", source="g.yml")
    assert caught.value.location is not None
    assert caught.value.location.startswith("g.yml:")
    assert "not valid YAML" in str(caught.value)


def test_aliases_are_refused() -> None:
    with pytest.raises(FormatError, match="aliases"):
        loads_graph("statements: {p: &x P, q: *x}")


def test_python_tags_are_refused() -> None:
    with pytest.raises(FormatError, match="not valid YAML"):
        loads_graph("statements: !!python/object:os.system {}")


def test_oversized_and_undecodable_files(tmp_path: Path) -> None:
    big = tmp_path / "big.yml"
    big.write_text("statements:\n" + "".join(f"  s{i}: S\n" for i in range(200)), encoding="utf-8")
    with pytest.raises(FormatError, match="larger than the limit of 100 bytes"):
        load_graph(big, max_bytes=100)
    assert len(load_graph(big).graph.statements) == 200
    binary = tmp_path / "binary.yml"
    binary.write_bytes(b"statements: {p: \xff}")
    with pytest.raises(FormatError, match="not UTF-8"):
        load_graph(binary)
    with pytest.raises(FormatError, match="no such file"):
        load_graph(tmp_path / "missing.yml")
    with pytest.raises(FormatError, match="not a regular file"):
        load_graph(tmp_path)


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        doc = loads_graph(text)
    except ArgmapError:
        return
    assert all(s.id == s.id.strip() for s in doc.graph.statements)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_arbitrary_structures_never_crash(section: object) -> None:
    for key in ("statements", "issues", "arguments", "assumptions", "tests", "argument_schemes"):
        text = json.dumps({"statements": {"p": "P"}, key: section})
        with contextlib.suppress(ArgmapError):
            loads_graph(text)


# --- the CLI ----------------------------------------------------------------------------


def run_cli(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(argmap.cli, "COMMAND_MODULES", ("argmap.cli._evaluate",))
    status = argmap.cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write(tmp_path: Path, text: str, name: str = "g.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_json_is_deterministic_and_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = write(tmp_path, GOOD)
    first = run_cli(
        ["evaluate", str(graph), "--semantics", "carneades", "--json"], capsys, monkeypatch
    )
    second = run_cli(["evaluate", str(graph), "--json"], capsys, monkeypatch)
    assert first == second
    status, out, err = first
    assert status == 0
    assert err == ""
    payload = json.loads(out)
    assert payload["semantics"] == "carneades"
    assert payload["kind"] == "carneades-graph"
    # p and r both have an argument of weight 1: a tie, which meets no standard.
    assert payload["labels"] == {"p": "out", "q": "in", "r": "out", "u": "out"}
    assert payload["issues"]["i1"]["standard"] == "BRD"
    assert payload["arguments"]["a1"]["weight"] == 1.0
    assert payload["tests"]["passed"] is True


def test_cli_table_and_audience_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = write(
        tmp_path,
        "statements: {p: P, q: Q}\narguments: {a1: {conclusion: p, premises: [q]}}\nassumptions: [q]\n",
    )
    status, out, _ = run_cli(["evaluate", str(graph)], capsys, monkeypatch)
    assert status == 0
    assert "p          in" in out
    status, out, _ = run_cli(
        ["evaluate", str(graph), "--challenge", "q", "--json"], capsys, monkeypatch
    )
    assert json.loads(out)["labels"] == {"p": "out", "q": "out"}
    status, out, _ = run_cli(
        ["evaluate", str(graph), "--challenge", "q", "--assume", "p", "--json"], capsys, monkeypatch
    )
    assert json.loads(out)["labels"] == {"p": "in", "q": "out"}


@pytest.mark.parametrize(
    ("text", "extra", "words"),
    [
        (
            "statements: {p: P}\narguments: {a1: {conclusion: p, premises: [q]}}",
            [],
            "arguments/a1/premises/0",
        ),
        ("statements: [", [], "not valid YAML"),
        ("statements: {p: P}", ["--challenge", "zz"], "'zz'"),
    ],
)
def test_cli_bad_input_is_one_line_exit_1(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    extra: list[str],
    words: str,
) -> None:
    graph = write(tmp_path, text)
    status, out, err = run_cli(["evaluate", str(graph), "--json", *extra], capsys, monkeypatch)
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("argmap: error: ")
    assert words in err


def test_cli_rejects_unknown_input_kinds_and_semantics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = run_cli(["evaluate", str(write(tmp_path, "x", "g.txt"))], capsys, monkeypatch)
    assert status == 1
    assert "unknown input kind '.txt'" in err
    with pytest.raises(SystemExit) as caught:
        run_cli(
            ["evaluate", str(write(tmp_path, "{}")), "--semantics", "bogus"], capsys, monkeypatch
        )
    assert caught.value.code == 2
    assert "unknown semantics 'bogus'" in capsys.readouterr().err
    status, _, err = run_cli(["evaluate", str(tmp_path / "missing.yml")], capsys, monkeypatch)
    assert status == 1
    assert "no such file" in err


def test_cli_end_to_end_in_a_subprocess(tmp_path: Path) -> None:
    import subprocess
    import sys

    graph = write(tmp_path, GOOD)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "argmap",
            "evaluate",
            str(graph),
            "--semantics",
            "carneades",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["labels"] == {"p": "out", "q": "in", "r": "out", "u": "out"}
    bad = write(tmp_path, "statements: {p: P}\nissues: {i: {positions: [p, x]}}", "bad.yml")
    done = subprocess.run(
        [sys.executable, "-m", "argmap", "evaluate", str(bad), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"argmap: error: {bad}: issues/i/positions/1: 'x' is not a declared statement"
    ]


def test_issue_schemes_group_statements_by_plain_patterns() -> None:
    doc = loads_graph(
        """
statements: {p: P, "¬p": not P, q: Q, "¬q": not Q, r: R, "¬s": not S}
issue_schemes:
  negation: ["¬Q", "Q"]
  pair: {positions: [r, "¬s"], standard: BRD}
arguments:
  a1: {conclusion: p, weight: 0.7}
  a2: {conclusion: "¬p", weight: 0.4}
tests: {in: [p], out: ["¬p"]}
"""
    )
    issues = {i.id: (i.positions, i.standard.abbreviation) for i in doc.graph.issues}
    assert issues == {
        "negation(Q=p)": (("¬p", "p"), "PE"),
        "negation(Q=q)": (("¬q", "q"), "PE"),
        "pair()": (("r", "¬s"), "BRD"),
    }
    result = evaluate_carneades(doc.graph)
    assert {s: result.labels[s] for s in doc.expected} == dict(doc.expected)


def test_issue_scheme_variables_bind_consistently() -> None:
    doc = loads_graph(
        """
statements:
  "likes(a,b)": x
  "likes(b,a)": y
  "likes(a,a)": z
  "hates(a,b)": w
  "hates(b,b)": v
issue_schemes:
  feud: ["likes(X,Y)", "hates(X,Y)"]
  vanity: ["likes(X,X)"]
"""
    )
    assert [(i.id, i.positions) for i in doc.graph.issues] == [
        ("feud(X=a, Y=b)", ("likes(a,b)", "hates(a,b)")),
        ("vanity(X=a)", ("likes(a,a)",)),
    ]

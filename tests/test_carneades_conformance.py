"""Conformance: every Carneades graph with a ``tests`` block gets exactly its expected labels.

Two collections: the Carneades 4 reference examples in ``../shared/reference/carneades``
(read in place, never copied; skipped only when the folder is absent) and argmap's own
cases in ``tests/data/carneades``, whose expected labels were derived by hand (each file
explains its derivation in a comment). Each graph is checked through the Python API and
through ``argmap evaluate --semantics carneades --json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REFERENCE

import argmap.cli
from argmap.formats.carneades_yaml import load_graph
from argmap.semantics.carneades import evaluate_carneades
from argmap.semantics.status import Status

OWN = Path(__file__).parent / "data" / "carneades"
REFERENCE_NAMES = sorted(p.name for p in (REFERENCE / "carneades").glob("*.yml"))
OWN_NAMES = sorted(p.name for p in OWN.glob("*.yml"))


@pytest.fixture
def carneades_reference(reference_dir: Path) -> Path:
    folder = reference_dir / "carneades"
    if not folder.is_dir():
        pytest.skip(f"no Carneades examples in {reference_dir}")
    return folder


def run_cli(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    # Only this command is registered, so the test does not depend on other commands'
    # modules being present in this checkout.
    monkeypatch.setattr(argmap.cli, "COMMAND_MODULES", ("argmap.cli._evaluate",))
    status = argmap.cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def check_api(path: Path) -> None:
    document = load_graph(path)
    assert document.expected, f"{path.name} has no expected labels"
    result = evaluate_carneades(document.graph)
    assert set(result.labels) == set(document.graph.statement_ids)
    actual = {s: result.labels[s] for s in document.expected}
    assert actual == dict(document.expected)


def check_cli(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = load_graph(path)
    status, out, err = run_cli(
        ["evaluate", str(path), "--semantics", "carneades", "--json", "--check"],
        capsys,
        monkeypatch,
    )
    assert status == 0, err
    payload = json.loads(out)
    labels = payload["labels"]
    assert list(labels) == sorted(labels)
    assert set(labels) == set(document.graph.statement_ids)
    assert set(labels.values()) <= {"in", "out", "undecided"}
    for statement, label in document.expected.items():
        assert labels[statement] == label.value, statement
    assert payload["tests"] == {"passed": True, "mismatches": {}}


@pytest.mark.parametrize("name", REFERENCE_NAMES or ["(reference folder absent)"])
def test_reference_example_api(name: str, carneades_reference: Path) -> None:
    check_api(carneades_reference / name)


@pytest.mark.parametrize("name", REFERENCE_NAMES or ["(reference folder absent)"])
def test_reference_example_cli(
    name: str,
    carneades_reference: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_cli(carneades_reference / name, capsys, monkeypatch)


def test_reference_folder_has_the_known_examples(carneades_reference: Path) -> None:
    names = {p.name for p in carneades_reference.glob("*.yml")}
    assert {"tweety.yml", "toulmin.yml", "jogging.yml", "unreliable-witness.yml"} <= names


@pytest.mark.parametrize("name", OWN_NAMES)
def test_own_case_api(name: str) -> None:
    check_api(OWN / name)


@pytest.mark.parametrize("name", OWN_NAMES)
def test_own_case_cli(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_cli(OWN / name, capsys, monkeypatch)


def test_own_cases_are_at_least_eight_and_cover_every_label() -> None:
    assert len(OWN_NAMES) >= 8
    seen = {label for name in OWN_NAMES for label in load_graph(OWN / name).expected.values()}
    assert seen == {Status.IN, Status.OUT, Status.UNDECIDED}  # Carneades is never credulous


def test_check_flag_fails_on_a_wrong_expectation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = tmp_path / "wrong.yml"
    graph.write_text("statements: {p: P}\ntests: {in: [p]}\n", encoding="utf-8")
    status, out, _ = run_cli(["evaluate", str(graph), "--json", "--check"], capsys, monkeypatch)
    assert status == 1
    assert json.loads(out)["tests"]["mismatches"] == {"p": {"expected": "in", "actual": "out"}}

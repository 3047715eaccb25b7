"""Conformance: the reference frameworks in ../shared/reference/iccma/ and their published
solutions (ICCMA'15 format ``[[a1,a2],[...]]``), through the library and through the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.formats.iccma import read_framework
from argmap.semantics import dung


def _solutions(reference_dir: Path) -> list[Path]:
    found = sorted((reference_dir / "iccma").glob("*.E[ES]-*"))
    assert found, "the reference folder holds no solution files"
    return found


def _parse_extensions(text: str) -> set[frozenset[str]]:
    inner = text.strip()
    assert inner.startswith("["), inner
    assert inner.endswith("]"), inner
    return {
        frozenset(part for part in group.split(",") if part)
        for group in re.findall(r"\[([^\[\]]*)\]", inner[1:-1])
    }


def test_every_published_solution_is_reproduced(reference_dir: Path) -> None:
    checked = 0
    for solution in _solutions(reference_dir):
        stem, problem = solution.name.split(".", 1)
        _task, semantics = problem.split("-")
        af = read_framework(solution.with_name(f"{stem}.tgf"))
        expected = _parse_extensions(solution.read_text())
        assert set(dung.extensions(af, semantics)) == expected, solution.name
        assert dung.count_extensions(af, semantics) == len(expected)
        checked += 1
    assert checked >= 4


def test_the_cli_reproduces_the_published_solutions(
    reference_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for solution in _solutions(reference_dir):
        stem, problem = solution.name.split(".", 1)
        framework = solution.with_name(f"{stem}.tgf")
        assert main(["solve", "-p", problem, "-f", str(framework)]) == 0
        lines = capsys.readouterr().out.splitlines()
        found = {frozenset(line.split()[1:]) for line in lines}
        assert all(line == "w" or line.startswith("w ") for line in lines)
        assert found == _parse_extensions(solution.read_text())
        assert len(lines) == len(found)

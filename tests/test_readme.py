"""The README's promises: its example runs, its two commands exist and CI calls the test one."""

from __future__ import annotations

import re
from pathlib import Path

import argmap

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_readme_example_builds_a_map() -> None:
    blocks = python_blocks(README)
    assert blocks, "the README should show how to write a map"
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    m = namespace["MAP"]
    assert isinstance(m, argmap.ArgumentMap)
    assert {o.kind.value for o in m.objections} == {"rebut", "challenge"}
    assert argmap.check_map(m) == ()


def test_quick_start_commands_are_make_targets() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(make \w+)", quick_start, flags=re.MULTILINE)
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for command in commands:
        assert re.search(rf"^{command.split()[1]}:", makefile, flags=re.MULTILINE)


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.MULTILINE)


def test_readme_picture_is_the_whole_zinoviev_map() -> None:
    import xml.etree.ElementTree as ET

    from argmap.render import node_id

    picture = re.search(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert picture is not None
    svg = ROOT / picture.group(1)
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ids = {element.get("id") for element in root.iter()}
    m = argmap.load_map(ROOT / "maps" / "zinoviev.py")
    drawn = [e.key for e in (*m.claims, *m.evidence, *m.arguments)]
    assert [key for key in drawn if node_id(key) not in ids] == []

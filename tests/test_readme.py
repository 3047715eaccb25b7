"""The README's promises: its example runs, its two commands exist and CI calls the test one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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


COLUMN_PX = 1000
"""The width of a page column the README picture must be legible in."""


def _picture() -> Path:
    picture = re.search(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert picture is not None
    return ROOT / picture.group(1)


def test_readme_picture_is_the_balanced_zinoviev_overview() -> None:
    """Both theses, every argument for each, the conflict between them in both directions,
    and the editor's two challenges on their true targets, with Cook's answer."""
    import xml.etree.ElementTree as ET

    from argmap.render import edge_id, node_id

    root = ET.parse(_picture()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ids = {element.get("id") for element in root.iter()}
    m = argmap.load_map(ROOT / "maps" / "zinoviev.py")
    theses = ("cook.forgery", "editor.authenticity_possible")
    expected = [node_id(thesis) for thesis in theses]
    for thesis in theses:
        arguments = m.arguments_for(thesis)
        assert len(arguments) >= 2, thesis
        expected += [node_id(a.key) for a in arguments]
        expected += [edge_id(a.key, thesis) for a in arguments]
        expected += [f"edge:{o.key}" for o in m.objections_to(thesis) if o.attacker in theses]
    # The brackets: "what evidence?" raises CQ6 of Cook's main argument, which Cook's
    # pointer to the report answers; "a foregone conclusion" challenges the finding itself.
    backup = m.get("obj.editor.backup_evidence", argmap.Objection)
    foregone = m.get("obj.editor.foregone_conclusion", argmap.Objection)
    assert backup.target == "arg.cook.expert_report"
    assert foregone.target == "cook.forgery"
    assert foregone.attacker is not None
    expected += [node_id(backup.key), f"edge:{backup.key}", f"edge:{foregone.key}"]
    expected += [node_id(foregone.attacker)]
    (answer,) = [a for a in m.get(backup.target, argmap.Argument).answers if a.question == "CQ6"]
    assert answer.by is not None
    expected += [node_id(answer.by)]
    assert [i for i in expected if i not in ids] == []


def _px_per_unit(root: ET.Element) -> float:
    """How many pixels one SVG user unit takes when the picture fills a 1,000-px column
    (or its natural width, if narrower)."""
    width = root.get("width", "")
    number = float(re.sub(r"[a-z]+$", "", width))
    natural_px = number * {"pt": 4 / 3, "px": 1.0, "": 1.0}[re.sub(r"^[\d.]+", "", width)]
    view_box = [float(v) for v in root.get("viewBox", "").split()]
    scale = min(1.0, COLUMN_PX / natural_px)
    units = natural_px / view_box[2]
    group = root.find("{http://www.w3.org/2000/svg}g")
    assert group is not None
    transform = re.search(r"scale\(([\d.]+)", group.get("transform", ""))
    inner = float(transform.group(1)) if transform else 1.0
    return units * scale * inner


def test_readme_picture_is_one_page_legible_in_a_1000px_column() -> None:
    import xml.etree.ElementTree as ET

    svg = "{http://www.w3.org/2000/svg}"
    root = ET.parse(_picture()).getroot()
    factor = _px_per_unit(root)
    view_box = [float(v) for v in root.get("viewBox", "").split()]
    width_px, height_px = view_box[2] * factor, view_box[3] * factor
    # One page: it fills the column at most a little shrunk, and is no taller than a page.
    assert width_px <= COLUMN_PX
    assert factor >= 0.7, f"shrunk to {factor:.2f} of its size in a {COLUMN_PX}-px column"
    assert height_px <= 1.5 * width_px
    sizes = []
    for group in root.iter(f"{svg}g"):
        classes = group.get("class", "").split()
        if classes[:1] != ["node"] or "claim" not in classes:
            continue
        # A claim's body text: its statement, the largest type in the node.
        node_sizes = [float(t.get("font-size", "0")) for t in group.iter(f"{svg}text")]
        sizes.append(max(node_sizes))
    assert len(sizes) >= 8
    smallest_px = min(sizes) * factor
    # Body text of a page read at arm's length: 12 px and more.
    assert smallest_px >= 12.0, f"body text is {smallest_px:.2f} px at {COLUMN_PX} px wide"


def test_readme_links_the_full_map_and_the_interactive_page() -> None:
    links = {target: text for text, target in re.findall(r"(?<!!)\[([^\]]+)\]\(([^)]+)\)", README)}
    assert "docs/images/zinoviev-full.svg" in links
    assert "docs/images/zinoviev.html" in links
    for target in ("docs/images/zinoviev-full.svg", "docs/images/zinoviev.html"):
        assert (ROOT / target).is_file(), target
    page = (ROOT / "docs/images/zinoviev.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'id="am-data"' in page
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "render maps/zinoviev.py --overview --fold-premises" in makefile
    assert "render maps/zinoviev.py -o docs/images/zinoviev.html" in makefile


def test_readme_pictures_are_what_make_images_draws_now(tmp_path: Path) -> None:
    import shlex
    import subprocess
    import sys

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nimages:", 1)[1].split("\n\n", 1)[0]
    for line in recipe.splitlines():
        words = shlex.split(line.strip().replace("$(BIN)/", ""))
        if words[:1] != ["argmap"] or words[-1] not in (
            "docs/images/zinoviev.svg",
            "docs/images/zinoviev.html",
        ):
            continue
        committed = ROOT / words[-1]
        words[-1] = str(tmp_path / committed.name)
        done = subprocess.run(
            [sys.executable, "-m", "argmap", *words[1:]],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), (
            f"{committed} is stale: run make images"
        )

"""Everything that affects the evaluation is visible: answered and raised critical
questions and weights, in DOT, SVG, PNG and the HTML panel."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from render_helpers import SVG, groups_by_id, joined_text, parse_svg, tooltip_of

from argmap import ArgumentMap, MapBuilder, answered, raised
from argmap.render import RenderOptions, render_bytes, to_dot
from argmap.render.html import build_html, map_data


def policy_map(*, answer: bool = True) -> ArgumentMap:
    """An expert-opinion argument with one question answered by a claim, one answered
    without one, one raised, and the rest open."""
    b = MapBuilder("Policy")
    says = b.claim("says", "Dr X says the policy will cut harm.")
    works = b.claim("works", "The policy will cut harm.")
    harm = b.claim("harm", "Dr X has studied harm reduction for twenty years.")
    b.argument(
        "policy",
        [says],
        works,
        scheme="expert_opinion",
        weight=0.7,
        questions={"CQ1": answered("yes"), "CQ6": raised(text="Do other experts agree?")},
    )
    if answer:
        b.answer("policy", "CQ2", "yes", by=harm)
    else:
        b.argument("unrelated", [harm], says)  # keeps `harm` drawn without the answer
    return b.build()


ANSWER_EDGE = "edge:harm:policy:CQ2"


def test_dot_draws_the_answer_edge_and_question_badges() -> None:
    dot = to_dot(policy_map())
    (line,) = [x for x in dot.splitlines() if f'id="{ANSWER_EDGE}"' in x]
    assert line.lstrip().startswith("harm -> policy")
    assert "CQ2: yes" in line
    assert "constraint=false" in line  # an answer does not rank the picture
    flat = dot.replace("<BR/>", " ")
    assert "CQ1 expertise: yes" in flat  # answered without a claim: a badge
    assert "CQ6 raised: backup evidence?" in flat
    assert "open: CQ3" in flat


def test_svg_shows_the_answer_next_to_its_edge() -> None:
    groups = groups_by_id(parse_svg(render_bytes(policy_map(), format="svg")))
    edge = groups[ANSWER_EDGE]
    assert "CQ2: yes" in joined_text(edge)
    assert "answers CQ2" in (tooltip_of(edge) or "")
    assert "CQ1 expertise: yes" in joined_text(groups["node:policy"])
    assert "CQ6 raised" in joined_text(groups["node:policy"])
    # The label sits at its edge: within a few points of the drawn path.
    (path,) = list(edge.iter(f"{SVG}path"))
    points = [
        tuple(map(float, xy)) for xy in re.findall(r"(-?[\d.]+),(-?[\d.]+)", path.get("d", ""))
    ]
    (text,) = [t for t in edge.iter(f"{SVG}text") if "CQ2" in (t.text or "")]
    x, y = float(text.get("x", 0)), float(text.get("y", 0))
    nearest = min(((px - x) ** 2 + (py - y) ** 2) ** 0.5 for px, py in points)
    assert nearest < 40, nearest


def _pixels_near(png: bytes, svg: bytes, edge_id: str) -> tuple[int, int]:
    """Dark pixels around the label of ``edge_id`` in the PNG, and in total."""
    root = ET.fromstring(svg)
    graph = root.find(f"{SVG}g")
    assert graph is not None
    tx, ty = map(
        float, re.findall(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform", ""))[0]
    )
    edge = groups_by_id(root)[edge_id]
    (text,) = [t for t in edge.iter(f"{SVG}text") if "CQ2" in (t.text or "")]
    width_pt = float(root.get("width", "0").removesuffix("pt"))
    image = Image.open(io.BytesIO(png)).convert("L")
    scale = image.width / width_pt
    x, y = (float(text.get("x", 0)) + tx) * scale, (float(text.get("y", 0)) + ty) * scale
    box = image.crop(
        (int(x - 30 * scale), int(y - 10 * scale), int(x + 30 * scale), int(y + 3 * scale))
    )
    return sum(box.histogram()[:160]), sum(image.histogram()[:160])


def test_png_draws_the_answer() -> None:
    m = policy_map()
    svg = render_bytes(m, format="svg")
    png = render_bytes(m, format="png")
    assert png.startswith(b"\x89PNG")
    dark, _ = _pixels_near(png, svg, ANSWER_EDGE)
    assert dark > 20  # the label's letters are there
    without = render_bytes(policy_map(answer=False), format="png")
    assert without != png


def test_html_panel_lists_every_critical_question_and_the_weight() -> None:
    m = policy_map()
    node = map_data(m)["nodes"]["policy"]
    assert node["weight"] == "0.7"
    questions = {q["key"]: q for q in node["questions"]}
    assert questions["CQ2"] == {
        "key": "CQ2",
        "label": "field",
        "text": questions["CQ2"]["text"],
        "kind": "assumption",
        "status": "answered",
        "answer": "yes",
        "by": "harm",
    }
    assert questions["CQ1"]["answer"] == "yes"
    assert "by" not in questions["CQ1"]
    assert questions["CQ6"]["status"] == "raised"
    assert questions["CQ6"]["raised_by"] == "policy.CQ6"
    assert questions["CQ3"]["status"] == "open"
    page = build_html(m, render_bytes(m, format="svg").decode())
    blob = page.split('id="am-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(blob)["nodes"]["policy"]["questions"][1]["by"] == "harm"
    assert "Critical questions" in page  # the panel script shows them


def test_unweighted_arguments_say_so_in_the_panel() -> None:
    b = MapBuilder("W")
    a, c = b.claim("a", "A."), b.claim("c", "C.")
    b.argument("arg", [a], c)
    assert map_data(b.build())["nodes"]["arg"]["weight"] == "none"


@pytest.mark.parametrize("show", [False, True])
def test_weights_are_drawn_on_request(show: bool) -> None:
    dot = to_dot(policy_map(), options=RenderOptions(show_weights=show))
    (line,) = [x for x in dot.splitlines() if 'id="node:policy"' in x]
    assert ("weight 0.7" in line.split("tooltip=")[0]) is show
    assert "Weight: 0.7" in line  # the tooltip always has it


def test_an_answer_by_an_element_outside_the_view_becomes_a_badge() -> None:
    options = RenderOptions(focus=["policy"], depth=0)
    dot = to_dot(policy_map(), options=options)
    assert ANSWER_EDGE not in dot
    assert "CQ2 field: yes (by harm, not shown)" in dot.replace("<BR/>", " ")


def test_an_evaluation_does_not_repeat_the_question_badges() -> None:
    from argmap.render._evaluation import annotations_from
    from argmap.semantics.evaluate import evaluate

    m = policy_map()
    ev = evaluate(m, semantics="grounded")
    dot = to_dot(m, options=RenderOptions(annotations=annotations_from(ev, "grounded")))
    (line,) = [x for x in dot.splitlines() if 'id="node:policy"' in x]
    label = line.split("tooltip=")[0].replace("<BR/>", " ")
    assert label.count("CQ6 raised: backup evidence?") == 1
    assert label.count("open: CQ3") == 1

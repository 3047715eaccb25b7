"""A picture a reader can follow: arrowheads apart, labels at their edges, conflicts side
by side, a legend of what is drawn, overviews, and focused views that say what they cut."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from render_helpers import SVG, expected_edge_ids, fixture_map, groups_by_id, joined_text

from argmap import ArgumentMap, MapBuilder, load_map
from argmap.errors import InvalidValueError
from argmap.model import Argument, Claim
from argmap.render import RenderOptions, render_bytes, to_dot
from argmap.render._arrows import arrowheads, merged_groups
from argmap.render._evaluation import annotations_from
from argmap.semantics.evaluate import evaluate
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]
ZINOVIEV = ROOT / "maps" / "zinoviev.py"


@pytest.fixture(scope="module")
def zinoviev() -> ArgumentMap:
    return load_map(ZINOVIEV)


def three_node_map() -> ArgumentMap:
    b = MapBuilder("Is tea good for you?")
    tea, rich = b.claim("tea", "Tea is good for you."), b.claim("rich", "Tea is rich in it.")
    b.argument("a1", [rich], tea)
    return b.build()


def bbox(group: ET.Element) -> tuple[float, float, float, float]:
    points = []
    for element in group.iter():
        if element.tag == f"{SVG}ellipse":
            cx, cy = float(element.get("cx", 0)), float(element.get("cy", 0))
            rx, ry = float(element.get("rx", 0)), float(element.get("ry", 0))
            points += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        elif element.tag in (f"{SVG}polygon", f"{SVG}path"):
            text = element.get("points") or element.get("d") or ""
            points += [(float(x), float(y)) for x, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", text)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def area(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


VIEWS = {
    "full": RenderOptions(),
    "lr": RenderOptions(rankdir="LR"),
    "overview": RenderOptions(overview=True, rankdir="AUTO"),
    "speakers": RenderOptions(cluster_by_speaker=True, rankdir="LR"),
    "exchange": RenderOptions(
        focus=("cook.forgery", "cook.open_questions", "obj.editor.backup_evidence")
    ),
}


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_arrowheads_never_merge(zinoviev: ArgumentMap, view: str) -> None:
    heads, _ = arrowheads(render_bytes(zinoviev, options=VIEWS[view]))
    assert len(heads) > 10
    assert [[h.edge_id for h in g] for g in merged_groups(heads)] == []


def test_arrowheads_of_the_fixture_never_merge() -> None:
    heads, _ = arrowheads(render_bytes(fixture_map()))
    assert merged_groups(heads) == []


def test_merged_arrowheads_are_found() -> None:
    # The check itself can fail: two edges into one point are reported.
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><g id="n" class="node"><title>c</title>'
        '<polygon points="0,0 10,0 10,10 0,10"/></g>'
        '<g id="e1" class="edge"><title>a-&gt;c</title><path d="M5,50C5,30 5,20 5,12"/>'
        '<polygon points="4,12 6,12 5,10"/></g>'
        '<g id="e2" class="edge"><title>b-&gt;c</title><path d="M9,50C9,30 6,20 5,12"/>'
        '<polygon points="4,12 6,13 5,10"/></g></svg>'
    )
    heads, _ = arrowheads(svg.encode())
    assert [[h.edge_id for h in g] for g in merged_groups(heads)] == [["e1", "e2"]]


@pytest.mark.parametrize("focused", [True, False])
def test_evaluation_and_answer_labels_sit_at_their_edges(
    zinoviev: ArgumentMap, focused: bool
) -> None:
    ev = evaluate(zinoviev, semantics=["grounded", "df-quad"])
    options = RenderOptions(
        annotations=annotations_from(ev, "grounded", strengths="df-quad"),
        focus=("cook.forgery", "cook.open_questions", "obj.editor.backup_evidence")
        if focused
        else (),
    )
    groups = groups_by_id(ET.fromstring(render_bytes(zinoviev, options=options)))
    checked = 0
    labelled = [f"edge:{o.key}" for o in zinoviev.objections]
    labelled += [i for i in groups if i.startswith("edge:") and i.count(":") >= 3]
    for edge in labelled:
        group = groups.get(edge)
        if group is None:
            continue
        (path,) = list(group.iter(f"{SVG}path"))
        line = [
            (float(x), float(y)) for x, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", path.get("d", ""))
        ]
        for text in group.iter(f"{SVG}text"):
            # The text's extent on its baseline, from its anchor and an estimated width.
            x, y = float(text.get("x", 0)), float(text.get("y", 0))
            width = len(text.text or "") * float(text.get("font-size", 9)) * 0.6
            anchor = text.get("text-anchor", "start")
            left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]

            def gap(
                px: float, py: float, left: float = left, width: float = width, y: float = y
            ) -> float:
                dx = max(left - px, 0.0, px - (left + width))
                return (dx**2 + (py - y) ** 2) ** 0.5

            nearest = min(gap(px, py) for px, py in line)
            assert nearest < 45, (edge, text.text, nearest)
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("rankdir", ["BT", "LR"])
def test_each_conflicts_two_sides_share_a_rank(zinoviev: ArgumentMap, rankdir: str) -> None:
    root = ET.fromstring(render_bytes(zinoviev, options=RenderOptions(rankdir=rankdir)))
    groups = groups_by_id(root)
    axis = 1 if rankdir == "BT" else 0  # the coordinate a rank shares
    same = 0
    for objection in zinoviev.objections:
        if objection.kind.value != "rebut":
            continue
        assert objection.attacker is not None
        a = bbox(groups[f"node:{objection.attacker}"])
        b = bbox(groups[f"node:{objection.target}"])
        centre_a = (a[axis] + a[axis + 2]) / 2
        centre_b = (b[axis] + b[axis + 2]) / 2
        same += abs(centre_a - centre_b) < 1.0
    assert same >= 6  # all but rebuts that support orders


def test_legend_shows_only_the_kinds_drawn_and_is_smaller_than_the_map() -> None:
    root = ET.fromstring(render_bytes(three_node_map()))
    groups = groups_by_id(root)
    legend_text = " ".join(joined_text(groups["legend"]).split())
    for shown in ("CLAIM", "argument", "supports"):
        assert shown in legend_text
    for missing in ("QUOTE", "EXHIBIT", "CHALLENGE", "IMPLICIT", "rebuts", "undercuts", "CQ"):
        assert missing not in legend_text, missing
    legend = area(bbox(groups["legend"]))
    drawing = [bbox(groups[i]) for i in groups if i.startswith(("node:", "edge:"))]
    box = (
        min(b[0] for b in drawing),
        min(b[1] for b in drawing),
        max(b[2] for b in drawing),
        max(b[3] for b in drawing),
    )
    assert legend < area(box)


def test_legend_of_the_full_map_has_every_kind_it_draws(zinoviev: ArgumentMap) -> None:
    groups = groups_by_id(ET.fromstring(render_bytes(zinoviev)))
    legend_text = " ".join(joined_text(groups["legend"]).split())
    for shown in (
        "CLAIM",
        "QUOTE",
        "EXHIBIT",
        "IMPLICIT PREMISE",
        "CHALLENGE",
        "supports",
        "rebuts",
        "undermines",
        "challenges",
        "answers a critical question",
    ):
        assert shown in legend_text, shown
    assert "undercuts" not in legend_text  # the Zinoviev map has no undercut
    assert "Evaluation" not in legend_text
    legend = area(bbox(groups["legend"]))
    assert legend < area(bbox(groups["argmap"])) / 10


def test_focused_view_marks_the_objections_it_cuts_off(zinoviev: ArgumentMap) -> None:
    options = RenderOptions(focus=("cook.forgery",), depth=0)
    groups = groups_by_id(ET.fromstring(render_bytes(zinoviev, options=options)))
    text = " ".join(joined_text(groups["node:cook.forgery"]).split())
    attacks = zinoviev.objections_to("cook.forgery")
    supports = zinoviev.arguments_for("cook.forgery")
    objection = "objection" if len(attacks) == 1 else "objections"
    argument = "argument" if len(supports) == 1 else "arguments"
    assert f"+{len(attacks)} {objection} outside this view" in text
    assert f"+{len(supports)} {argument} for it outside this view" in text
    # The whole map cuts nothing off, and says nothing of the kind.
    assert "outside this view" not in render_bytes(zinoviev).decode()


def test_overview_folds_evidence_into_counts(zinoviev: ArgumentMap) -> None:
    dot = to_dot(zinoviev, options=RenderOptions(overview=True, rankdir="AUTO"))
    attacked = {o.target for o in zinoviev.objections} | {
        o.attacker for o in zinoviev.objections if o.attacker
    }
    for evidence in zinoviev.evidence:
        drawn = f'id="node:{evidence.key}"' in dot
        assert drawn == (evidence.key in attacked), evidence.key
    for argument in zinoviev.arguments:
        folded = [p for p in argument.premises if p in {e.key for e in zinoviev.evidence}]
        folded = [p for p in folded if p not in attacked]
        (line,) = [x for x in dot.splitlines() if f'id="node:{argument.key}"' in x]
        label = line.split("tooltip=")[0]
        if folded:
            quotes = sum(1 for p in folded if not zinoviev[p].is_exhibit)  # type: ignore[union-attr]
            if quotes:
                assert f"{quotes} quote" in label, argument.key
        else:
            assert "evidence:" not in label
    for claim in zinoviev.claims:
        assert f'id="node:{claim.key}"' in dot
    for edge in expected_edge_ids(zinoviev):
        if edge.count(":") == 1:  # objections are all kept
            assert f'id="{edge}"' in dot


def test_auto_direction_is_page_shaped() -> None:
    b = MapBuilder("Chain")
    claims = [b.claim(f"c{i}", f"Step {i} of a long chain of reasons.") for i in range(10)]
    for i in range(9):
        b.argument(f"a{i}", [claims[i]], claims[i + 1])
    deep = b.build()
    assert "rankdir=BT" in to_dot(deep, options=RenderOptions(rankdir="AUTO"))
    wide = MapBuilder("Fan")
    top = wide.claim("top", "The conclusion.")
    for i in range(30):
        wide.argument(f"a{i}", [wide.claim(f"c{i}", f"Reason {i}.")], top)
    assert "rankdir=LR" in to_dot(wide.build(), options=RenderOptions(rankdir="AUTO"))


def test_cjk_text_gets_room_in_its_box() -> None:
    b = MapBuilder("CJK")
    text = "这封信是伪造的而且这是一个很长的句子"
    b.claim("zh", text)
    groups = groups_by_id(
        ET.fromstring(render_bytes(b.build(), options=RenderOptions(legend=False)))
    )
    left, _, right, _ = bbox(groups["node:zh"])
    assert right - left >= len(text) * 11  # one em per character at 11 points


@settings(max_examples=max(10, settings().max_examples // 3))
@given(maps(max_size=10))
def test_overview_never_crashes_and_draws_every_claim(m: ArgumentMap) -> None:
    dot = to_dot(m, options=RenderOptions(overview=True, rankdir="AUTO", show_weights=True))
    for claim in m.claims:
        assert dot.count(f'id="node:{claim.key}"') == 1
    for objection in m.objections:
        assert dot.count(f'id="edge:{objection.key}"') == 1
    assert dot == to_dot(m, options=RenderOptions(overview=True, rankdir="AUTO", show_weights=True))


def _drawn_keys(dot: str) -> set[str]:
    return set(re.findall(r'id="node:([^"]+)"', dot))


def test_folded_premises_are_counted_and_only_bare_premises_fold(zinoviev: ArgumentMap) -> None:
    focus = (
        "arg.cook.expert_report",
        "arg.editor.fits_zinoviev_record",
        "volk.comintern_exported_revolution",
    )
    options = RenderOptions(focus=focus, depth=0, fold_premises=True)
    dot = to_dot(zinoviev, options=options)
    drawn = _drawn_keys(dot)
    expert = zinoviev.get("arg.cook.expert_report", Argument)
    answerers = {a.by for a in expert.answers if a.by is not None}
    for argument in (expert, zinoviev.get("arg.editor.fits_zinoviev_record", Argument)):
        assert argument.key in drawn
        assert argument.conclusion in drawn
        for premise in argument.premises:
            kept = premise in focus or premise in answerers
            assert (premise in drawn) == kept, premise
    # Each argument counts what it lost, claims and reconstructed premises apart.
    (line,) = [x for x in dot.splitlines() if 'id="node:arg.editor.fits_zinoviev_record"' in x]
    fits = zinoviev.get("arg.editor.fits_zinoviev_record", Argument)
    folded = [zinoviev[p] for p in fits.premises if p not in focus]
    implicit = sum(1 for p in folded if isinstance(p, Claim) and p.implicit)
    stated = sum(1 for p in folded if isinstance(p, Claim) and not p.implicit)
    quotes = sum(1 for p in folded if not isinstance(p, Claim))
    claims = "claim" if stated == 1 else "claims"
    assert (
        f"premises: {stated} {claims}, {implicit} reconstructed; evidence: {quotes} quotes" in line
    )


def test_fold_premises_keeps_conclusions_and_objection_ends(zinoviev: ArgumentMap) -> None:
    dot = to_dot(zinoviev, options=RenderOptions(fold_premises=True))
    drawn = _drawn_keys(dot)
    for argument in zinoviev.arguments:
        assert argument.conclusion in drawn
    for objection in zinoviev.objections:
        assert objection.target in drawn
        assert objection.attacker is None or objection.attacker in drawn
        assert f'id="edge:{objection.key}"' in dot
    conclusions = {a.conclusion for a in zinoviev.arguments}
    # A premise that is nothing more is folded.
    assert "imp.forgery_definition" not in drawn
    assert "cook.historian_task" not in drawn
    assert "cook.not_zinoviev" in drawn
    assert "cook.not_zinoviev" in conclusions


def test_subtitle_replaces_the_view_description() -> None:
    m = three_node_map()
    dot = to_dot(m, options=RenderOptions(focus=("tea",), subtitle="Tea & its reasons"))
    assert "Tea &amp; its reasons" in dot
    assert "Focused view" not in dot
    with pytest.raises(InvalidValueError, match="subtitle must be a non-blank str"):
        RenderOptions(subtitle="  ")
    with pytest.raises(InvalidValueError, match="one line of at most"):
        RenderOptions(subtitle="x" * 301)


@settings(max_examples=max(10, settings().max_examples // 3))
@given(maps(max_size=10))
def test_fold_premises_never_crashes_and_keeps_every_relation_end(m: ArgumentMap) -> None:
    options = RenderOptions(fold_premises=True, overview=True)
    dot = to_dot(m, options=options)
    drawn = _drawn_keys(dot)
    for argument in m.arguments:
        assert argument.key in drawn
        assert argument.conclusion in drawn
    for objection in m.objections:
        assert dot.count(f'id="edge:{objection.key}"') == 1
    assert dot == to_dot(m, options=options)


def test_a_reconstructed_inference_is_dashed_and_explained_in_the_legend() -> None:
    b = MapBuilder("Tea")
    tea, rich = b.claim("tea", "Tea is good."), b.claim("rich", "Tea is rich in antioxidants.")
    b.argument("a1", [rich], tea, label="rich, so good", reconstructed=True)
    b.argument("a2", [tea], b.claim("drink", "Drink tea."), label="good, so drink")
    root = ET.fromstring(render_bytes(b.build()))
    groups = groups_by_id(root)
    assert "reconstructed" in groups["node:a1"].get("class", "").split()
    assert "reconstructed" not in groups["node:a2"].get("class", "").split()
    dashes = [
        e.get("stroke-dasharray") for e in groups["node:a1"].iter() if e.tag == f"{SVG}ellipse"
    ]
    assert any(dashes)
    legend = " ".join(joined_text(groups["legend"]).split())
    assert "an inference the analyst reconstructed" in legend
    plain = b.build().without("a1")
    legend = " ".join(
        joined_text(groups_by_id(ET.fromstring(render_bytes(plain)))["legend"]).split()
    )
    assert "reconstructed" not in legend

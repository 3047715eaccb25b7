"""Rendering: the DOT, the SVG it lays out to, the visual grammar, options and views."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_helpers import (
    FIXTURE,
    expected_edge_ids,
    expected_node_keys,
    fixture_map,
    groups_by_id,
    joined_text,
    parse_svg,
    tooltip_of,
    words,
)

from argmap import ArgumentMap, MapBuilder
from argmap.errors import InvalidKeyError, InvalidValueError, UnknownKeyError, WrongKindError
from argmap.render import NodeAnnotation, RenderOptions, render_bytes, to_dot
from argmap.render._escape import html_text, tooltip_text, visible, wrap_words
from argmap.render._view import neighbourhood
from argmap.strategies import maps, nasty_texts, texts

NASTY = 'He said "no" \\N & <b>bold</b> {x} [y] C:\\dir\\new\\l line\nbreak Зиновьев 中文 &amp; -->'


# Each rendered example runs the layout program once: use a third of the profile's examples
# (20 by default, hundreds under HYPOTHESIS_PROFILE=slow).
RENDERING = settings(max_examples=max(10, settings().max_examples // 3))


def rebuilt(m: ArgumentMap) -> ArgumentMap:
    """An equal map made afresh from copies of its elements."""
    return ArgumentMap(
        m.title,
        parties=[attrs.evolve(e) for e in m.parties],
        sources=[attrs.evolve(e) for e in m.sources],
        claims=[attrs.evolve(e) for e in m.claims],
        evidence=[attrs.evolve(e) for e in m.evidence],
        arguments=[attrs.evolve(e) for e in m.arguments],
        objections=[attrs.evolve(e) for e in m.objections],
        description=m.description,
    )


def same_spacing(text: str) -> str:
    # Graphviz writes the second of two spaces in a tooltip as a no-break space, so the
    # viewer shows both; compare with that undone.
    return text.replace("\r", "\n").replace("\xa0", " ")


def dot_line(dot: str, element_id: str) -> str:
    lines = [line for line in dot.splitlines() if f'id="{element_id}"' in line]
    assert len(lines) == 1, (element_id, lines)
    return lines[0]


# --- properties over generated maps ------------------------------------------------------


@RENDERING
@given(maps(max_size=10))
def test_svg_holds_every_node_and_edge_with_its_text(m: ArgumentMap) -> None:
    root = parse_svg(render_bytes(m, format="svg"))
    groups = groups_by_id(root)
    for key in expected_node_keys(m):
        assert f"node:{key}" in groups, key
    for edge in expected_edge_ids(m):
        assert edge in groups, edge
    for element in [*m.claims, *m.evidence]:
        group = groups[f"node:{element.key}"]
        assert words(visible(element.text)) in joined_text(group)
        tooltip = tooltip_of(group)
        assert tooltip is not None
        assert same_spacing(visible(element.text)) in same_spacing(tooltip)
        if element.by is not None:
            assert words(m.party_of(element.key).name) in joined_text(group)  # type: ignore[union-attr]
    for argument in m.arguments:
        if argument.label is not None:
            assert words(argument.label) in joined_text(groups[f"node:{argument.key}"])
    for objection in m.objections:
        if objection.attacker is None and objection.text is not None:
            assert words(objection.text) in joined_text(groups[f"node:{objection.key}"])


@given(maps(max_size=12))
def test_dot_is_deterministic(m: ArgumentMap) -> None:
    dot = to_dot(m)
    assert to_dot(m) == dot
    assert to_dot(rebuilt(m)) == dot


@given(
    maps(max_size=12),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["BT", "LR", "AUTO"]),
    st.booleans(),
)
def test_dot_never_crashes_with_any_options(
    m: ArgumentMap, cluster: bool, legend: bool, rankdir: str, weights: bool
) -> None:
    options = RenderOptions(
        cluster_by_speaker=cluster, legend=legend, rankdir=rankdir, show_weights=weights
    )
    dot = to_dot(m, options=options)
    assert dot.startswith("digraph argmap {")
    for key in expected_node_keys(m):
        assert dot.count(f'id="node:{key}"') == 1
    for edge in expected_edge_ids(m):
        assert dot.count(f'id="{edge}"') == 1


@RENDERING
@given(st.lists(nasty_texts(), min_size=1, max_size=3), nasty_texts(), nasty_texts())
def test_nasty_text_comes_out_verbatim(claims: list[str], speaker: str, title: str) -> None:
    b = MapBuilder(title)
    party = b.party("p", speaker)
    for index, text in enumerate(claims):
        b.claim(f"c{index}", text, by=party)
    m = b.build()
    root = parse_svg(render_bytes(m, format="svg"))
    groups = groups_by_id(root)
    for index, text in enumerate(claims):
        group = groups[f"node:c{index}"]
        assert words(text) in joined_text(group)
        assert words(speaker) in joined_text(group)
        assert tooltip_of(group) is not None
        assert same_spacing(text) in same_spacing(tooltip_of(group) or "")
    assert words(title) in joined_text(groups["argmap"])


def test_fixed_nasty_label_is_verbatim_and_injects_nothing() -> None:
    b = MapBuilder("Nasty")
    b.claim("n", NASTY)
    m = b.build()
    line = dot_line(to_dot(m), "node:n")
    label = line[line.index("label=<") : line.index(' id="node:n"')]
    # Markup in the text is escaped in the HTML-like label, never live.
    assert "&lt;b&gt;bold&lt;/b&gt;" in label
    assert "<b>" not in label
    root = parse_svg(render_bytes(m, format="svg"))
    group = groups_by_id(root)["node:n"]
    assert words(NASTY) in joined_text(group)
    assert tooltip_of(group) is not None
    assert NASTY in tooltip_of(group)
    # No element of the SVG came from the label: only the expected node text elements.
    assert not list(group.iter("{http://www.w3.org/2000/svg}b"))


# --- determinism ------------------------------------------------------------------------


def test_dot_is_identical_across_processes_with_different_hash_seeds() -> None:
    code = (
        "import sys; from argmap.loader import load_map; from argmap.render import to_dot, "
        "RenderOptions; m = load_map(sys.argv[1]); "
        "sys.stdout.write(to_dot(m, options=RenderOptions(cluster_by_speaker=True, "
        "focus=('forged',), depth=2)) + to_dot(m, options=RenderOptions(overview=True, "
        "rankdir='AUTO', show_weights=True)))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", code, str(FIXTURE)],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_svg_is_byte_identical_on_repeat() -> None:
    m = fixture_map()
    assert render_bytes(m, format="svg") == render_bytes(rebuilt(m), format="svg")


def test_dot_follows_map_order() -> None:
    m = fixture_map()
    dot = to_dot(m, options=RenderOptions(legend=False))
    positions = [dot.index(f'id="node:{key}"') for key in expected_node_keys(m)]
    assert positions == sorted(positions)
    edges = [dot.index(f'id="{e}"') for e in expected_edge_ids(m)]
    assert edges == sorted(edges)


# --- the visual grammar ------------------------------------------------------------------


def test_visual_grammar_in_dot() -> None:
    dot = to_dot(fixture_map())
    support = dot_line(dot, "edge:report:forged")
    assert '"#009E73"' in support
    assert "style=dashed" not in support
    rebut = dot_line(dot, "edge:rebut_forged")
    assert rebut.strip().startswith("possible -> forged")
    assert "arrowhead=tee" in rebut
    assert '"#D55E00"' in rebut
    undercut = dot_line(dot, "edge:undercut_report")
    # The undercut aims at the argument's inference node, not at its conclusion.
    assert undercut.strip().startswith("mi6_files -> report")
    assert "arrowhead=tee" in undercut
    question = dot_line(dot, "edge:what_evidence")
    assert question.strip().startswith("what_evidence -> forged")
    assert "style=dashed" in question
    assert "<B>?</B>" in question
    assert "style=dashed" in dot_line(dot, "edge:doubt_source")
    implicit = dot_line(dot, "node:archives")
    assert "dashed" in implicit
    assert "shape=note" in dot_line(dot, "node:via_mi6")
    assert "shape=folder" in dot_line(dot, "node:letter_text")
    assert "shape=ellipse" in dot_line(dot, "node:report")
    assert "shape=hexagon" in dot_line(dot, "node:what_evidence")
    claim = dot_line(dot, "node:forged")
    assert "shape=box" in claim
    assert "dashed" not in claim


def test_every_node_shows_its_speaker_and_tooltip_cites_the_source() -> None:
    m = fixture_map()
    groups = groups_by_id(parse_svg(render_bytes(m)))
    assert "Robin Cook" in joined_text(groups["node:forged"])
    assert "Peter Myers" in joined_text(groups["node:what_evidence"])
    tooltip = tooltip_of(groups["node:forged"])
    assert tooltip is not None
    assert "they were right, the letter was a forgery." in tooltip
    assert "Peter Myers, The Zinoviev letter, 1999, para 1" in tooltip
    exhibit = tooltip_of(groups["node:letter_text"])
    assert exhibit is not None
    assert "attributed to G. Zinoviev, Letter to the CPGB" in exhibit


def test_legend_is_drawn_and_can_be_left_out() -> None:
    m = fixture_map()
    groups = groups_by_id(parse_svg(render_bytes(m)))
    assert "legend" in groups
    legend_text = joined_text(groups["legend"])
    for word in ("supports", "rebuts", "undercuts", "challenges", "IMPLICIT PREMISE"):
        assert word in legend_text
    assert "Evaluation" not in legend_text
    assert "legend" not in groups_by_id(
        parse_svg(render_bytes(m, options=RenderOptions(legend=False)))
    )


def test_cluster_by_speaker_groups_each_party() -> None:
    m = fixture_map()
    options = RenderOptions(cluster_by_speaker=True)
    groups = groups_by_id(parse_svg(render_bytes(m, options=options)))
    assert "Robin Cook" in joined_text(groups["cluster:cook"])
    assert "Peter Myers" in joined_text(groups["cluster:editor"])
    dot = to_dot(m, options=options)
    start = dot.index('id="cluster:cook"')
    cook = dot[start : dot.index("}", start)]
    assert 'id="node:forged"' in cook
    assert 'id="node:possible"' not in cook


def test_show_quotes_puts_the_quote_in_the_label() -> None:
    m = fixture_map()
    plain = joined_text(groups_by_id(parse_svg(render_bytes(m)))["node:forged"])
    quoted = joined_text(
        groups_by_id(parse_svg(render_bytes(m, options=RenderOptions(show_quotes=True))))[
            "node:forged"
        ]
    )
    assert "the letter was a forgery." not in plain
    assert "the letter was a forgery." in quoted


def test_wrap_width_bounds_line_length() -> None:
    b = MapBuilder("Wrap")
    b.claim("c", " ".join(["word"] * 40))
    m = b.build()
    group = groups_by_id(parse_svg(render_bytes(m, options=RenderOptions(wrap=20))))["node:c"]
    lines = [t for t in group.iter("{http://www.w3.org/2000/svg}text") if "word" in (t.text or "")]
    assert len(lines) >= 8
    assert all(len(t.text or "") <= 20 for t in lines)


# --- annotations --------------------------------------------------------------------------


def test_annotations_draw_status_strength_badges_and_extend_the_legend() -> None:
    m = fixture_map()
    options = RenderOptions(
        annotations={
            "forged": NodeAnnotation(status="out", strength=0.25, badges=["CQ open: bias?"]),
            "possible": NodeAnnotation(status="in"),
            "report": NodeAnnotation(status="undecided", strength=0.5),
            "rebut_forged": NodeAnnotation(status="in", strength=0.75),
        }
    )
    dot = to_dot(m, options=options)
    assert '"#F8DCCB"' in dot_line(dot, "node:forged")
    groups = groups_by_id(parse_svg(render_bytes(m, options=options)))
    forged = joined_text(groups["node:forged"])
    assert "× OUT" in forged
    assert "strength 0.25" in forged
    assert "CQ open: bias?" in forged
    assert "√ IN" in joined_text(groups["node:possible"])
    assert "? UNDECIDED" in joined_text(groups["node:report"])
    assert "strength 0.75" in joined_text(groups["edge:rebut_forged"])
    assert "Evaluation" in joined_text(groups["legend"])


def test_annotation_for_unknown_key_is_an_error() -> None:
    options = RenderOptions(annotations={"nope": NodeAnnotation(status="in")})
    with pytest.raises(UnknownKeyError, match="'nope'"):
        to_dot(fixture_map(), options=options)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "maybe"}, "status 'maybe' is not known"),
        ({"strength": 1.5}, r"in \[0, 1\], got 1.5"),
        ({"strength": float("nan")}, "got nan"),
        ({"strength": True}, "got True"),
        ({"badges": [""]}, "non-blank"),
        ({"badges": ["x" * 201]}, "at most 200"),
        ({"badges": 3}, "sequence of short strings"),
    ],
)
def test_bad_annotations_are_rejected(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        NodeAnnotation(**kwargs)  # type: ignore[arg-type]


# --- options --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"wrap": 5}, InvalidValueError, "between 10 and 200"),
        ({"wrap": "30"}, InvalidValueError, "must be an int"),
        ({"rankdir": "up"}, InvalidValueError, "rankdir 'up'"),
        ({"legend": "yes"}, InvalidValueError, "legend must be True or False"),
        ({"depth": -1}, InvalidValueError, "depth must be an int >= 0"),
        ({"focus": [3]}, InvalidKeyError, "focus keys"),
        ({"annotations": {"k": "in"}}, InvalidValueError, "must be a NodeAnnotation"),
        ({"annotations": ["k"]}, InvalidValueError, "must be a mapping"),
        ({"fontname": " "}, InvalidValueError, "fontname"),
    ],
)
def test_bad_options_are_rejected(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        RenderOptions(**kwargs)  # type: ignore[arg-type]


def test_options_are_frozen_and_compare_by_value() -> None:
    a = RenderOptions(annotations={"x": NodeAnnotation(status="in")}, focus="x")
    b = RenderOptions(annotations={"x": NodeAnnotation(status="in")}, focus=("x",))
    assert a == b
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.wrap = 50  # type: ignore[misc]
    with pytest.raises(TypeError):
        a.annotations["y"] = NodeAnnotation()  # type: ignore[index]


# --- focused views ----------------------------------------------------------------------------


def test_neighbourhood_depths() -> None:
    m = fixture_map()
    assert neighbourhood(m, ["letter_text"], 0) == {"letter_text"}
    one = neighbourhood(m, ["possible"], 1)
    # The argument for it (with its premise) and the rebut it makes (with its target).
    assert one == {"possible", "from_letter", "letter_text", "rebut_forged", "forged"}
    two = neighbourhood(m, ["possible"], 2)
    assert {"report", "not_zinoviev", "archives", "what_evidence"} <= two
    assert "undermine_archives" not in two
    # An argument is always drawn whole.
    assert {"report", "not_zinoviev", "archives", "forged"} <= neighbourhood(m, ["report"], 0)
    # Focusing on an objection shows both of its ends.
    assert neighbourhood(m, ["undercut_report"], 0) >= {"mi6_files", "report", "undercut_report"}


def test_focused_view_draws_only_the_neighbourhood() -> None:
    m = fixture_map()
    options = RenderOptions(focus=("possible",), depth=1)
    groups = groups_by_id(parse_svg(render_bytes(m, options=options)))
    nodes = {g for g in groups if g.startswith("node:")}
    assert nodes == {"node:possible", "node:from_letter", "node:letter_text", "node:forged"}
    assert "edge:rebut_forged" in groups
    assert "edge:report:forged" not in groups
    assert "Focused view: possible (depth 1)" in joined_text(groups["argmap"])


def test_focus_on_unknown_or_undrawn_key_is_an_error() -> None:
    m = fixture_map()
    with pytest.raises(UnknownKeyError, match="focus key 'nope'"):
        to_dot(m, options=RenderOptions(focus=["nope"]))
    with pytest.raises(WrongKindError, match="focus key 'cook' is a party"):
        to_dot(m, options=RenderOptions(focus=["cook"]))


# --- escaping units -------------------------------------------------------------------------


@given(texts(max_size=80), st.integers(10, 60))
def test_wrapping_keeps_every_word_in_order(text: str, width: int) -> None:
    lines = wrap_words(text, width)
    assert " ".join(lines) == " ".join(text.split())
    assert all(len(line) <= width or " " not in line for line in lines)


def test_html_text_escapes_markup_and_backslashes() -> None:
    assert html_text('<a href="x">&</a>\\') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\\\\"


def test_tooltip_text_is_not_treated_as_html() -> None:
    # The graphviz package would pass '<...>' through unquoted as an HTML string.
    tip = tooltip_text("<b>")
    assert type(tip).__name__ == "NoHtml"
    assert re.fullmatch(r"<b>", tip)


def test_control_characters_become_visible() -> None:
    assert visible("a\x00b\x1b\x7f") == "a\u2400b\u241b\u2421"
    assert visible("tab\tline\n") == "tab\tline\n"
    b = MapBuilder("Controls")
    b.claim("c", "bell\x07 here")
    group = groups_by_id(parse_svg(render_bytes(b.build())))["node:c"]
    assert "bell\u2407 here" in joined_text(group)


def test_render_options_roundtrip_through_render_file(tmp_path: Path) -> None:
    from argmap.render import render

    m = fixture_map()
    out = render(m, tmp_path / "deep" / "map.svg", options=RenderOptions(legend=False))
    assert out == tmp_path / "deep" / "map.svg"
    assert "legend" not in groups_by_id(parse_svg(out.read_bytes()))
    png = render(m, tmp_path / "map.png")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    dot = render(m, tmp_path / "map.dot")
    assert dot.read_text(encoding="utf-8") == to_dot(m)


def test_svg_classes_name_each_kind_for_style_sheets() -> None:
    m = fixture_map()
    options = RenderOptions(
        focus=("forged",), depth=2, annotations={"forged": NodeAnnotation(status="in")}
    )
    groups = groups_by_id(parse_svg(render_bytes(m, options=options)))
    assert groups["node:forged"].get("class") == "node claim status-in focus"
    assert groups["node:archives"].get("class") == "node implicit"
    assert groups["node:what_evidence"].get("class") == "node question"
    assert groups["edge:report:forged"].get("class") == "edge support"
    assert groups["edge:not_zinoviev:report"].get("class") == "edge premise"
    assert groups["edge:undercut_report"].get("class") == "edge undercut"
    assert groups["edge:doubt_source"].get("class") == "edge challenge"


def test_wrong_argument_types_are_rejected() -> None:
    with pytest.raises(InvalidValueError, match="needs an argmap.ArgumentMap, got dict"):
        to_dot({})  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="options must be a RenderOptions"):
        to_dot(fixture_map(), options={"legend": False})  # type: ignore[arg-type]


ZINOVIEV = Path(__file__).resolve().parents[1] / "maps" / "zinoviev.py"


def test_the_zinoviev_map_renders_every_node_with_distinct_support_and_attack() -> None:
    from argmap.loader import load_map

    m = load_map(ZINOVIEV)
    groups = groups_by_id(parse_svg(render_bytes(m)))
    for key in expected_node_keys(m):
        assert f"node:{key}" in groups, key
    for edge in expected_edge_ids(m):
        assert edge in groups, edge

    def strokes(css_class: str) -> set[str]:
        return {
            (path.get("stroke") or "").upper()
            for group in groups.values()
            if group.get("class") == f"edge {css_class}"
            for path in group.iter("{http://www.w3.org/2000/svg}path")
        }

    assert strokes("support") == {"#009E73"}
    assert strokes("premise") == {"#009E73"}
    assert strokes("rebut") == {"#D55E00"}
    assert strokes("challenge") == {"#CC79A7"}


@st.composite
def maps_with_focus(draw: st.DrawFn) -> tuple[ArgumentMap, tuple[str, ...], int]:
    m = draw(maps(max_size=12))
    drawable = expected_node_keys(m) + [o.key for o in m.objections]
    focus = draw(st.lists(st.sampled_from(drawable), min_size=1, max_size=3, unique=True))
    return m, tuple(focus), draw(st.integers(0, 3))


@given(maps_with_focus())
def test_neighbourhood_grows_with_depth_and_keeps_arguments_whole(
    case: tuple[ArgumentMap, tuple[str, ...], int],
) -> None:
    m, focus, depth = case
    shown = neighbourhood(m, focus, depth)
    assert set(focus) <= shown
    assert shown <= neighbourhood(m, focus, depth + 1)
    for argument in m.arguments:
        if argument.key in shown:
            assert {*argument.premises, argument.conclusion} <= shown


@RENDERING
@given(maps_with_focus(), st.booleans())
def test_focused_svg_has_no_stray_nodes(
    case: tuple[ArgumentMap, tuple[str, ...], int], cluster: bool
) -> None:
    m, focus, depth = case
    options = RenderOptions(focus=focus, depth=depth, cluster_by_speaker=cluster)
    root = parse_svg(render_bytes(m, options=options))
    shown = neighbourhood(m, focus, depth)
    node_ids = {
        g.get("id")
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if (g.get("class") or "").split()[:1] == ["node"]
    }
    # Graphviz invents a node (id "nodeN") for any edge end that was not declared.
    assert all(i is not None and (i.startswith("node:") or i == "legend") for i in node_ids)
    drawn = {i.removeprefix("node:") for i in node_ids if i and i.startswith("node:")}
    assert drawn == {k for k in expected_node_keys(m) if k in shown}


def test_undermine_tooltip_names_the_argument_whose_premise_it_attacks() -> None:
    b = MapBuilder("Undermine")
    c, p, q = b.claim("c", "C."), b.claim("p", "P."), b.claim("q", "Q.")
    b.argument("a1", [p], c)
    b.argument("a2", [p], q)
    x = b.claim("x", "Not P, as a1 uses it.")
    b.undermine(x, p, argument="a1", key="u")
    groups = groups_by_id(parse_svg(render_bytes(b.build())))
    tooltip = tooltip_of(groups["edge:u"])
    assert tooltip is not None
    assert "Undermines p as a premise of argument a1" in tooltip


def test_a_challenge_raising_a_critical_question_names_it() -> None:
    import argmap
    from argmap.schemes import get_scheme

    b = argmap.MapBuilder("CQ")
    expert = b.claim("expert", "E is an expert and says A.")
    a = b.claim("a", "A.")
    arg = b.argument("arg", [expert], a, scheme="expert_opinion")
    question = get_scheme("expert_opinion").questions[-1]  # the last, whichever it is
    b.challenge(arg, text="Based on what?", question=question.key)
    dot = argmap.render.to_dot(b.build()).replace("<BR/>", " ")
    assert f"CHALLENGE ? · {question.key} {question.label}" in dot
    assert f"Raises critical question {question.key}" in dot

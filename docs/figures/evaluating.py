"""Make the figures of docs/evaluating.md: DOT sources and SVGs laid out by graphviz-pure.

Run from the repository root:  python docs/figures/evaluating.py
The DOT files are checked by the test suite (tests/test_docs_figures.py) to be what this
script makes from the current code; the SVGs are made from them by graphviz-pure.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from argmap import ArgumentMap, MapBuilder, answered, raised
from argmap._io import atomic_write_bytes, atomic_write_text
from argmap.render import RenderOptions, to_dot
from argmap.render._evaluation import annotations_from, evaluation_note
from argmap.semantics.acceptance import acceptance
from argmap.semantics.dung import count_extensions
from argmap.semantics.evaluate import DUNG_SEMANTICS, evaluate
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.results import ExtensionResult, GradualResult
from argmap.semantics.translate import Translation, translate

HERE = Path(__file__).resolve().parent / "evaluating"

# Okabe-Ito colours, as the diagrams use, plus a text marker so no status rests on colour.
_STATUS = {
    "in": ("√", "#009E73", "#D5F0E6"),
    "out": ("×", "#D55E00", "#F8DCCB"),
    "undecided": ("?", "#E69F00", "#FBEBC8"),
    "credulous": ("~", "#0072B2", "#DCE9F5"),
}
_DERIVED_STYLE = 'style="dashed"'


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def framework_dot(
    translation: Translation,
    *,
    title: str,
    statuses: Mapping[str, str] | None = None,
    strengths: Mapping[str, float] | None = None,
    show_supports: bool = True,
) -> str:
    """DOT for a translated framework: nodes by id, attacks labelled by their reason."""
    lines = [
        "digraph G {",
        f"  graph [rankdir=BT, fontname=Helvetica, fontsize=12, label={_quote(title)}, labelloc=t];",
        '  node [fontname=Helvetica, fontsize=11, shape=box, style="rounded,filled", '
        'fillcolor="#FFFFFF", color="#222222"];',
        "  edge [fontname=Helvetica, fontsize=9];",
    ]
    for node in translation.nodes:
        label = node.id
        attributes = []
        if node.kind.value in ("argument",):
            attributes.append("shape=ellipse")
        if node.kind.value in ("unsupported", "answer", "meets"):
            attributes.append('style="dashed,rounded,filled"')
        if statuses is not None:
            marker, color, fill = _STATUS[statuses.get(node.id, "undecided")]
            label = f"{marker} {label}"
            attributes += [f'color="{color}"', f'fillcolor="{fill}"', "penwidth=2"]
        if strengths is not None and node.id in strengths:
            label = f"{label}\\n{strengths[node.id]:.2f}"
        attributes.insert(0, f"label={_quote(label)}")
        lines.append(f"  {_quote(node.id)} [{', '.join(attributes)}];")
    if show_supports:
        for supporter, supported, kind in translation.supports:
            lines.append(
                f"  {_quote(supporter)} -> {_quote(supported)} "
                f'[color="#009E73", arrowhead=normal, label={_quote(kind)}, fontcolor="#00694D"];'
            )
    for attack in translation.attacks:
        style = _DERIVED_STYLE if attack.kind.derived else "style=solid"
        lines.append(
            f"  {_quote(attack.source)} -> {_quote(attack.target)} "
            f'[color="#D55E00", arrowhead=tee, {style}, label={_quote(attack.kind.value)}, '
            'fontcolor="#A94400"];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def example_map() -> ArgumentMap:
    """The running example of docs/evaluating.md."""
    b = MapBuilder("Did it rain?")
    wet = b.claim("wet", "The street is wet.")
    rain = b.claim("rain", "It rained last night.")
    b.argument("sign", [wet], rain, scheme="sign", weight=0.7)
    sprinkler = b.claim("sprinkler", "The sprinkler ran last night.")
    b.rebut(sprinkler, rain, key="alt")
    b.rebut(rain, sprinkler, key="alt-back")
    b.challenge(wet, key="really", text="Is the street really wet?")
    seen = b.claim("seen", "I saw puddles this morning.")
    b.argument("saw", [seen], wet, weight=0.9)
    broken = b.claim("broken", "The sprinkler has been broken for a week.")
    b.rebut(broken, sprinkler, key="fix")
    return b.build()


def support_map() -> ArgumentMap:
    """An undermined premise and a rebutted conclusion, for the support modes."""
    b = MapBuilder("Support modes")
    p, c = b.claim("p", "Premise."), b.claim("c", "Conclusion.")
    b.argument("a", [p], c)
    x, y = b.claim("x", "Not p."), b.claim("y", "Not c.")
    b.undermine(x, p, key="u")
    b.rebut(y, c, key="r")
    return b.build()


def questions_map() -> ArgumentMap:
    """Critical questions of an argument from expert opinion."""
    b = MapBuilder("Critical questions")
    says = b.claim("says", "Dr X says the letter is forged.")
    forged = b.claim("forged", "The letter is forged.")
    cv = b.claim("cv", "Dr X studied the archives.")
    biased = b.claim("biased", "Dr X was paid by an interested party.")
    b.argument(
        "expert",
        [says],
        forged,
        scheme="expert_opinion",
        questions={"CQ6": raised, "CQ2": answered("yes", by=cv), "CQ4": answered("yes", by=biased)},
    )
    return b.build()


def _abstract() -> ArgumentationFramework:
    return ArgumentationFramework(
        ["a", "b", "c", "d", "e", "f"],
        [("a", "b"), ("b", "c"), ("c", "d"), ("d", "c"), ("d", "e"), ("e", "f"), ("f", "f")],
    )


def figures() -> dict[str, str]:
    """Name -> DOT source of every figure."""
    out: dict[str, str] = {}
    m = example_map()
    ev = evaluate(m, semantics=["grounded", "df-quad"])
    out["example-framework"] = framework_dot(
        ev.translation, title="The example map read as a framework (presumptive support)"
    )
    grounded = ev.result("grounded")
    assert isinstance(grounded, ExtensionResult)
    out["example-grounded"] = framework_dot(
        ev.translation,
        title="Grounded labelling (rebuttals read one way)",
        statuses=grounded.statuses,
        show_supports=False,
    )
    both = evaluate(m, semantics="grounded", symmetric_rebuttals=True)
    both_grounded = both.result("grounded")
    assert isinstance(both_grounded, ExtensionResult)
    out["example-grounded-both-ways"] = framework_dot(
        both.translation,
        title="Grounded labelling (rebuttals read both ways)",
        statuses=both_grounded.statuses,
        show_supports=False,
    )
    gradual = ev.result("df-quad")
    assert isinstance(gradual, GradualResult)
    bipolar_strengths = gradual.strengths
    out["example-df-quad"] = framework_dot(
        translate(m, support="deductive", symmetric_rebuttals=False),
        title="DF-QuAD strengths of the example",
        strengths=bipolar_strengths.values,
        show_supports=True,
    )
    ev_map = evaluate(m, semantics=["grounded", "df-quad"])
    out["example-diagram"] = to_dot(
        m,
        options=RenderOptions(
            annotations=annotations_from(ev_map, "grounded", strengths="df-quad"),
            evaluation_note=evaluation_note(ev_map, "grounded", strengths="df-quad"),
        ),
    )
    s = support_map()
    for mode in ("presumptive", "deductive", "necessary", "evidential"):
        out[f"support-{mode}"] = framework_dot(
            translate(s, support=mode, symmetric_rebuttals=False),
            title=f"{mode} support (dashed: derived attacks)",
        )
    q = questions_map()
    questions = evaluate(q, semantics="grounded")
    q_grounded = questions.result("grounded")
    assert isinstance(q_grounded, ExtensionResult)
    out["questions"] = framework_dot(
        questions.translation,
        title="Critical questions in the framework",
        statuses=q_grounded.statuses,
    )
    af = _abstract()
    for name in DUNG_SEMANTICS:
        # the same per-node statuses as evaluate, decided without listing extensions; the
        # count (of a six-node framework) only labels the picture
        result = acceptance(af, name)
        count = count_extensions(af, name)
        lines = [
            "digraph G {",
            f"  graph [rankdir=LR, fontname=Helvetica, fontsize=12, "
            f"label={_quote(f'{name}: {count} extension(s)')}, labelloc=t];",
            "  node [fontname=Helvetica, fontsize=11, shape=circle, style=filled];",
            '  edge [color="#D55E00", arrowhead=normal];',
        ]
        for node in af.arguments:
            marker, color, fill = _STATUS[result.status(node)]
            lines.append(
                f'  {node} [label="{marker} {node}", color="{color}", fillcolor="{fill}", penwidth=2];'
            )
        lines += [f"  {s_} -> {t};" for s_, t in af.attacks]
        lines.append("}")
        out[f"dung-{name}"] = "\n".join(lines) + "\n"
    return out


def _svg(dot: str) -> bytes:
    exe = Path(sys.executable).with_name("graphviz-pure")
    done = subprocess.run(
        [str(exe), "-Tsvg"], input=dot.encode("utf-8"), capture_output=True, check=True
    )
    return done.stdout


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    for name, dot in figures().items():
        atomic_write_text(HERE / f"{name}.dot", dot)
        atomic_write_bytes(HERE / f"{name}.svg", _svg(dot))
        print(f"wrote {name}.dot and {name}.svg")


if __name__ == "__main__":
    main()

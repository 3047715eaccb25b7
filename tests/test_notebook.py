"""The example notebook runs top to bottom and shows the Zinoviev map inline; maps and
their display methods behave as Jupyter expects."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from argmap import MapBuilder
from argmap.loader import load_map

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebooks" / "zinoviev.ipynb"


def test_example_notebook_shows_the_zinoviev_map_inline() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]
    assert not [o for o in outputs if o.output_type == "error"]
    svgs = [o.data["image/svg+xml"] for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(svgs) == 3  # the Zinoviev map, a focused view of it, and a small map
    zinoviev = load_map(ROOT / "maps" / "zinoviev.py")
    for claim in zinoviev.claims:
        assert f'id="node:{claim.key}"' in svgs[0]
        assert f'data-key="{claim.key}"' in svgs[0]
    assert 'id="node:cook.forgery"' in svgs[1]
    assert svgs[1].count('class="node') < svgs[0].count('class="node')
    assert 'id="node:forged"' in svgs[2]
    texts = [o.data["text/plain"] for o in outputs if "text/plain" in o.get("data", {})]
    assert any(t.startswith(f"ArgumentMap {zinoviev.title!r}") for t in texts)
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<figure" in h and "<svg" in h for h in html)
    tables = [h for h in html if h.startswith('<table class="argmap-status">')]
    assert len(tables) == 1
    assert "<th>grounded</th><th>preferred</th><th>carneades</th><th>df-quad</th>" in tables[0]
    for claim in zinoviev.claims:
        assert f"<tr><th>{claim.key}</th>" in tables[0]


def small_map() -> MapBuilder:
    b = MapBuilder("Tea & <biscuits>")
    good = b.claim("good", "Tea is good.")
    rich = b.claim("rich", "Tea is rich.")
    b.argument("a1", [rich], good)
    return b


def test_mimebundle_has_svg_html_and_a_summary() -> None:
    argmap = small_map().build()
    bundle = argmap._repr_mimebundle_()
    assert set(bundle) == {"image/svg+xml", "text/html", "text/plain"}
    assert (
        bundle["text/plain"]
        == "ArgumentMap 'Tea & <biscuits>': 2 claims, 0 evidence, 1 argument, 0 objections"
    )
    assert bundle["image/svg+xml"].startswith("<svg")
    assert 'data-key="good"' in bundle["image/svg+xml"]
    assert "Tea &amp; &lt;biscuits&gt;" in bundle["text/html"]
    assert argmap._repr_svg_() == bundle["image/svg+xml"]
    assert argmap._repr_html_() == bundle["text/html"]


def test_mimebundle_honours_include_and_exclude() -> None:
    argmap = small_map().build()
    assert set(argmap._repr_mimebundle_(include=["text/plain"])) == {"text/plain"}
    assert set(argmap._repr_mimebundle_(exclude=["image/svg+xml"])) == {"text/html", "text/plain"}


def test_a_map_that_cannot_be_drawn_still_displays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGMAP_DOT", "/nonexistent/dot")
    from argmap import _display

    _display._rendered.cache_clear()
    try:
        argmap = small_map().build()
        bundle = argmap._repr_mimebundle_()
        assert set(bundle) == {"text/html", "text/plain"}
        assert "cannot draw this map" in bundle["text/html"]
        assert "/nonexistent/dot" in bundle["text/html"]
        assert argmap._repr_svg_() is None
    finally:
        _display._rendered.cache_clear()


def test_ipython_uses_the_bundle() -> None:
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(small_map().build())
    assert "image/svg+xml" in data
    assert data["text/plain"].startswith("ArgumentMap 'Tea & <biscuits>'")


def test_carneades_results_display_as_a_table() -> None:
    from IPython.core.formatters import DisplayFormatter

    from argmap.semantics.carneades import (
        CarneadesArgument,
        CarneadesGraph,
        Statement,
        evaluate_carneades,
    )

    graph = CarneadesGraph(
        [Statement("flies", text="Tweety <flies>"), Statement("bird")],
        arguments=[CarneadesArgument("a1", "flies", premises=["bird"])],
        assumptions=["bird"],
    )
    result = evaluate_carneades(graph)
    data, _ = DisplayFormatter().format(result)
    table = data["text/html"]
    assert table.startswith('<table class="argmap-status"><caption>Carneades labels</caption>')
    assert "<td>Tweety &lt;flies&gt;</td>" in table
    assert table.count('<td data-status="in">in</td>') == 2
    assert result.reasons["flies"].explain().split("'")[0] in table


def test_evaluations_display_as_a_table_of_claims_by_semantics() -> None:
    from IPython.core.formatters import DisplayFormatter

    from argmap.semantics.evaluate import evaluate

    argmap = small_map().build()
    evaluation = evaluate(argmap, semantics=["grounded", "h-categoriser"])
    data, _ = DisplayFormatter().format(evaluation)
    table = data["text/html"]
    assert "<caption>Evaluation of Tea &amp; &lt;biscuits&gt;</caption>" in table
    assert "<th>grounded</th><th>h-categoriser</th>" in table
    good = evaluation.status("good", "grounded")
    assert f'<tr><th>good</th><td>Tea is good.</td><td data-status="{good}">{good}</td>' in table

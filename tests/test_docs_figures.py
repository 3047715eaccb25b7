"""The figures of docs/evaluating.md are what docs/figures/evaluating.py makes now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ROOT / "docs" / "figures"


def test_committed_dot_sources_match_the_code() -> None:
    spec = importlib.util.spec_from_file_location("evaluating_figures", FIGURES / "evaluating.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.figures()
    assert made, "the script makes no figures"
    for name, dot in made.items():
        committed = FIGURES / "evaluating" / f"{name}.dot"
        assert committed.read_text("utf-8") == dot, f"{name}.dot is stale: run the script"
        assert (FIGURES / "evaluating" / f"{name}.svg").stat().st_size > 0
    page = (ROOT / "docs" / "evaluating.md").read_text("utf-8")
    for name in made:
        assert f"figures/evaluating/{name}.svg" in page, name
    stale = {p.stem for p in (FIGURES / "evaluating").glob("*.dot")} - set(made)
    assert not stale, f"figures no longer made: {sorted(stale)}"

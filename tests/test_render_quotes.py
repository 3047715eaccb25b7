"""Quotation marks surround only verbatim words: every passage in marks, in every map of
the repository and in every view of it, is the source's own text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from render_helpers import DATA, SVG, XLINK

from argmap import ArgumentMap, Evidence, Quote, load_map
from argmap.render import RenderOptions, render_bytes, to_dot

ROOT = Path(__file__).resolve().parents[1]
MAP_FILES = sorted(
    [p for p in (ROOT / "maps").glob("*.py") if "\nMAP = " in p.read_text(encoding="utf-8")]
    + [DATA / "render_map.py", DATA / "paraphrase_map.py"]
)
VIEWS = {
    "full": RenderOptions(),
    "quotes": RenderOptions(show_quotes=True),
    "overview": RenderOptions(overview=True, rankdir="AUTO"),
}

# Which character is used for a quotation mark is typography, not wording: "x", “x”, 'x'
# and ‘x’ quote the same words (a quotation inside a quotation swaps double marks for
# single ones, as the Zinoviev map's party "Holders of the "standard 'Left' line"" does).
_MARKS = str.maketrans(dict.fromkeys("“”„‘’`'", '"'))
_PASSAGE = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")


def normal(text: str) -> str:
    return " ".join(text.translate(_MARKS).split())


def corpus(m: ArgumentMap) -> list[str]:
    """The texts quotations may come from: each source's text, and for a source without
    text, the quotes taken from it (they are verbatim by declaration and cannot be more)."""
    texts = [normal(s.text) for s in m.sources if s.text is not None]
    for element in m:
        quote = getattr(element, "quote", None)
        if isinstance(quote, Quote) and m.source_of(quote).text is None:
            texts.append(normal(quote.text))
    return texts


def passages(text: str) -> list[str]:
    return [a or b for a, b in _PASSAGE.findall(text)]


def texts_in_svg(svg: bytes) -> list[str]:
    """The text of each node and edge (its lines joined) and of each tooltip."""
    root = ET.fromstring(svg)
    found = []
    for group in root.iter(f"{SVG}g"):
        if group.get("class", "").split()[:1] in (["node"], ["edge"]):
            lines = [t.text or "" for t in group.iter(f"{SVG}text")]
            found.append(" ".join(lines))
            found += [a.get(f"{XLINK}title") or "" for a in group.iter(f"{SVG}a")]
    title = root.find(f"{SVG}g")
    assert title is not None
    found.append(" ".join(t.text or "" for t in title.findall(f"{SVG}text")))
    return found


def unquoted_fragments(m: ArgumentMap, svg: bytes) -> list[str]:
    sources = corpus(m)
    bad = []
    for text in texts_in_svg(svg):
        for passage in passages(text):
            # An ellipsis marks a cut: each fragment around it must be verbatim.
            for fragment in normal(passage).split("…"):
                fragment = fragment.strip()
                if fragment and not any(fragment in s for s in sources):
                    bad.append(fragment)
    return bad


@pytest.mark.parametrize("path", MAP_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_quoted_passage_of_every_map_is_verbatim(path: Path, view: str) -> None:
    m = load_map(path)
    svg = render_bytes(m, format="svg", options=VIEWS[view])
    assert unquoted_fragments(m, svg) == []
    # ... and the check has something to check: each map quotes its sources.
    assert any(passages(t) for t in texts_in_svg(svg))


def test_quote_evidence_shows_the_source_words_in_marks_and_the_paraphrase_without() -> None:
    m = load_map(DATA / "paraphrase_map.py")
    svg = render_bytes(m, format="svg")
    root = ET.fromstring(svg)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    campaign = " ".join(t.text or "" for t in groups["node:campaign"].iter(f"{SVG}text"))
    campaign = " ".join(campaign.split())
    assert passages(campaign) == [
        "Organize a campaign of disclosure of the foreign policy of MacDonald."
    ]
    # The paraphrase is there, as a caption, and never inside quotation marks.
    assert "The letter urges a campaign exposing MacDonald's foreign policy." in campaign
    for text in texts_in_svg(svg):
        for passage in passages(text):
            assert "exposing" not in passage
            assert "communist cells" not in passage
    # Evidence without a paraphrase shows the quote alone, once.
    masses = " ".join(t.text or "" for t in groups["node:masses"].iter(f"{SVG}text"))
    assert normal(masses).count("stir up the masses") == 1


def test_a_long_quote_is_cut_at_word_boundaries_into_verbatim_fragments() -> None:
    m = load_map(DATA / "paraphrase_map.py")
    dot = to_dot(m, options=RenderOptions(overview=False))
    cells = next(line for line in dot.splitlines() if 'id="node:cells"' in line)
    markup = cells.split("label=<", 1)[1].split("</TABLE>>", 1)[0]
    label = re.sub(r"<[^>]+>", " ", markup)
    (passage,) = passages(normal(label.replace("&quot;", '"')))
    fragments = [f.strip() for f in passage.split("…")]
    assert len(fragments) == 2  # shortened: its start and its end
    letter = normal(m.sources[0].text or "")
    for fragment in fragments:
        assert fragment in letter
        # Cut between words: the fragment is bounded by spaces or ends in the source.
        start = letter.index(fragment)
        assert start == 0 or letter[start - 1] == " "
        end = start + len(fragment)
        assert end == len(letter) or letter[end] == " "
    whole = normal(m.get("cells", Evidence).quote.text)  # type: ignore[union-attr]
    assert whole not in normal(label)
    # The tooltip still holds the whole quote.
    assert "quartered in the large centres of the country" in cells


def test_the_old_paraphrase_in_quotation_marks_is_gone() -> None:
    # The very sentence the issue found in quotation marks in the Zinoviev picture.
    m = load_map(ROOT / "maps" / "zinoviev.py")
    svg = render_bytes(m, format="svg").decode("utf-8")
    assert "“The letter urges a campaign exposing MacDonald" not in svg

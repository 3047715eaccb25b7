"""PNG output draws every script: text runs go to fonts that have their characters, and
where none has them, one warning names the text and what to install."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops
from render_helpers import SVG, groups_by_id

from argmap import ArgumentMap, MapBuilder
from argmap.render import MissingGlyphWarning, _raster, render_bytes
from argmap.render._fonts import font_chain

SCRIPTS = {
    "zh": "这封信是伪造的。",
    "ja": "この手紙は偽物だと思われる。",
    "ko": "그 편지는 위조되었다.",
    "ar": "الرسالة مزورة.",
    "he": "המכתב מזויף.",
    "ru": "Письмо Зиновьева было подделкой.",
    "el": "Η επιστολή ήταν πλαστή.",
}


def scripts_map() -> ArgumentMap:
    b = MapBuilder("Scripts")
    claims = {key: b.claim(key, text) for key, text in SCRIPTS.items()}
    b.argument("a1", [claims["zh"], claims["ja"]], claims["ru"])
    b.argument("a2", [claims["ar"], claims["he"]], claims["el"])
    b.rebut(claims["ko"], claims["el"])
    return b.build()


def text_boxes(svg: bytes, image: Image.Image) -> dict[str, Image.Image]:
    """The PNG crop of each claim's body text line."""
    root = ET.fromstring(svg)
    graph = root.find(f"{SVG}g")
    assert graph is not None
    tx, ty = map(
        float, re.findall(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform", ""))[0]
    )
    scale = image.width / float(root.get("width", "1").removesuffix("pt"))
    crops = {}
    for key, text in SCRIPTS.items():
        group = groups_by_id(root)[f"node:{key}"]
        (line,) = [t for t in group.iter(f"{SVG}text") if (t.text or "").strip() == text]
        x, y = (float(line.get("x", 0)) + tx) * scale, (float(line.get("y", 0)) + ty) * scale
        crops[key] = image.crop(
            (int(x), int(y - 14 * scale), int(x + 150 * scale), int(y + 4 * scale))
        )
    return crops


def ink(crop: Image.Image) -> int:
    return sum(crop.convert("L").histogram()[:128])


def test_every_script_has_a_font_in_the_chain() -> None:
    faces = font_chain()
    assert faces[0].family == "Arimo"  # Helvetica's widths, which Graphviz sizes labels by
    for text in SCRIPTS.values():
        for char in text:
            if not (char.isspace() or char in "。."):
                assert any(f.has(char) for f in faces), (text, char)


def test_png_draws_chinese_japanese_korean_arabic_hebrew_cyrillic_greek() -> None:
    m = scripts_map()
    svg = render_bytes(m, format="svg")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingGlyphWarning)
        png = render_bytes(m, format="png")
    image = Image.open(io.BytesIO(png))
    crops = text_boxes(svg, image)
    for key, crop in crops.items():
        assert ink(crop) > 40, key  # the glyphs are drawn
    # ... and drawn with the right fonts: without CJK and Arabic faces, those lines
    # differ (they become empty boxes), while Latin-script lines stay the same.
    faces = tuple(f for f in font_chain() if "CJK" not in f.family and "Arabic" not in f.family)
    original = _raster.font_chain
    try:
        _raster.font_chain = lambda: faces  # type: ignore[assignment]
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            poorer = Image.open(io.BytesIO(render_bytes(m, format="png")))
    finally:
        _raster.font_chain = original  # type: ignore[assignment]
    poor = text_boxes(svg, poorer)
    for key in ("zh", "ja", "ko", "ar"):
        assert ImageChops.difference(crops[key].convert("L"), poor[key].convert("L")).getbbox()
    for key in ("ru", "el", "he"):
        assert (
            ImageChops.difference(crops[key].convert("L"), poor[key].convert("L")).getbbox() is None
        )


def test_missing_glyphs_give_one_warning_naming_the_text_and_the_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    faces = tuple(f for f in font_chain() if "CJK" not in f.family)
    monkeypatch.setattr(_raster, "font_chain", lambda: faces)
    with pytest.warns(MissingGlyphWarning) as caught:
        render_bytes(scripts_map(), format="png")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "这封信是伪造的" in message or "この手紙" in message or "그 편지는" in message
    assert "pip install 'argmap[cjk]'" in message
    assert "ARGMAP_FONTS" in message
    assert "\n" not in message


def test_no_warning_for_latin_only_maps() -> None:
    b = MapBuilder("Latin")
    b.claim("c", "Café, naïve — “quoted” √ × ?")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingGlyphWarning)
        assert render_bytes(b.build(), format="png").startswith(b"\x89PNG")


def test_cli_prints_the_warning_on_one_line(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    thai = tmp_path / "thai.py"
    thai.write_text(
        "import argmap\nb = argmap.MapBuilder('T')\nb.claim('c', 'ꦗꦮ Javanese')\nMAP = b.build()\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "render", str(thai), "-o", str(tmp_path / "t.png")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("argmap: warning: PNG: no font at hand draws")
    assert "JAVANESE" in lines[0]
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


def test_extra_fonts_from_the_environment_are_found(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argmap.render import _fonts

    arabic = next(f for f in font_chain() if f.family == "Noto Sans Arabic")
    (tmp_path / "mine.ttf").write_bytes(arabic.path.read_bytes())
    monkeypatch.setenv("ARGMAP_FONTS", str(tmp_path))
    paths = _fonts._sources()
    assert paths[0].name.startswith("Arimo")
    assert paths[paths.index(tmp_path / "mine.ttf") - 1].name.startswith("Arimo")

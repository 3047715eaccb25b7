"""SVG → PNG with fonts for every script: how argmap writes PNG with graphviz-pure.

graphviz-pure lays the map out and writes SVG; this module draws that SVG with resvg
(the ``resvg-py`` package), giving each run of text a font that has its characters (see
:mod:`argmap.render._fonts`). Where no font at hand has a character, the PNG would show an
empty box: a :class:`MissingGlyphWarning` names the text and what to install.
"""

from __future__ import annotations

import html
import re
import unicodedata
import warnings

from argmap.errors import RenderError
from argmap.render._fonts import CJK_EXTRA, ENV_FONTS, FontFace, font_chain, font_files

__all__ = ["MissingGlyphWarning", "rasterize"]

_TEXT_RE = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")
_PRIMARY = "Arimo"


class MissingGlyphWarning(UserWarning):
    """PNG output has characters no available font can draw; they show as empty boxes."""


def _neutral(char: str) -> bool:
    """Characters any font may carry through: spaces, marks, joiners, bidi controls."""
    return char.isspace() or unicodedata.category(char) in ("Mn", "Me", "Cf", "Zs")


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split()[0]
    except ValueError:
        return f"U+{ord(char):04X}"


class _Fonts:
    def __init__(self, faces: tuple[FontFace, ...]) -> None:
        self.faces = faces
        self.by_family = {f.family: f for f in faces}
        self.cache: dict[str, FontFace | None] = {}

    def face_for(self, char: str, *, prefer: str | None) -> FontFace | None:
        if prefer is not None:
            preferred = self.by_family.get(prefer)
            if preferred is not None and preferred.has(char):
                return preferred
        if char not in self.cache:
            self.cache[char] = next((f for f in self.faces if f.has(char)), None)
        return self.cache[char]


def _cjk_preference(text: str) -> str | None:
    """Han characters have national forms: Japanese with kana, Korean with hangul, else
    Simplified Chinese."""
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return "Noto Sans CJK JP"
    if any("\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" for c in text):
        return "Noto Sans CJK KR"
    if any(unicodedata.east_asian_width(c) in ("W", "F") for c in text):
        return "Noto Sans CJK SC"
    return None


def _runs(text: str, fonts: _Fonts, missing: list[str]) -> list[tuple[str, str | None]]:
    """``text`` cut into runs, each with the family that draws it (None: the primary)."""
    prefer = _cjk_preference(text)
    runs: list[tuple[str, str | None]] = []
    for char in text:
        family: str | None
        if _neutral(char):
            family = runs[-1][1] if runs else None
        else:
            face = fonts.face_for(char, prefer=prefer if not char.isascii() else None)
            if face is None:
                missing.append(char)
                family = None
            else:
                family = None if face.family == _PRIMARY else face.family
        if runs and runs[-1][1] == family:
            runs[-1] = (runs[-1][0] + char, family)
        else:
            runs.append((char, family))
    return runs


def _retext(svg: str, fonts: _Fonts) -> tuple[str, set[str], list[str]]:
    """The SVG with each non-Latin run of text in a ``tspan`` of its font; the families
    used; and the texts with characters no font has."""
    used: set[str] = set()
    lacking: list[str] = []

    def replace(match: re.Match[str]) -> str:
        text = html.unescape(match[2])
        if text.isascii():
            return match[0]
        missing: list[str] = []
        runs = _runs(text, fonts, missing)
        if missing:
            lacking.append(text)
        if all(family is None for _, family in runs):
            return match[0]
        parts = []
        for run, family in runs:
            escaped = html.escape(run, quote=False)
            if family is None:
                parts.append(escaped)
            else:
                used.add(family)
                parts.append(f'<tspan font-family="{html.escape(family)}">{escaped}</tspan>')
        return f"{match[1]}{''.join(parts)}{match[3]}"

    return _TEXT_RE.sub(replace, svg), used, lacking


def _warn(lacking: list[str], faces: tuple[FontFace, ...]) -> None:
    chars = sorted(
        {
            c
            for text in lacking
            for c in text
            if not _neutral(c) and not any(f.has(c) for f in faces)
        }
    )
    scripts = sorted({_script(c) for c in chars})
    sample = " ".join(lacking[0].split())
    sample = sample if len(sample) <= 40 else sample[:39] + "…"
    cjk = any(unicodedata.east_asian_width(c) in ("W", "F") for c in chars)
    fix = f"install `pip install '{CJK_EXTRA}'`" if cjk else "install a font that has them"
    msg = (
        f"PNG: no font at hand draws {len(chars)} character(s) of {', '.join(scripts)} "
        f"(e.g. {''.join(chars[:5])!r} in {sample!r}), which show as empty boxes: {fix}, "
        f"or name font files or folders in {ENV_FONTS}; the SVG is not affected"
    )
    warnings.warn(msg, MissingGlyphWarning, stacklevel=4)


def rasterize(svg: bytes) -> bytes:
    """Draw Graphviz SVG as PNG at 96 pixels per inch, with fonts for every script.

    Raises
    ------
    RenderError
        If resvg cannot draw the SVG.

    Warns
    -----
    MissingGlyphWarning
        If some text has characters no available font has (one warning per image).
    """
    import resvg_py

    faces = font_chain()
    fonts = _Fonts(faces)
    text, used, lacking = _retext(svg.decode("utf-8"), fonts)
    if lacking:
        _warn(lacking, faces)
    chosen = tuple(f for f in faces if f.family == _PRIMARY or f.family in used)
    try:
        png = resvg_py.svg_to_bytes(
            svg_string=text,
            skip_system_fonts=True,
            font_files=font_files(chosen),
            font_family=_PRIMARY,
            sans_serif_family=_PRIMARY,
            serif_family=_PRIMARY,
            monospace_family=_PRIMARY,
            dpi=96.0,
            background="white",
        )
    except (ValueError, RuntimeError, OSError) as error:
        msg = f"cannot draw the SVG as PNG: {error}"
        raise RenderError(msg) from None
    return bytes(png)

"""The fonts PNG output draws text with, and which characters each one has.

graphviz-pure draws PNG text only with the three fonts compiled into it (Tinos, Arimo,
Cousine: Latin, Greek, Cyrillic and Hebrew); it reads no font file, so Arabic, Chinese
or Japanese come out as empty boxes. argmap therefore rasterizes graphviz-pure's SVG
itself (see :mod:`argmap.render._raster`) with this chain of fonts, each found in an
installed Python package, never among system packages:

1. Arimo (``fontpkg-arimo``), metrically compatible with Helvetica and Arial, whose
   widths Graphviz uses to size every label: Latin, Greek, Cyrillic, Hebrew;
2. the files named by the ``ARGMAP_FONTS`` environment variable (font files or folders,
   separated by ``os.pathsep``), so a user can add any script;
3. Noto Sans and its script faces (``manimgx-fonts``): Arabic, Armenian, Devanagari and
   the other Indic scripts, Ethiopic, Georgian, Khmer, Lao, Myanmar, Sinhala, Thai,
   symbols;
4. Noto Sans CJK (``manimgx-fonts-cjk``, installed with ``argmap[cjk]``): Chinese,
   Japanese, Korean.

Which characters a font has is read from its ``cmap`` table by a small reader here, so
each piece of text is drawn with a font that has all of its characters.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import mmap
import os
import struct
from collections.abc import Iterator
from pathlib import Path

import attrs

__all__ = ["CJK_EXTRA", "ENV_FONTS", "FontFace", "font_chain"]

ENV_FONTS = "ARGMAP_FONTS"
"""Environment variable naming extra font files or folders for PNG output."""

CJK_EXTRA = "argmap[cjk]"
"""What to install for Chinese, Japanese and Korean text in PNG output."""

_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")


@attrs.frozen
class FontFace:
    """One face of a font file: its family name and the code points it has (as sorted,
    disjoint inclusive ranges)."""

    path: Path
    family: str
    ranges: tuple[tuple[int, int], ...] = attrs.field(repr=False)

    def has(self, char: str) -> bool:
        code = ord(char)
        index = bisect.bisect_right(self.ranges, (code, 0x10FFFF + 1)) - 1
        return index >= 0 and self.ranges[index][0] <= code <= self.ranges[index][1]


# --- a minimal OpenType reader: the table directory, cmap and name -------------------


def _tables(data: mmap.mmap, offset: int) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, offset + 4)
    tables = {}
    for i in range(count):
        tag, _, start, length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        tables[tag] = (start, length)
    return tables


def _cmap_ranges(data: mmap.mmap, start: int) -> tuple[tuple[int, int], ...]:
    _, count = struct.unpack_from(">HH", data, start)
    subtables = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * i)
        subtables[(platform, encoding)] = start + offset
    # Full Unicode (format 12) first, then the Basic Multilingual Plane (format 4).
    for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0)):
        if key not in subtables:
            continue
        at = subtables[key]
        (fmt,) = struct.unpack_from(">H", data, at)
        if fmt == 12:
            (groups,) = struct.unpack_from(">I", data, at + 12)
            found = [
                (first, last)
                for first, last, _ in struct.iter_unpack(
                    ">III", data[at + 16 : at + 16 + 12 * groups]
                )
            ]
            return _merged(found)
        if fmt == 4:
            (seg_x2,) = struct.unpack_from(">H", data, at + 6)
            ends = struct.unpack_from(f">{seg_x2 // 2}H", data, at + 14)
            starts = struct.unpack_from(f">{seg_x2 // 2}H", data, at + 16 + seg_x2)
            return _merged([(s, e) for s, e in zip(starts, ends, strict=True) if s != 0xFFFF])
    return ()


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return tuple(merged)


def _family(data: mmap.mmap, start: int) -> str | None:
    _, count, strings = struct.unpack_from(">HHH", data, start)
    found: dict[int, str] = {}
    for i in range(count):
        platform, encoding, _, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", data, start + 6 + 12 * i
        )
        if name_id not in (1, 16) or name_id in found:
            continue
        raw = data[start + strings + offset : start + strings + offset + length]
        if platform == 3 or platform == 0:
            found[name_id] = raw.decode("utf-16-be", "replace")
        elif platform == 1 and encoding == 0:
            found[name_id] = raw.decode("mac-roman", "replace")
    # The typographic family (16) groups weights under one name, as resvg does.
    return found.get(16) or found.get(1)


@functools.lru_cache(maxsize=64)
def _read(path: Path, mtime_ns: int) -> tuple[FontFace, ...]:
    del mtime_ns  # part of the cache key only: a replaced file is read again
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data[:4] == b"ttcf":
            (count,) = struct.unpack_from(">I", data, 8)
            offsets = struct.unpack_from(f">{count}I", data, 12)
        else:
            offsets = (0,)
        faces = []
        for offset in offsets:
            tables = _tables(data, offset)
            if b"cmap" not in tables or b"name" not in tables:
                continue
            family = _family(data, tables[b"name"][0])
            if family is None:
                continue
            faces.append(FontFace(path, family, _cmap_ranges(data, tables[b"cmap"][0])))
        return tuple(faces)


def read_faces(path: Path) -> tuple[FontFace, ...]:
    """The faces of the font file ``path`` (none if it cannot be read as a font)."""
    try:
        return _read(path, path.stat().st_mtime_ns)
    except (OSError, ValueError, struct.error):
        return ()


# --- where the fonts are --------------------------------------------------------------


def _package_folder(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _font_files(folder: Path) -> Iterator[Path]:
    if folder.is_file():
        yield folder
        return
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.suffix.lower() in _FONT_SUFFIXES)


def _sources() -> list[Path]:
    def package(name: str, sub: str = "") -> list[Path]:
        folder = _package_folder(name)
        return [] if folder is None else list(_font_files(folder / sub if sub else folder))

    # Arimo first: Graphviz sized every label with Helvetica's widths, which it shares.
    paths = package("fontpkg_arimo", "files")
    for item in os.environ.get(ENV_FONTS, "").split(os.pathsep):
        if item.strip():
            paths += _font_files(Path(item.strip()).expanduser())
    return paths + package("manimgx_fonts") + package("manimgx_fonts_cjk")


def font_chain() -> tuple[FontFace, ...]:
    """Every face PNG output may draw with, in order of preference.

    A face whose family an earlier one already has is skipped (an italic file of the
    same family adds no characters), except for the first family, Arimo, whose italic
    resvg picks by style.
    """
    faces: list[FontFace] = []
    seen: set[str] = set()
    for path in _sources():
        for face in read_faces(path):
            if face.family in seen:
                continue
            seen.add(face.family)
            faces.append(face)
    # An emoji face also has digits and signs: it comes last, for what nothing else has.
    return tuple(sorted(faces, key=lambda f: "emoji" in f.family.casefold()))


def font_files(faces: tuple[FontFace, ...]) -> list[str]:
    """The files to load for ``faces``, with the other styles of the same families
    beside them (Arimo's italic)."""
    files: list[str] = []
    for face in faces:
        folder = face.path.parent
        stem = face.path.name.split("[")[0].split("-")[0].split(".")[0]
        siblings = sorted(
            p for p in folder.iterdir() if p.name.startswith(stem) and p.suffix == face.path.suffix
        )
        for path in siblings or [face.path]:
            if str(path) not in files:
                files.append(str(path))
    return files

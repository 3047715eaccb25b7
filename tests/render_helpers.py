"""Helpers shared by the rendering tests: the fixture map and SVG inspection."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from argmap import ArgumentMap, Claim, Evidence, Objection
from argmap.loader import load_map

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "render_map.py"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def fixture_map() -> ArgumentMap:
    return load_map(FIXTURE)


def parse_svg(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def groups_by_id(root: ET.Element) -> dict[str, ET.Element]:
    return {g.get("id", ""): g for g in root.iter(f"{SVG}g") if g.get("id")}


def texts_of(group: ET.Element) -> list[str]:
    return [t.text or "" for t in group.iter(f"{SVG}text")]


def joined_text(group: ET.Element) -> str:
    return " ".join(texts_of(group))


def tooltip_of(group: ET.Element) -> str | None:
    for anchor in group.iter(f"{SVG}a"):
        title = anchor.get(f"{XLINK}title")
        if title is not None:
            return title
    return None


def words(text: str) -> str:
    """How a text must appear once wrapped: white space runs become single spaces."""
    return " ".join(text.split())


def expected_node_keys(m: ArgumentMap) -> list[str]:
    keys = [c.key for c in m.claims] + [e.key for e in m.evidence] + [a.key for a in m.arguments]
    return keys + [o.key for o in m.objections if o.attacker is None]


def expected_edge_ids(m: ArgumentMap) -> list[str]:
    ids = []
    for a in m.arguments:
        ids += [f"edge:{p}:{a.key}" for p in a.premises]
        ids.append(f"edge:{a.key}:{a.conclusion}")
    return ids + [f"edge:{o.key}" for o in m.objections]


def shown_text(element: Claim | Evidence | Objection) -> str:
    text = element.text
    assert text is not None
    return words(text)

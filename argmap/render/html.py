"""Interactive HTML: one self-contained page with the diagram, pan and zoom, search, and a
side panel showing a clicked node's full quote, source and evaluation.

The page needs no network: the SVG, the script and the styles are inline, and a
Content-Security-Policy forbids the browser to fetch anything (the live preview of
``argmap watch`` alone may talk back to the local server that served it). What the panel
shows comes from a JSON blob embedded in the page (see :func:`map_data`); the script only
ever writes that text with ``textContent``, so no label can inject markup.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> src = b.source("minutes", "Minutes", author="Sec", text="Tea is good.")
>>> ann = b.party("ann", "Ann")
>>> good = b.claim("good", "Tea is good.", by=ann, quote=src.quote("Tea is good.", locator="l. 1"))
>>> data = map_data(b.build())
>>> data["nodes"]["good"]["speaker"], data["nodes"]["good"]["locator"]
('Ann', 'l. 1')
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from argmap._deprecation import renamed_parameters
from argmap._io import atomic_write_text
from argmap.errors import UnknownKeyError, WriteError
from argmap.map import ArgumentMap, kind_name
from argmap.model import Argument, Claim, Element, Evidence, Objection, Party, Quote, Source

__all__ = ["annotate_svg", "build_html", "map_data", "render_html", "write_html"]

DATA_VERSION = 1
"""Version of the embedded JSON blob's layout; bumped when a field changes meaning."""

# The page's one script and one style sheet are allowed by their SHA-256 hashes, not by
# 'unsafe-inline': markup that got into the page some other way could not run a script.
_CSP = "default-src 'none'; style-src {style}; script-src {script}; img-src data:; font-src data:"
_LIVE_CSP = _CSP + "; connect-src 'self'"
_CSP_SLOT = "argmap-content-security-policy"
_INLINE_RE = {kind: re.compile(rf"<{kind}>(.*?)</{kind}>", re.S) for kind in ("script", "style")}


def _with_csp(page: str, policy: str) -> str:
    """``page`` with its policy slot filled, each inline element allowed by its hash."""
    sources = {}
    for kind, pattern in _INLINE_RE.items():
        # The template's style sheet comes first in <head>, its script last in <body>,
        # with the diagram and the (escaped) data between them.
        found = list(pattern.finditer(page))
        assert found, f"the page template has no <{kind}>"
        body = found[0] if kind == "style" else found[-1]
        digest = hashlib.sha256(body.group(1).encode("utf-8")).digest()
        sources[kind] = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
    return page.replace(_CSP_SLOT, policy.format(**sources), 1)


_XML_PROLOGUE_RE = re.compile(
    r"\A\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?(<!--.*?-->\s*)*", re.S
)
_NODE_RE = re.compile(
    r'<g id="(?P<id>[^"]*)" class="(?P<class>node|edge)(?: [^"]*)?"(?P<rest>[^>]*)>\s*'
    r"<title>(?P<title>[^<]*)</title>"
)


@cache
def _asset(name: str) -> str:
    return resources.files("argmap.render").joinpath("_html", name).read_text(encoding="utf-8")


def _speaker(argument_map: ArgumentMap, by: str | None) -> str | None:
    if by is None:
        return None
    party = argument_map.get(by, Party)
    return party.name if party.role is None else f"{party.name} ({party.role})"


def _quote_fields(argument_map: ArgumentMap, quote: Quote | None) -> dict[str, Any]:
    if quote is None:
        return {}
    source = argument_map.get(quote.source, Source)
    return {
        "quote": quote.text,
        "locator": quote.locator,
        "citation": source.citation(),
        "source_url": source.url,
    }


def _relations(argument_map: ArgumentMap, element: Element) -> list[dict[str, str]]:
    key = element.key
    found: list[tuple[str, str]] = []
    if isinstance(element, Argument):
        found += [("premise:", p) for p in element.premises]
        found.append(("concludes:", element.conclusion))
    elif isinstance(element, Objection):
        if element.attacker is not None:
            found.append(("attacker:", element.attacker))
        found.append((f"{element.kind.value}s:", element.target))
        if element.argument is not None:
            found.append(("in argument:", element.argument))
    if isinstance(element, Claim | Evidence):
        found += [("premise of:", a.key) for a in argument_map.arguments_using(key)]
        found += [("supported by:", a.key) for a in argument_map.arguments_for(key)]
    found += [(f"{o.kind.value} by:", o.attacker or o.key) for o in argument_map.objections_to(key)]
    if not isinstance(element, Objection):
        found += [(f"{o.kind.value}s:", o.target) for o in argument_map.objections_from(key)]
    return [{"label": label, "key": other} for label, other in found]


def _questions(argument_map: ArgumentMap, argument: Argument) -> list[dict[str, str]]:
    """Each critical question of the argument's scheme and where it stands."""
    rows = []
    for state in argument_map.questions_of(argument.key):
        q = state.question
        row = {
            "key": q.key,
            "label": q.label,
            "text": q.text,
            "kind": q.kind.value,
            "status": state.status.value,
        }
        if state.answer is not None:
            row["answer"] = "yes" if state.answer.answer else "no"
            if state.answer.by is not None:
                row["by"] = state.answer.by
            if state.answer.note is not None:
                row["note"] = state.answer.note
        if state.challenges:
            row["raised_by"] = ", ".join(state.challenges)
        rows.append(row)
    return rows


def _element_fields(argument_map: ArgumentMap, element: Element) -> dict[str, Any]:
    fields: dict[str, Any] = {"kind": kind_name(element)}
    if isinstance(element, Party):
        fields.update(text=element.name, speaker=None, note=element.description)
        return fields
    if isinstance(element, Source):
        fields.update(text=element.title, citation=element.citation(), source_url=element.url)
        return fields
    fields["speaker"] = _speaker(argument_map, element.by)
    fields["note"] = element.note
    if isinstance(element, Claim):
        fields.update(text=element.text, implicit=element.implicit)
        fields.update(_quote_fields(argument_map, element.quote))
    elif isinstance(element, Evidence):
        fields["text"] = element.text
        if element.quote is not None:
            fields.update(_quote_fields(argument_map, element.quote))
        else:
            source = argument_map.get(element.source_key, Source)
            fields.update(citation=source.citation(), source_url=source.url, exhibit=True)
    elif isinstance(element, Argument):
        fields["text"] = element.label or f"{element.key}: supports {element.conclusion}"
        fields["scheme"] = element.scheme
        # Always shown: "none" says the argument is unweighted, not that it was left out.
        fields["weight"] = "none" if element.weight is None else f"{element.weight:g}"
        questions = _questions(argument_map, element)
        if questions:
            fields["questions"] = questions
    else:
        kind = element.kind.value
        fields["kind"] = f"objection ({kind})"
        fields["text"] = element.text or f"{kind} of {element.target}"
        fields.update(_quote_fields(argument_map, element.quote))
    return fields


@renamed_parameters(argmap="argument_map")
def map_data(
    argument_map: ArgumentMap,
    *,
    statuses: Mapping[str, str] | None = None,
    explanations: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The JSON-ready data the page's panel and search read, one entry per key.

    Parameters
    ----------
    argument_map:
        The map.
    statuses:
        Optional evaluation status per key (e.g. ``"in"``, ``"out"``, ``"undecided"``).
    explanations:
        Optional plain-language explanation per key.

    Returns
    -------
    dict
        ``{"version", "title", "description", "nodes": {key: {...}}}``; each node has
        ``kind`` and ``text`` and, where they apply, ``speaker``, ``quote``, ``locator``,
        ``citation``, ``source_url``, ``note``, ``scheme``, ``weight`` (every argument's,
        ``"none"`` when it has none), ``questions`` (an argument's critical questions:
        ``{"key", "label", "text", "kind", "status"}`` and, where they apply, ``"answer"``,
        ``"by"``, ``"note"``, ``"raised_by"``), ``implicit``, ``status``, ``explanation``
        and ``relations`` (a list of ``{"label", "key"}``).
        Fields that do not apply are left out, so the blob stays small and stable.

    Raises
    ------
    UnknownKeyError
        If ``statuses`` or ``explanations`` name a key the map does not hold (as an
        annotation or a focus key naming one does).

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("M")
    >>> c = b.claim("c", "A claim.")
    >>> map_data(b.build(), statuses={"c": "in"})["nodes"]["c"]
    {'kind': 'claim', 'text': 'A claim.', 'implicit': False, 'status': 'in'}
    """
    for name, given in (("statuses", statuses), ("explanations", explanations)):
        unknown = sorted(set(given or ()) - set(argument_map.keys))
        if unknown:
            msg = f"{name} name keys the map does not hold: {unknown!r}"
            raise UnknownKeyError(msg, field=name, key=unknown[0])
    nodes: dict[str, dict[str, Any]] = {}
    for element in argument_map:
        fields = _element_fields(argument_map, element)
        if statuses and element.key in statuses:
            fields["status"] = statuses[element.key]
        if explanations and element.key in explanations:
            fields["explanation"] = explanations[element.key]
        relations = _relations(argument_map, element)
        if relations:
            fields["relations"] = relations
        nodes[element.key] = {k: v for k, v in fields.items() if v is not None}
    return {
        "version": DATA_VERSION,
        "title": argument_map.title,
        "description": argument_map.description,
        "nodes": nodes,
    }


def _key_for(element_id: str, title: str, keys: frozenset[str]) -> str | None:
    # The renderer names a node's SVG group "node:KEY" and an objection's arrow
    # "edge:KEY" (see argmap.render.node_id / edge_id); Graphviz's <title> is the DOT
    # node name, which is the key itself. Keys never contain ":", so "edge:a:b" (an
    # argument's premise edge) and the legend's "legend:..." never match.
    for candidate in (
        title,
        element_id,
        element_id.removeprefix("node:"),
        element_id.removeprefix("edge:"),
    ):
        if candidate in keys:
            return candidate
    return None


def annotate_svg(svg: str, keys: Iterable[str]) -> str:
    """Strip the XML prologue and mark each node (and objection edge) with ``data-key``.

    Parameters
    ----------
    svg:
        SVG as Graphviz writes it (``<g id=... class="node"><title>NAME</title>``).
    keys:
        The map's keys; a node whose id or title names none of them is left unmarked
        (e.g. the legend's sample nodes). An edge is marked when its id names a key
        (an objection drawn as an arrow), so clicking it shows the objection.

    Returns
    -------
    str
        SVG ready to inline in HTML.

    Examples
    --------
    >>> svg = '<?xml version="1.0"?><svg><g id="node:c1" class="node"><title>c1</title></g></svg>'
    >>> annotate_svg(svg, ["c1"])
    '<svg><g id="node:c1" class="node" data-key="c1"><title>c1</title></g></svg>'
    """
    known = frozenset(keys)

    def mark(match: re.Match[str]) -> str:
        node_id = html.unescape(match["id"])
        title = html.unescape(match["title"])
        if match["class"] == "edge":
            # Only an edge that stands for one element (an objection drawn as an arrow)
            # gets a key; Graphviz's own "tail->head" titles are never keys.
            title = ""
        key = _key_for(node_id, title, known)
        if key is None:
            return match[0]
        attribute = f' data-key="{html.escape(key, quote=True)}"'
        head, _, tail = match[0].partition(">")
        return f"{head}{attribute}>{tail}"

    body = _XML_PROLOGUE_RE.sub("", svg, count=1)
    return _NODE_RE.sub(mark, body)


def _script_json(value: Any) -> str:
    # Inside <script>, "</script>" or "<!--" in a label would end or confuse the element.
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@renamed_parameters(argmap="argument_map")
def build_html(
    argument_map: ArgumentMap,
    svg: str,
    *,
    statuses: Mapping[str, str] | None = None,
    explanations: Mapping[str, str] | None = None,
    live: bool = False,
    generation: int = 0,
    error: str | None = None,
) -> str:
    """Assemble the self-contained page from a map and its SVG rendering.

    Parameters
    ----------
    argument_map:
        The map the SVG shows.
    svg:
        Its SVG rendering (see :func:`argmap.render.render_bytes`).
    statuses, explanations:
        Optional evaluation results per key, shown in the panel (see :func:`map_data`).
    live:
        Build the live-preview page of ``argmap watch``: it listens to the server that
        served it and swaps in each new rendering.
    generation:
        For a live page, the number of the rendering it shows.
    error:
        For a live page, the error to show above the last good diagram.

    Returns
    -------
    str
        The HTML document.

    Raises
    ------
    UnknownKeyError
        If ``statuses`` or ``explanations`` name unknown keys.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea & <biscuits>")
    >>> c = b.claim("good", "Tea is good.")
    >>> page = build_html(b.build(), '<svg><g id="good" class="node"><title>good</title></g></svg>')
    >>> "<title>Tea &amp; &lt;biscuits&gt;</title>" in page, 'data-key="good"' in page
    (True, True)
    """
    from argmap import __version__

    data = map_data(argument_map, statuses=statuses, explanations=explanations)
    if live:
        data.update(live=True, generation=generation, error=error)
    page = _asset("page.html").format(
        version=html.escape(__version__),
        csp=_CSP_SLOT,
        title=html.escape(argument_map.title),
        css=_asset("viewer.css"),
        svg=annotate_svg(svg, argument_map.keys),
        data=_script_json(data),
        js=_asset("viewer.js"),
    )
    return _with_csp(page, _LIVE_CSP if live else _CSP)


def _from_annotations(options: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Statuses and notes for the panel from the evaluation drawn on the diagram."""
    statuses: dict[str, str] = {}
    notes: dict[str, str] = {}
    for key, annotation in getattr(options, "annotations", {}).items():
        parts = []
        if annotation.status is not None:
            parts.append(annotation.status.value)
        if annotation.strength is not None:
            parts.append(f"strength {annotation.strength:.2f}")
        if parts:
            statuses[key] = ", ".join(parts)
        if annotation.badges:
            notes[key] = "\n".join(annotation.badges)
    return statuses, notes


def _joined(first: Mapping[str, str], second: Mapping[str, str]) -> dict[str, str]:
    keys = [*first, *(k for k in second if k not in first)]
    return {k: "\n".join(t for t in (first.get(k), second.get(k)) if t) for k in keys}


@renamed_parameters(argmap="argument_map")
def render_html(
    argument_map: ArgumentMap,
    *,
    statuses: Mapping[str, str] | None = None,
    explanations: Mapping[str, str] | None = None,
    **render_options: Any,
) -> str:
    """Render ``argument_map`` to SVG and wrap it in the interactive page.

    When the render options carry an evaluation (``RenderOptions.annotations``), the
    panel shows each node's status, strength and notes (e.g. open critical questions)
    too; ``statuses`` given here take precedence, and ``explanations`` come before the
    notes.

    Parameters
    ----------
    argument_map:
        The map.
    statuses, explanations:
        Optional evaluation results per key (see :func:`map_data`).
    **render_options:
        Passed to :func:`argmap.render.render_bytes` (e.g. ``options=RenderOptions(...)``,
        ``renderer=``).

    Returns
    -------
    str
        The HTML document.

    Raises
    ------
    UnknownKeyError
        If ``statuses`` or ``explanations`` name unknown keys.
    RendererNotFound, RenderError
        If the SVG cannot be produced.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> from argmap.render import NodeAnnotation, RenderOptions
    >>> b = MapBuilder("Tea")
    >>> c = b.claim("tea", "Tea is good.")
    >>> options = RenderOptions(annotations={"tea": NodeAnnotation(status="in", strength=0.9)})
    >>> '"status":"in, strength 0.90"' in render_html(b.build(), options=options)
    True
    """
    from argmap.render import render_bytes

    svg = render_bytes(argument_map, format="svg", **render_options).decode("utf-8")
    annotated, notes = _from_annotations(render_options.get("options"))
    return build_html(
        argument_map,
        svg,
        statuses={**annotated, **(statuses or {})},
        explanations=_joined(explanations or {}, notes),
    )


@renamed_parameters(argmap="argument_map")
def write_html(
    argument_map: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    statuses: Mapping[str, str] | None = None,
    explanations: Mapping[str, str] | None = None,
    **render_options: Any,
) -> Path:
    """Render the interactive page of ``argument_map`` and write it to ``path`` atomically.

    The page is built in full before anything is written; a failure leaves an existing
    file untouched. Parent folders are created.

    Parameters
    ----------
    argument_map:
        The map.
    path:
        Where to write (conventionally ``.html``).
    statuses, explanations, **render_options:
        As for :func:`render_html`.

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    WriteError
        If the file cannot be written (e.g. its folder is a file).
    RendererNotFound, RenderError, UnknownKeyError
        As for :func:`render_html`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea")
    >>> c = b.claim("tea", "Tea is good.")
    >>> out = write_html(b.build(), pathlib.Path(tempfile.mkdtemp()) / "tea.html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    page = render_html(argument_map, statuses=statuses, explanations=explanations, **render_options)
    try:
        return atomic_write_text(path, page)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"cannot write {os.fspath(path)!r}: {reason}"
        raise WriteError(msg) from error

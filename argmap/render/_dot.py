"""Map → DOT: the diagram as Graphviz source, built with the ``graphviz`` package.

Every node and edge gets an ``id`` attribute derived from map keys, so it can be found
in the SVG: a claim, evidence, argument or question node is ``node:<key>``; the edge
from a premise to its argument is ``edge:<premise>:<argument>``, from an argument to
its conclusion ``edge:<argument>:<conclusion>``; an objection's edge is
``edge:<objection>``. Keys never contain ``:``, so these ids cannot collide.
"""

from __future__ import annotations

from collections.abc import Iterable

import graphviz

from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Party, Quote, Source
from argmap.render._escape import html_text, tooltip_text, wrap_words
from argmap.render._legend import draw_legend
from argmap.render._options import NodeAnnotation, RenderOptions
from argmap.render._style import (
    ATTACK,
    CHALLENGE,
    FOCUS_PENWIDTH,
    INK,
    MUTED,
    NODE_STYLES,
    STATUS_STYLES,
    SUPPORT,
    NodeStyle,
    cluster_labelloc,
)
from argmap.render._view import neighbourhood
from argmap.schemes import SCHEMES, CriticalQuestion

__all__ = ["edge_id", "node_id", "to_dot"]

_GRAPH_ID = "argmap"
_TITLE_WRAP = 90
_SMALL = "8"
_TINY = "7.5"

Node = Claim | Evidence | Argument | Objection


def node_id(key: str) -> str:
    """SVG id of the node drawn for the element ``key``.

    Parameters
    ----------
    key:
        Key of a claim, evidence, argument, or a challenge drawn as a question node.

    Returns
    -------
    str
        ``node:<key>``.

    Examples
    --------
    >>> node_id("forged")
    'node:forged'
    """
    return f"node:{key}"


def edge_id(*keys: str) -> str:
    """SVG id of an edge.

    Parameters
    ----------
    *keys:
        One objection key for an objection's edge, or ``(premise, argument)`` and
        ``(argument, conclusion)`` for the edges of an argument.

    Returns
    -------
    str
        ``edge:`` followed by the keys joined with ``:``.

    Examples
    --------
    >>> edge_id("a1", "forged")
    'edge:a1:forged'
    """
    return "edge:" + ":".join(keys)


# --- label markup ---------------------------------------------------------------------


def _lines(text: str, width: int) -> str:
    return "<BR/>".join(html_text(line) for line in wrap_words(text, width))


def _clipped_lines(text: str, width: int, most: int) -> str:
    """Like :func:`_lines`, but at most ``most`` lines, ending in "…" if cut short."""
    lines = wrap_words(text, width)
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1] + " …"]
    return "<BR/>".join(html_text(line) for line in lines)


def _one_line(text: str) -> str:
    return html_text(" ".join(text.split()))


def _font(content: str, *, size: str | None = None, color: str | None = None) -> str:
    attributes = ""
    if size is not None:
        attributes += f' POINT-SIZE="{size}"'
    if color is not None:
        attributes += f' COLOR="{color}"'
    return f"<FONT{attributes}>{content}</FONT>"


def _cell(content: str, *, extra: str = "") -> str:
    return f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"{extra}>{content}</TD></TR>'


def _centred(content: str) -> str:
    return f'<TR><TD ALIGN="CENTER" BALIGN="CENTER">{content}</TD></TR>'


def _table(rows: Iterable[str]) -> str:
    body = "".join(rows)
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">{body}</TABLE>>'


def _status_line(annotation: NodeAnnotation | None) -> str | None:
    if annotation is None or (annotation.status is None and annotation.strength is None):
        return None
    parts = []
    if annotation.status is not None:
        style = STATUS_STYLES[annotation.status]
        parts.append(_font(f"<B>{style.marker} {style.word}</B>", color=style.text))
    if annotation.strength is not None:
        parts.append(_font(f"strength {annotation.strength:.2f}", color=INK))
    return "  ".join(parts)


def _badge_rows(annotation: NodeAnnotation | None, width: int) -> list[str]:
    if annotation is None:
        return []
    return [
        _cell(
            _font(_lines(badge, width), size=_SMALL, color=INK),
            extra=' BGCOLOR="#FFFFFF" BORDER="1" COLOR="#9A9A9A"',
        )
        for badge in annotation.badges
    ]


def _same_words(quoted: str, text: str | None) -> bool:
    """Whether a quote says no more than the text already shown (case and spacing aside)."""
    if text is None:
        return False
    return " ".join(quoted.split()).casefold() == " ".join(text.split()).casefold()


class _Builder:
    """Builds the DOT for one map and one set of options."""

    def __init__(self, argument_map: ArgumentMap, options: RenderOptions) -> None:
        self.map = argument_map
        self.options = options
        for key in options.annotations:
            if key not in argument_map:
                msg = f"annotation names key {key!r}, which is not in map {argument_map.title!r}"
                raise UnknownKeyError(msg)
        self.visible: frozenset[str] | None = (
            neighbourhood(argument_map, options.focus, options.depth) if options.focus else None
        )
        self.graph = graphviz.Digraph(
            name="argmap",
            graph_attr=self._graph_attributes(),
            node_attr={
                "fontname": options.fontname,
                "fontsize": "11",
                "fontcolor": INK,
                "margin": "0.14,0.07",
                "penwidth": "1.3",
            },
            edge_attr={
                "fontname": options.fontname,
                "fontsize": "9",
                "penwidth": "1.5",
                "arrowsize": "0.8",
            },
        )

    # --- helpers ------------------------------------------------------------------

    def shown(self, key: str) -> bool:
        return self.visible is None or key in self.visible

    def speaker(self, by: str | None) -> str | None:
        return None if by is None else self.map.get(by, Party).name

    def citation(self, quote: Quote) -> str:
        source = self.map.source_of(quote)
        citation = source.citation()
        return citation if quote.locator is None else f"{citation}, {quote.locator}"

    def _graph_attributes(self) -> dict[str, str]:
        options = self.options
        rows = [_centred(_font(f"<B>{_lines(self.map.title, _TITLE_WRAP)}</B>", size="16"))]
        if options.focus:
            scope = f"Focused view: {', '.join(options.focus)} (depth {options.depth})"
            rows.append(_centred(_font(_lines(scope, _TITLE_WRAP), size="10", color=MUTED)))
        return {
            "id": _GRAPH_ID,
            "label": _table(rows),
            "labelloc": "t",
            "labeljust": "c",
            "rankdir": options.rankdir,
            "fontname": options.fontname,
            "nodesep": "0.3",
            "ranksep": "0.45",
            "pad": "0.3",
            "bgcolor": "white",
            "newrank": "true",
        }

    def header(self, word: str, by: str | None) -> str:
        speaker = self.speaker(by)
        text = html_text(word) if speaker is None else f"{html_text(word)} · {_one_line(speaker)}"
        return _cell(_font(text, size=_TINY, color=MUTED))

    def node_attributes(self, key: str, style: NodeStyle) -> dict[str, str]:
        attributes = dict(style.attrs)
        classes = [style.name]
        annotation = self.options.annotations.get(key)
        if annotation is not None and annotation.status is not None:
            classes.append(f"status-{annotation.status.value}")
            status = STATUS_STYLES[annotation.status]
            attributes["fillcolor"] = status.fill
            attributes["color"] = status.color
            attributes["penwidth"] = "2.2"
        if key in self.options.focus:
            attributes["penwidth"] = FOCUS_PENWIDTH
            classes.append("focus")
        # Graphviz adds these to the SVG group's class ("node claim ..."), for style sheets.
        attributes["class"] = " ".join(classes)
        return attributes

    def add_node(
        self, graph: graphviz.Digraph, key: str, label: str, tooltip: str, style: NodeStyle
    ) -> None:
        graph.node(
            key,
            label=label,
            id=node_id(key),
            tooltip=tooltip_text(tooltip),
            **self.node_attributes(key, style),
        )

    def body_rows(self, key: str, word: str, by: str | None, content: list[str]) -> str:
        annotation = self.options.annotations.get(key)
        rows = [self.header(word, by)]
        status = _status_line(annotation)
        if status is not None:
            rows.append(_cell(status))
        rows.extend(content)
        rows.extend(_badge_rows(annotation, self.options.wrap))
        return _table(rows)

    # --- nodes --------------------------------------------------------------------

    def claim(self, graph: graphviz.Digraph, claim: Claim) -> None:
        wrap = self.options.wrap
        style = NODE_STYLES["implicit" if claim.implicit else "claim"]
        content = [_cell(_lines(claim.text, wrap))]
        if claim.quote is not None and self.options.show_quotes:
            quoted = _font(f"<I>“{_lines(claim.quote.text, wrap)}”</I>", size="9", color=MUTED)
            content.append(_cell(quoted))
        by = claim.by
        word = style.word
        if claim.implicit and by is None:
            word = "IMPLICIT PREMISE (analyst)"
        tip = [
            f"{'Implicit premise' if claim.implicit else 'Claim'} {claim.key}"
            + (f" — {self.speaker(by)}" if by else ""),
            "",
            claim.text,
        ]
        if claim.quote is not None:
            tip += ["", f"“{claim.quote.text}”", f"— {self.citation(claim.quote)}"]
        if claim.note is not None:
            tip += ["", f"Note: {claim.note}"]
        self.add_node(
            graph, claim.key, self.body_rows(claim.key, word, by, content), "\n".join(tip), style
        )

    def evidence(self, graph: graphviz.Digraph, evidence: Evidence) -> None:
        wrap = self.options.wrap
        source = self.map.get(evidence.source_key, Source)
        if evidence.quote is not None:
            style = NODE_STYLES["quote"]
            text = _font(f"<I>“{_lines(evidence.text, wrap)}”</I>")
            citation = self.citation(evidence.quote)
            tip = [f"Quote {evidence.key}", "", f"“{evidence.quote.text}”", f"— {citation}"]
            if evidence.text != evidence.quote.text:
                tip[2:2] = [evidence.text, ""]
            locator = evidence.quote.locator
        else:
            style = NODE_STYLES["exhibit"]
            text = _lines(evidence.text, wrap)
            tip = [f"Exhibit {evidence.key}", "", evidence.text, f"— {source.citation()}"]
            locator = None
        if evidence.by is not None:
            tip[0] += f" — {self.speaker(evidence.by)}"
        if evidence.note is not None:
            tip += ["", f"Note: {evidence.note}"]
        # The label names the source briefly; the full citation is in the tooltip.
        short = _clipped_lines(source.title, wrap + 6, 1)
        if locator is not None:
            short += "<BR/>" + _clipped_lines(locator, wrap + 6, 1)
        footer = _font(short, size=_SMALL, color=MUTED)
        content = [_cell(text), _cell(footer)]
        label = self.body_rows(evidence.key, style.word, evidence.by, content)
        self.add_node(graph, evidence.key, label, "\n".join(tip), style)

    def argument(self, graph: graphviz.Digraph, argument: Argument) -> None:
        style = NODE_STYLES["argument"]
        width = min(self.options.wrap, 26)
        annotation = self.options.annotations.get(argument.key)
        lines: list[str] = []
        if argument.label is not None:
            lines.append(_font(f"<B>{_lines(argument.label, width)}</B>", size="9"))
        if argument.scheme is not None:
            # Scheme names are often identifiers (position_to_know): show them as words.
            scheme = argument.scheme.replace("_", " ")
            lines.append(_font(f"<I>{_lines(scheme, width)}</I>", size=_SMALL, color=MUTED))
        if argument.is_sketched and argument.text is not None:  # a sketch shows its gist
            lines.append(_font(_lines(argument.text, width), size=_SMALL))
        if argument.by is not None and lines:
            lines.append(_font(_one_line(self.speaker(argument.by) or ""), size=_TINY, color=MUTED))
        status = _status_line(annotation)
        if status is not None:
            lines.insert(0, status)
        badges = _badge_rows(annotation, width)
        if lines or badges:
            rows = [_centred(line) for line in lines]
            label = _table(rows + badges)
            extra: dict[str, str] = {}
        else:
            # A bare inference: a small dot the premises meet in.
            label = ""
            extra = {"shape": "circle", "width": "0.22", "height": "0.22", "fixedsize": "true"}
        tip = [
            f"Argument {argument.key}" + (f" — {self.speaker(argument.by)}" if argument.by else "")
        ]
        if argument.label is not None:
            tip.append(argument.label)
        if argument.scheme is not None:
            tip.append(f"Scheme: {argument.scheme}")
        if argument.weight is not None:
            tip.append(f"Weight: {argument.weight:g}")
        tip.append(f"Premises: {', '.join(argument.premises)}")
        tip.append(f"Conclusion: {argument.conclusion}")
        if argument.note is not None:
            tip += ["", f"Note: {argument.note}"]
        attributes = self.node_attributes(argument.key, style)
        attributes.update(extra)
        if label:
            attributes["margin"] = "0.05,0.03"
        graph.node(
            argument.key,
            label=label,
            id=node_id(argument.key),
            tooltip=tooltip_text("\n".join(tip)),
            **attributes,
        )

    def question(self, graph: graphviz.Digraph, objection: Objection) -> None:
        style = NODE_STYLES["question"]
        # Hexagons grow with their label's height as well as its width: keep lines short.
        wrap = min(self.options.wrap, 28)
        content = []
        if objection.text is not None:
            content.append(_cell(_lines(objection.text, wrap)))
        if objection.quote is not None and not _same_words(objection.quote.text, objection.text):
            quoted = _font(f"<I>“{_lines(objection.quote.text, wrap)}”</I>", size="9", color=MUTED)
            content.append(_cell(quoted))
        tip = [
            f"Challenge {objection.key}"
            + (f" — {self.speaker(objection.by)}" if objection.by else "")
        ]
        tip += self.objection_details(objection)
        word = style.word + " ?"
        raised = self.raised_question(objection)
        if raised is not None:
            word += f" · {raised.key} {raised.label}"
            tip.insert(1, f"Raises critical question {raised.key}: {raised.text}")
        label = self.body_rows(objection.key, word, objection.by, content)
        self.add_node(graph, objection.key, label, "\n".join(tip), style)

    def raised_question(self, objection: Objection) -> CriticalQuestion | None:
        """The critical question a challenge raises, when its argument's scheme is known."""
        if objection.question is None:
            return None
        target = self.map[objection.target]
        scheme = getattr(target, "scheme", None)
        if scheme is None or scheme not in SCHEMES:
            return None
        return SCHEMES[scheme].question(objection.question)

    def objection_details(self, objection: Objection) -> list[str]:
        details = [f"{objection.kind.value.capitalize()}s {objection.target}"]
        if objection.argument is not None:
            details[0] += f" as a premise of argument {objection.argument}"
        if objection.text is not None:
            details += ["", objection.text]
        if objection.quote is not None:
            details += ["", f"“{objection.quote.text}”", f"— {self.citation(objection.quote)}"]
        if objection.note is not None:
            details += ["", f"Note: {objection.note}"]
        return details

    # --- edges --------------------------------------------------------------------

    def argument_edges(self, argument: Argument) -> None:
        if not self.shown(argument.key):
            return
        for premise in argument.premises:
            self.graph.edge(
                premise,
                argument.key,
                id=edge_id(premise, argument.key),
                color=SUPPORT,
                arrowhead="none",
                **{"class": "premise"},
                tooltip=tooltip_text(f"{premise} is a premise of argument {argument.key}"),
            )
        self.graph.edge(
            argument.key,
            argument.conclusion,
            id=edge_id(argument.key, argument.conclusion),
            color=SUPPORT,
            penwidth="1.8",
            **{"class": "support"},
            tooltip=tooltip_text(f"Argument {argument.key} supports {argument.conclusion}"),
        )

    def objection_edge(self, objection: Objection) -> None:
        tail = objection.key if objection.attacker is None else objection.attacker
        if not (self.shown(objection.key) and self.shown(tail) and self.shown(objection.target)):
            return
        annotation = self.options.annotations.get(objection.key)
        who = f" — {self.speaker(objection.by)}" if objection.by else ""
        tip = [f"{objection.kind.value.capitalize()} {objection.key}{who}"]
        tip += self.objection_details(objection)
        attributes: dict[str, str] = {
            "id": edge_id(objection.key),
            "class": objection.kind.value,
            "tooltip": tooltip_text("\n".join(tip)),
        }
        pieces: list[str] = []
        if objection.kind is ObjectionKind.CHALLENGE:
            attributes.update(
                color=CHALLENGE, style="dashed", arrowhead="empty", fontcolor=CHALLENGE
            )
            pieces.append(_font("<B>?</B>", size="14", color=CHALLENGE))
        else:
            attributes.update(color=ATTACK, arrowhead="tee", arrowsize="1.1", penwidth="1.8")
        if objection.opposition is not None:  # contrary / contradictory, as the source says
            pieces.append(_font(objection.opposition.value, size=_SMALL, color=ATTACK))
        status = _status_line(annotation)
        if status is not None:
            pieces.append(status)
        if annotation is not None:
            pieces.extend(_font(_lines(b, 24), size=_SMALL) for b in annotation.badges)
        if pieces:
            attributes["label"] = "<" + "<BR/>".join(pieces) + ">"
        self.graph.edge(tail, objection.target, **attributes)

    # --- assembly -----------------------------------------------------------------

    def draw_node(self, graph: graphviz.Digraph, element: Node) -> None:
        if isinstance(element, Claim):
            self.claim(graph, element)
        elif isinstance(element, Evidence):
            self.evidence(graph, element)
        elif isinstance(element, Argument):
            self.argument(graph, element)
        else:
            self.question(graph, element)

    def nodes(self) -> list[Node]:
        m = self.map
        elements: list[Node] = [*m.claims, *m.evidence, *m.arguments]
        elements += [o for o in m.objections if o.attacker is None]
        return [e for e in elements if self.shown(e.key)]

    def build(self) -> str:
        nodes = self.nodes()
        if self.options.cluster_by_speaker:
            for index, party in enumerate(self.map.parties):
                members = [n for n in nodes if n.by == party.key]
                if not members:
                    continue
                rows = [_cell(f"<B>{_one_line(party.name)}</B>")]
                if party.role is not None:
                    rows.append(_cell(_font(_lines(party.role, 48), size=_SMALL, color=MUTED)))
                with self.graph.subgraph(name=f"cluster_{index}") as cluster:
                    cluster.attr(
                        id=f"cluster:{party.key}",
                        label=_table(rows),
                        style="rounded,filled",
                        color="#B8B8B8",
                        fillcolor="#FAFAFA",
                        fontsize="12",
                        labeljust="l",
                        labelloc=cluster_labelloc(self.options.rankdir),
                    )
                    for element in members:
                        self.draw_node(cluster, element)
            clustered = {p.key for p in self.map.parties}
            nodes = [n for n in nodes if n.by not in clustered]
        for element in nodes:
            self.draw_node(self.graph, element)
        for argument in self.map.arguments:
            self.argument_edges(argument)
        for objection in self.map.objections:
            self.objection_edge(objection)
        if self.options.legend:
            draw_legend(self.graph, self.options)
        source: str = self.graph.source
        return source


def to_dot(argument_map: ArgumentMap, *, options: RenderOptions | None = None) -> str:
    """The diagram of ``argument_map`` as Graphviz DOT source.

    The output is deterministic: the same map and options always give byte-identical
    DOT, nodes and edges follow the map's order, and every node and edge carries an
    ``id`` derived from map keys (see :func:`node_id` and :func:`edge_id`), which
    Graphviz copies into the SVG.

    Parameters
    ----------
    argument_map:
        The map to draw.
    options:
        What to draw and how (:class:`RenderOptions`); the defaults when omitted.

    Returns
    -------
    str
        DOT source for a ``digraph``.

    Raises
    ------
    InvalidValueError
        If ``argument_map`` or ``options`` is not of the right class.
    UnknownKeyError
        If a focus or annotation key is not in the map.
    WrongKindError
        If a focus key names a party or source.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea")
    >>> ann = b.party("ann", "Ann")
    >>> tea = b.claim("tea", "Tea is good for you.", by=ann)
    >>> rich = b.claim("rich", "Tea is rich in antioxidants.", by=ann)
    >>> _ = b.argument("a1", [rich], tea)
    >>> dot = to_dot(b.build())
    >>> 'id="node:tea"' in dot and 'id="edge:a1:tea"' in dot
    True
    """
    # Checked at run time too: callers from untyped code get a clear message.
    given_map: object = argument_map
    given_options: object = RenderOptions() if options is None else options
    if not isinstance(given_map, ArgumentMap):
        msg = f"to_dot needs an argmap.ArgumentMap, got {type(given_map).__name__}"
        raise InvalidValueError(msg)
    if not isinstance(given_options, RenderOptions):
        msg = f"options must be a RenderOptions, got {given_options!r}"
        raise InvalidValueError(msg)
    argument_map, options = given_map, given_options
    return _Builder(argument_map, options).build()

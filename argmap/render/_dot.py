"""Map → DOT: the diagram as Graphviz source, built with the ``graphviz`` package.

Every node and edge gets an ``id`` attribute derived from map keys, so it can be found
in the SVG: a claim, evidence, argument or question node is ``node:<key>``; the edge
from a premise to its argument is ``edge:<premise>:<argument>``, from an argument to
its conclusion ``edge:<argument>:<conclusion>``; an objection's edge is
``edge:<objection>``; the edge from the element that answers a critical question to the
argument is ``edge:<answerer>:<argument>:<question>`` (with every question it answers, in
scheme order: ``edge:cv:a:CQ1:CQ2``). Keys never contain ``:``, so these ids cannot collide.
"""

from __future__ import annotations

import graphviz

from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Party, Quote, Source
from argmap.render._escape import html_text, tooltip_text
from argmap.render._labels import (
    SMALL,
    TINY,
    badge_rows,
    cell,
    centred,
    font,
    lines,
    one_line,
    quoted,
    status_line,
    table,
)
from argmap.render._layout import Layout, plan_layout
from argmap.render._legend import draw_legend
from argmap.render._options import RenderOptions
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
from argmap.render._view import View, make_view
from argmap.schemes import SCHEMES, CriticalQuestion, QuestionState, QuestionStatus

__all__ = ["edge_id", "node_id", "to_dot"]

_GRAPH_ID = "argmap"
_TITLE_WRAP = 90
# Quotes longer than this many characters are cut (at word boundaries) in their node;
# the tooltip and the HTML panel always hold the whole quote.
_QUOTE_LIMIT = 160
_OVERVIEW_QUOTE_LIMIT = 90
# An overview is read shrunk to a page or a column: larger type on narrower lines.
_OVERVIEW_FONT_SIZE = "14"
_OVERVIEW_WRAP = 22

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
        One objection key for an objection's edge; ``(premise, argument)`` and
        ``(argument, conclusion)`` for the edges of an argument; ``(answerer, argument,
        question)`` for the edge of an answered critical question.

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


def _same_words(quoted_text: str, text: str | None) -> bool:
    """Whether a quote says no more than the text already shown (case and spacing aside)."""
    if text is None:
        return False
    return " ".join(quoted_text.split()).casefold() == " ".join(text.split()).casefold()


def _answer_word(answer: bool) -> str:
    return "yes" if answer else "no"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class _Builder:
    """Builds the DOT for one map and one set of options."""

    def __init__(self, argument_map: ArgumentMap, options: RenderOptions) -> None:
        self.map = argument_map
        self.options = options
        for key in options.annotations:
            if key not in argument_map:
                msg = f"annotation names key {key!r}, which is not in map {argument_map.title!r}"
                raise UnknownKeyError(msg, field="annotations", owner="RenderOptions", key=key)
        self.view: View = make_view(argument_map, options)
        self.layout: Layout = plan_layout(argument_map, self.view, options)
        # The kinds of node and relation drawn, for a legend that shows only those.
        self.present: set[str] = set()
        self._attack_ends: set[tuple[str, str]] | None = None
        self.graph = graphviz.Digraph(
            name="argmap",
            graph_attr=self._graph_attributes(),
            node_attr={
                "fontname": options.fontname,
                "fontsize": _OVERVIEW_FONT_SIZE if options.overview else "11",
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
        return self.view.shown(key)

    def speaker(self, by: str | None) -> str | None:
        return None if by is None else self.map.get(by, Party).name

    def citation(self, quote: Quote) -> str:
        source = self.map.source_of(quote)
        citation = source.citation()
        return citation if quote.locator is None else f"{citation}, {quote.locator}"

    def _graph_attributes(self) -> dict[str, str]:
        options = self.options
        rows = [centred(font(f"<B>{lines(self.map.title, _TITLE_WRAP)}</B>", size="16"))]
        scopes: list[str] = []
        if options.subtitle is not None:
            scopes.append(options.subtitle)
        else:
            if options.focus:
                scopes.append(f"Focused view: {', '.join(options.focus)} (depth {options.depth})")
            if options.overview:
                scopes.append("Overview: the evidence for each argument is counted on it")
            if options.fold_premises:
                scopes.append(
                    "Premises drawn only where they are more than premises; the rest are "
                    "counted on their arguments"
                )
        for scope in scopes:
            rows.append(centred(font(lines(scope, _TITLE_WRAP), size="10", color=MUTED)))
        attributes = {
            "id": _GRAPH_ID,
            "label": table(rows),
            "labelloc": "t",
            "labeljust": "c",
            "rankdir": self.layout.rankdir,
            "fontname": options.fontname,
            "nodesep": "0.25" if options.overview else "0.3",
            "ranksep": "0.25" if options.overview else "0.45",
            "pad": "0.3",
            "bgcolor": "white",
            "newrank": "true",
            "forcelabels": "true",
        }
        attributes.update(self.layout.graph_attributes)
        return attributes

    def header(self, word: str, by: str | None, *, width: int | None = None) -> str:
        speaker = self.speaker(by)
        text = word if speaker is None else f"{word} · {speaker}"
        # Small type: more characters fit on a line than in the body.
        wrapped = lines(text, round((width or self.wrap) * 1.4))
        return cell(font(wrapped, size=TINY, color=MUTED), width_of=(text, float(TINY)))

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
            self.present.add("focus")
        # Graphviz adds these to the SVG group's class ("node claim ..."), for style sheets.
        attributes["class"] = " ".join(classes)
        return attributes

    def add_node(
        self, graph: graphviz.Digraph, key: str, label: str, tooltip: str, style: NodeStyle
    ) -> None:
        self.present.add(style.name)
        graph.node(
            key,
            label=label,
            id=node_id(key),
            tooltip=tooltip_text(tooltip),
            **self.node_attributes(key, style),
        )

    def annotation_badges(self, key: str) -> tuple[str, ...]:
        annotation = self.options.annotations.get(key)
        if annotation is None:
            return ()
        badges = annotation.badges
        if self.questions(key):
            # The diagram draws every critical question itself (see question_rows); an
            # evaluation's notes about raised and open ones would say it twice.
            badges = tuple(b for b in badges if not (b.startswith("open: ") or " raised: " in b))
        return badges

    def outside_rows(self, key: str) -> list[str]:
        """In a focused view: what bears on ``key`` but is left out of the picture."""
        notes = []
        objections, arguments = self.view.cut_off(key)
        if objections:
            notes.append(f"+{_plural(objections, 'objection')} outside this view")
        if arguments:
            notes.append(f"+{_plural(arguments, 'argument')} for it outside this view")
        return [cell(font(html_text(n), size=SMALL, color=ATTACK)) for n in notes]

    def body_rows(
        self, key: str, word: str, by: str | None, content: list[str], *, width: int | None = None
    ) -> str:
        annotation = self.options.annotations.get(key)
        rows = [self.header(word, by, width=width)]
        status = status_line(annotation)
        if status is not None:
            rows.append(cell(status))
        rows.extend(content)
        rows.extend(badge_rows(self.annotation_badges(key), self.options.wrap))
        rows.extend(self.outside_rows(key))
        return table(rows)

    def text_cell(self, text: str, *, size: float = 11.0) -> str:
        return cell(lines(text, self.wrap), width_of=(text, size))

    @property
    def wrap(self) -> int:
        if self.options.overview:
            return min(self.options.wrap, _OVERVIEW_WRAP)
        return self.options.wrap

    @property
    def quote_limit(self) -> int:
        return _OVERVIEW_QUOTE_LIMIT if self.options.overview else _QUOTE_LIMIT

    # --- nodes --------------------------------------------------------------------

    def claim(self, graph: graphviz.Digraph, claim: Claim) -> None:
        wrap = self.wrap
        style = NODE_STYLES["implicit" if claim.implicit else "claim"]
        content = [self.text_cell(claim.text)]
        if (
            claim.quote is not None
            and self.options.show_quotes
            and not _same_words(claim.quote.text, claim.text)
        ):
            words = quoted(claim.quote.text, wrap, limit=self.quote_limit)
            content.append(cell(font(f"<I>{words}</I>", size="9", color=MUTED)))
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
        wrap = self.wrap
        source = self.map.get(evidence.source_key, Source)
        content: list[str] = []
        if evidence.quote is not None:
            style = NODE_STYLES["quote"]
            # The source's own words, and only they, stand in quotation marks; the
            # analyst's paraphrase, if any, is a plain caption under them.
            words = quoted(evidence.quote.text, wrap, limit=self.quote_limit)
            content.append(cell(font(f"<I>{words}</I>"), width_of=(evidence.quote.text, 11.0)))
            if not _same_words(evidence.quote.text, evidence.text):
                caption = font(lines(evidence.text, wrap), size="9", color=MUTED)
                content.append(cell(caption, width_of=(evidence.text, 9.0)))
            citation = self.citation(evidence.quote)
            tip = [f"Quote {evidence.key}", "", f"“{evidence.quote.text}”", f"— {citation}"]
            if not _same_words(evidence.quote.text, evidence.text):
                tip += ["", f"Paraphrase: {evidence.text}"]
            locator = evidence.quote.locator
        else:
            style = NODE_STYLES["exhibit"]
            content.append(self.text_cell(evidence.text))
            tip = [f"Exhibit {evidence.key}", "", evidence.text, f"— {source.citation()}"]
            locator = None
        if evidence.by is not None:
            tip[0] += f" — {self.speaker(evidence.by)}"
        if evidence.note is not None:
            tip += ["", f"Note: {evidence.note}"]
        # The label names the source (its whole title: two sources never look alike);
        # the full citation is in the tooltip.
        short = lines(source.title, wrap + 6)
        if locator is not None:
            short += "<BR/>" + lines(locator, wrap + 6)
        content.append(cell(font(short, size=SMALL, color=MUTED)))
        label = self.body_rows(evidence.key, style.word, evidence.by, content)
        self.add_node(graph, evidence.key, label, "\n".join(tip), style)

    def questions(self, argument_key: str) -> tuple[QuestionState, ...]:
        element = self.map[argument_key]
        if not isinstance(element, Argument):
            return ()
        return self.map.questions_of(argument_key)

    def drawn_answer(self, state: QuestionState) -> bool:
        """Whether an answered question is drawn as an edge from its answering element."""
        answer = state.answer
        return answer is not None and answer.by is not None and self.shown(answer.by)

    def question_rows(self, argument: Argument, width: int) -> list[str]:
        """Badges for the critical questions of ``argument``: answered ones whose answer
        is not drawn as an edge, raised ones, and those still open."""
        states = self.questions(argument.key)
        badges: list[tuple[str, str]] = []
        open_: list[QuestionState] = []
        for state in states:
            q = state.question
            if state.status is QuestionStatus.ANSWERED and not self.drawn_answer(state):
                assert state.answer is not None
                text = f"{q.key} {q.label}: {_answer_word(state.answer.answer)}"
                if state.answer.by is not None:
                    text += f" (by {state.answer.by}, not shown)"
                colour = SUPPORT if state.favourable else ATTACK
                badges.append((text, colour))
            elif state.status is QuestionStatus.RAISED:
                badges.append((f"{q.key} raised: {q.label}?", CHALLENGE))
            elif state.status is QuestionStatus.OPEN:
                open_.append(state)
        if open_:
            if self.options.overview:
                text = f"open: {_plural(len(open_), 'CQ')}"
            else:
                text = "open: " + ", ".join(f"{s.question.key} {s.question.label}" for s in open_)
            badges.append((text, MUTED))
        rows: list[str] = []
        for text, colour in badges:
            rows += badge_rows([text], width, color=colour)
        if badges:
            self.present.add("cq-badge")
        return rows

    def argument(self, graph: graphviz.Digraph, argument: Argument) -> None:
        style = NODE_STYLES["argument"]
        width = min(self.wrap, 20 if self.options.overview else 26)
        annotation = self.options.annotations.get(argument.key)
        texts: list[str] = []
        if argument.label is not None:
            texts.append(font(f"<B>{lines(argument.label, width)}</B>", size="9"))
        if argument.scheme is not None:
            scheme = SCHEMES[argument.scheme].title if argument.scheme in SCHEMES else None
            # Scheme names are often identifiers (position_to_know): show them as words.
            shown = scheme or argument.scheme.replace("_", " ")
            texts.append(font(f"<I>{lines(shown, width)}</I>", size=SMALL, color=MUTED))
        if argument.is_sketched and argument.text is not None:  # a sketch shows its gist
            texts.append(font(lines(argument.text, width), size=SMALL))
        if argument.by is not None and texts:
            texts.append(font(one_line(self.speaker(argument.by) or ""), size=TINY, color=MUTED))
        if argument.weight is not None and self.options.show_weights:
            texts.append(font(f"weight {argument.weight:g}", size=SMALL, color=INK))
        folded = self.view.folded_into(argument.key)
        if folded:
            texts.append(font(html_text(folded), size=SMALL, color=INK))
        status = status_line(annotation)
        if status is not None:
            texts.insert(0, status)
        badges = badge_rows(self.annotation_badges(argument.key), width)
        badges += self.question_rows(argument, width)
        badges += self.outside_rows(argument.key)
        if texts or badges:
            label = table([centred(t) for t in texts] + badges)
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
        tip.append(f"Premises: {', '.join(argument.premises) or '(none)'}")
        tip.append(f"Conclusion: {argument.conclusion}")
        for state in self.questions(argument.key):
            tip.append(self.question_tip(state))
        if argument.reconstructed:
            tip.insert(1, "Reconstructed inference (the analyst's)")
        if argument.note is not None:
            tip += ["", f"Note: {argument.note}"]
        attributes = self.node_attributes(argument.key, style)
        attributes.update(extra)
        if label:
            attributes["margin"] = "0.05,0.03"
        self.present.add("argument")
        if argument.reconstructed:
            # Dashed like a reconstructed premise: the step is the analyst's, not the source's.
            attributes["style"] = f"{attributes.get('style', 'filled')},dashed"
            attributes["class"] += " reconstructed"
            self.present.add("reconstructed")
        graph.node(
            argument.key,
            label=label,
            id=node_id(argument.key),
            tooltip=tooltip_text("\n".join(tip)),
            **attributes,
        )

    @staticmethod
    def question_tip(state: QuestionState) -> str:
        q = state.question
        text = f"{q.key} ({q.kind.value}, {state.status.value}): {q.text}"
        if state.answer is not None:
            text += f" — {_answer_word(state.answer.answer)}"
            if state.answer.by is not None:
                text += f", by {state.answer.by}"
        return text

    def question(self, graph: graphviz.Digraph, objection: Objection) -> None:
        style = NODE_STYLES["question"]
        # Hexagons grow with their label's height as well as its width: keep lines short.
        wrap = min(self.wrap, 22)
        content = []
        if objection.text is not None:
            content.append(cell(lines(objection.text, wrap), width_of=(objection.text, 11.0)))
        if objection.quote is not None and not _same_words(objection.quote.text, objection.text):
            words = quoted(objection.quote.text, wrap, limit=self.quote_limit)
            content.append(cell(font(f"<I>{words}</I>", size="9", color=MUTED)))
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
        label = self.body_rows(objection.key, word, objection.by, content, width=wrap)
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

    def attack_ends(self) -> set[tuple[str, str]]:
        """(tail, head) of every objection drawn as an edge."""
        if self._attack_ends is None:
            self._attack_ends = set()
            for o in self.map.objections:
                tail = o.key if o.attacker is None else o.attacker
                if self.shown(o.key) and self.shown(tail) and self.shown(o.target):
                    self._attack_ends.add((tail, o.target))
        return self._attack_ends

    def argument_edges(self, argument: Argument) -> None:
        if not self.shown(argument.key):
            return
        for premise in argument.premises:
            if not self.shown(premise):
                continue  # folded into the argument's counts (overview)
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

    def answer_edges(self, argument: Argument) -> None:
        """One edge from each drawn element that answers critical questions of
        ``argument``, labelled with every answer it gives (``CQ1: yes, CQ2: yes``)."""
        if not self.shown(argument.key):
            return
        by_answerer: dict[str, list[QuestionState]] = {}
        for state in self.questions(argument.key):
            if state.status is QuestionStatus.ANSWERED and self.drawn_answer(state):
                assert state.answer is not None
                assert state.answer.by is not None
                by_answerer.setdefault(state.answer.by, []).append(state)
        for answerer, states in by_answerer.items():
            words, tips = [], []
            for state in states:
                assert state.answer is not None
                q, word = state.question, _answer_word(state.answer.answer)
                words.append(f"{html_text(q.key)}: {word}")
                tip = f"{answerer} answers {q.key} of argument {argument.key}: {word}\n"
                tip += f"{q.key} ({q.kind.value}): {q.text}"
                if state.answer.note is not None:
                    tip += f"\nNote: {state.answer.note}"
                tips.append(tip)
            # Green when every answer lets the argument stand, vermillion otherwise.
            colour = SUPPORT if all(s.favourable for s in states) else ATTACK
            self.present.add("answer")
            self.graph.edge(
                answerer,
                argument.key,
                id=edge_id(answerer, argument.key, *(s.question.key for s in states)),
                color=colour,
                fontcolor=colour,
                style="dotted",
                arrowhead="odot",
                penwidth="1.6",
                constraint="false",
                label=f"<{font('<B>' + ', '.join(words) + '</B>', size='9')}>",
                tooltip=tooltip_text("\n\n".join(tips)),
                **{"class": "answer"},
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
            pieces.append(font("<B>?</B>", size="14", color=CHALLENGE))
        else:
            attributes.update(color=ATTACK, arrowhead="tee", arrowsize="1.1", penwidth="1.8")
        self.present.add(objection.kind.value)
        if objection.opposition is not None:  # contrary / contradictory, as the source says
            pieces.append(font(objection.opposition.value, size=SMALL, color=ATTACK))
        status = status_line(annotation)
        if status is not None:
            pieces.append(status)
        if annotation is not None:
            pieces.extend(font(lines(b, 24), size=SMALL) for b in annotation.badges)
        if pieces:
            label = "<" + "<BR/>".join(pieces) + ">"
            if (objection.target, tail) in self.attack_ends():
                # Two objections between the same two elements, one each way: at the
                # middle their labels would overlap (and the layout loses such edges);
                # each goes by its own arrowhead, with a rank's gap between the two
                # elements so the labels do not sit on their text.
                attributes.update(
                    headlabel=label, labeldistance="2.5", labelangle="-35", minlen="2"
                )
            else:
                # A label of the edge itself: the layout keeps room for it at the edge's
                # middle (an external label, placed after the layout, may land elsewhere).
                attributes["label"] = label
        attributes.update(self.layout.edge_attributes(tail, objection.target))
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
                rows = [cell(f"<B>{one_line(party.name)}</B>")]
                if party.role is not None:
                    rows.append(cell(font(lines(party.role, 48), size=SMALL, color=MUTED)))
                with self.graph.subgraph(name=f"cluster_{index}") as cluster:
                    cluster.attr(
                        id=f"cluster:{party.key}",
                        label=table(rows),
                        style="rounded,filled",
                        color="#B8B8B8",
                        fillcolor="#FAFAFA",
                        fontsize="12",
                        labeljust="l",
                        labelloc=cluster_labelloc(self.layout.rankdir),
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
        for argument in self.map.arguments:
            self.answer_edges(argument)
        self.layout.add_constraints(self.graph, clustered=self.options.cluster_by_speaker)
        if self.options.legend:
            draw_legend(self.graph, self.options, self.present, rankdir=self.layout.rankdir)
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

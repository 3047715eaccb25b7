"""Argdown text to Argdown's data model, as the official parser (``@argdown/core`` 1.7) does.

Three steps, each following the official implementation closely so that argmap reads a
document exactly as ``argdown json`` does:

1. :class:`_Lexer` -- Argdown's tokens are context-sensitive (a relation arrow is one only
   at the start of a line, indentation opens and closes relation blocks, ``*`` ends
   emphasis only when one is open), so tokens are made by a small hand-written lexer
   that mirrors the official one rule by rule;
2. a LALR(1) grammar run by `lark <https://github.com/lark-parser/lark>`_ over those
   tokens gives the syntax tree; a syntax error carries its line and column;
3. :class:`_Builder` walks the tree as the official ``ModelPlugin`` does and returns the
   statements (equivalence classes), arguments, relations, sections and tags in the
   shape of Argdown's JSON export (``argdown json``), which :mod:`argmap.formats.argdown`
   turns into a map.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import lark
from lark.lexer import Lexer as _LarkLexer

from argmap.errors import FormatError
from argmap.formats._yaml import load_yaml

__all__ = ["parse"]

_Tree = lark.Tree[Any]  # a syntax tree node: lark's Tree, with tokens as leaves

# JavaScript's `\s` (the official lexer is JavaScript), which Python's `\s` is not quite.
_WS = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# JavaScript's `.`: any character but the four line terminators.
_DOT = "[^\n\r\u2028\u2029]"

# Shortcodes Argdown replaces in text (``:A:`` or ``.A.`` is "for all", ...).
_SHORTCODES = {
    ".A.": "∀", ":A:": "∀", ".E.": "∃", ":E:": "∃", ".O.": "𝗢", ":O:": "𝗢", ".P.": "𝗣",
    ":P:": "𝗣", ".->.": "→", ":->:": "→", ".<->.": "↔", ":<->:": "↔", ".~.": "¬", ":~:": "¬",
    ".^.": "∧", ":^:": "∧", ".v.": "∨", ":v:": "∨", ".v_.": "⊻", ":v_:": "⊻", ".<>.": "◇",
    ":<>:": "◇", ".[].": "◻", ":[]:": "◻", ":happy:": "😀", ".happy.": "😀",
    ":smile:": "☺️", ".smile.": "☺", ":smiley:": "☺", ".smiley.": "☺", ":laugh:": "😆",
    ".laugh.": "😆", ":lol:": "😆", ".lol.": "😆", ":rofl:": "🤣", ".rofl.": "🤣",
    ":joy:": "😂", ".joy.": "😂", ":heart:": "❤", ".heart.": "❤", ".?.": "❓", ":?:": "❓",
    ".question.": "❓", ":question:": "❓", ":love:": "😍", ".love.": "😍", ":wink:": "😉",
    ".wink.": "😉", ":shush:": "🤫", ".shush.": "🤫", ":meh:": "😐", ".meh.": "😐",
    ":eye-roll:": "🙄", ".eye-roll.": "🙄", ":sad:": "😢", ".sad.": "😢",
    ":disappointed:": "😞", ".disappointed.": "😞", ":scream:": "😱", ".scream.": "😱",
    ":+1:": "👍", ".+1.": "👍", ":up:": "👍", ".up.": "👍", ":-1:": "👎", ".-1.": "👎",
    ":down:": "👎", ".down.": "👎", ":think:": "🤔", ".think.": "🤔", ".star.": "⭐",
    ":star:": "⭐", ".y.": "✔", ":y:": "✔", ".agree.": "✔", ":agree:": "✔", ".n.": "❌",
    ":n:": "❌", ".disagree.": "❌", ":disagree:": "❌",
}  # fmt: skip


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("JSWS", _WS).replace("JSDOT", _DOT))


# --- 1. tokens ---------------------------------------------------------------------------------

_ANY = "[^\u2028\u2029]"  # JavaScript's (?:.|\n|\r)
_COMMENT = f"(?:<!--{_ANY}*?-->)|(?:/\\*{_ANY}*?\\*/)|(?://{_DOT}*?(?=\\r\\n|\\n|\\r))"
_COMMENT_PLAIN = re.compile(_COMMENT)
_COMMENT_AFTER_EMPTYLINE = re.compile(f"(?:{_COMMENT})(?:[ \\t]*\\r\\n|\\n|\\r)*")
_COMMENT_AFTER_NEWLINE = re.compile(
    f"(?:{_COMMENT})(?:[ \\t]*(?:\\r\\n|\\n|\\r)(?!([ \\t]*(\\r\\n|\\n|\\r))))?"
)
_FRONT_MATTER = re.compile(r"===+[\s\S]*?===+")
_DATA = _re(r"\{(?:(?!\}[JSWS][^,}])(?:JSDOT|\n))*\}(?![JSWS]*(?:,|\}))")
_ESCAPED = _re(r"\\JSDOT(?: )*")
_SPECIAL = _re(r"(?:\.[^JSWS]+?\.[ \t]?)|(?::[^JSWS]+?:[ \t]?)")
_EMPTYLINE = re.compile(r"(?:[ \t]*(?:\r\n|\n)){2,}")
_NEWLINE = re.compile(r"[ \t]*(?:\r\n|\n|\r)")
_INFERENCE_START = re.compile(r"[ \t]*-{2}")
_RELATIONS = (
    ("INCOMING_SUPPORT", re.compile(r"([ \t]*)(\+>)")),
    ("INCOMING_ATTACK", re.compile(r"([ \t]*)(->)")),
    ("OUTGOING_SUPPORT", re.compile(r"([ \t]*)(<?\+)")),
    ("OUTGOING_ATTACK", re.compile(r"([ \t]*)(<?-)")),
    ("CONTRADICTION", re.compile(r"([ \t]*)(><)")),
    ("INCOMING_UNDERCUT", re.compile(r"([ \t]*)(_>)")),
    ("OUTGOING_UNDERCUT", _re(r"([ \t]*)(<_|(?:_(?=[JSWS])))")),
)
_HEADING = re.compile(r"(#+) ")
_STATEMENT_NUMBER = re.compile(r"[ \t]*\(\d+\)")
_ORDERED_ITEM = _re(r"([ \t]*)\d+\.(?=[JSWS])")
_UNORDERED_ITEM = _re(r"([ \t]*)\*(?=[JSWS])")
_END_LOOKAHEAD = r"(?:[ \t]|(?=\n|\r|\)|\}|_|\.|,|!|\?|;|:|-|\*|\Z))"
_EMPHASIS = (
    # (token, pattern, kind); ends are tried before starts, as in the official lexer.
    ("ASTERISK_BOLD_END", re.compile(r"\*\*" + _END_LOOKAHEAD), "**", False),
    ("UNDERSCORE_BOLD_END", re.compile(r"__" + _END_LOOKAHEAD), "__", False),
    ("ASTERISK_ITALIC_END", re.compile(r"\*" + _END_LOOKAHEAD), "*", False),
    ("UNDERSCORE_ITALIC_END", re.compile(r"_" + _END_LOOKAHEAD), "_", False),
    ("ASTERISK_BOLD_START", _re(r"\*\*(?![JSWS])"), "**", True),
    ("UNDERSCORE_BOLD_START", _re(r"__(?![JSWS])"), "__", True),
    ("ASTERISK_ITALIC_START", _re(r"\*(?![JSWS])"), "*", True),
    ("UNDERSCORE_ITALIC_START", _re(r"_(?![JSWS])"), "_", True),
)
_SIMPLE = (
    ("LINK", re.compile(r"\[[^\]]+?\]\([^)]+?\)[ \t]?")),
    (
        "TAG",
        re.compile(
            "#(?:\\([^)]+\\)|[a-zA-z0-9\\-\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]+)[ \\t]?"
        ),
    ),
    ("STATEMENT_DEFINITION", _re(r"\[JSDOT+?\]:")),
    ("STATEMENT_REFERENCE", _re(r"\[[^-]JSDOT*?\]")),
    ("STATEMENT_MENTION", _re(r"@\[JSDOT+?\][ \t]?")),
    ("ARGUMENT_DEFINITION", _re(r"<JSDOT+?>:")),
    ("ARGUMENT_REFERENCE", _re(r"<[^-]JSDOT*?>")),
    ("ARGUMENT_MENTION", _re(r"@<JSDOT+?>[ \t]?")),
)
_SPACES = re.compile(r"[ \t]+")
_FREESTYLE = re.compile(r"[^\\@#*_\[\],.:;</>\-\r\n(){}]+")
_UNUSED = re.compile(r"[@#*_\[\],.:;</>\-(){}][ \t]?")
_INFERENCE_END = re.compile(r"-{2,}")

_LINE_STARTERS = ("NEWLINE", "EMPTYLINE")


@dataclass
class _Token:
    type: str
    image: str
    offset: int
    line: int
    column: int


class _Lexer:
    """Argdown's lexer (``@argdown/core/dist/lexer.js``), rule for rule."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[_Token] = []
        self.indents = [0]
        self.ranges: list[str] = []
        self.last_skipped_end = -1
        self.mode = "default"
        self._line_starts = [0]
        for match in re.finditer(r"\r\n|\n|\r", text):
            self._line_starts.append(match.end())

    def position(self, offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _last(self) -> _Token | None:
        return self.tokens[-1] if self.tokens else None

    def _at_line_start(self, *, newline_only: bool = False) -> bool:
        last = self._last()
        if last is None:
            return True
        return last.type == "NEWLINE" or (not newline_only and last.type == "EMPTYLINE")

    def _emit(self, kind: str, image: str, offset: int) -> None:
        line, column = self.position(offset)
        self.tokens.append(_Token(kind, image, offset, line, column))

    def _dedent_all(self, offset: int) -> None:
        while len(self.indents) > 1:
            self._emit("DEDENT", "", offset)
            self.indents.pop()

    def _indent_to(self, width: int, offset: int) -> None:
        last = self.indents[-1]
        if width > last:
            self.indents.append(width)
            self._emit("INDENT", "", offset)
        elif width < last:
            while len(self.indents) > 1 and width < last:
                self.indents.pop()
                last = self.indents[-1]
                self._emit("DEDENT", "", offset)

    def run(self) -> list[_Token]:
        text, pos = self.text, 0
        while pos < len(text):
            step = self._default(pos) if self.mode == "default" else self._inference(pos)
            if step is None:
                line, column = self.position(pos)
                msg = f"unexpected character {text[pos]!r}"
                raise FormatError(msg, location=f"line {line} column {column}")
            pos = step
        if self.tokens and self.tokens[-1].type == "EMPTYLINE":
            self.tokens.pop()
        self._dedent_all(len(text))
        return self.tokens

    def _skip(self, pos: int, end: int) -> int:
        self.last_skipped_end = end - 1
        return end

    def _token(self, kind: str, pos: int, end: int) -> int:
        self._emit(kind, self.text[pos:end], pos)
        return end

    def _comment(self, pos: int) -> int | None:
        last = self._last()
        if last is not None and last.type == "EMPTYLINE":
            pattern = _COMMENT_AFTER_EMPTYLINE
        elif last is not None and last.type == "NEWLINE":
            pattern = _COMMENT_AFTER_NEWLINE
        else:
            pattern = _COMMENT_PLAIN
        match = pattern.match(self.text, pos)
        return None if match is None else self._skip(pos, match.end())

    def _default(self, pos: int) -> int | None:
        text = self.text
        ch = text[pos]
        if ch in "/<" and (end := self._comment(pos)) is not None:
            return end
        # Each pattern is tried only where its first character stands (as the official
        # lexer's first-character table does); the order of the tries is the official one.
        if ch in "={\\.:":
            for kind, pattern in (
                ("FRONT_MATTER", _FRONT_MATTER),
                ("DATA", _DATA),
                ("ESCAPED_CHAR", _ESCAPED),
                ("SPECIAL_CHAR", _SPECIAL),
            ):
                match = pattern.match(text, pos)
                if match:
                    return self._token(kind, pos, match.end())
        last = self._last()
        if ch in "\r\n" and (last is None or last.type != "EMPTYLINE"):
            match = _EMPTYLINE.match(text, pos)
            if match:
                if match.end() < len(text):
                    self._dedent_all(pos)
                return self._token("EMPTYLINE", pos, match.end())
        if ch in " \t\r\n":
            match = _NEWLINE.match(text, pos)
            if match:
                return self._token("NEWLINE", pos, match.end())
        if ch in " \t-" and self._at_line_start(newline_only=True):
            match = _INFERENCE_START.match(text, pos)
            if match:
                self._dedent_all(pos)
                self.mode = "inference"
                return self._token("INFERENCE_START", pos, match.end())
        if self._at_line_start():
            for kind, pattern in _RELATIONS:
                if ch not in " \t" + kind_first(kind):
                    continue
                match = pattern.match(text, pos)
                if match:
                    self._indent_to(len(match.group(1)), pos)
                    return self._token(kind, pos, match.end())
        if ch == "#" and (last is None or last.type in _LINE_STARTERS):
            match = _HEADING.match(text, pos)
            if match:
                return self._token("HEADING_START", pos, match.end())
        if ch in " \t(" and self._at_line_start():
            match = _STATEMENT_NUMBER.match(text, pos)
            if match:
                self._dedent_all(pos)
                return self._token("STATEMENT_NUMBER", pos, match.end())
        if ch in " \t" and self._at_line_start():
            for kind, pattern in (
                ("ORDERED_LIST_ITEM", _ORDERED_ITEM),
                ("UNORDERED_LIST_ITEM", _UNORDERED_ITEM),
            ):
                match = pattern.match(text, pos)
                if match:
                    self._indent_to(len(match.group(1)) + 1, pos)
                    return self._token(kind, pos, match.end())
        if ch in "*_":
            for kind, pattern, marker, opens in _EMPHASIS:
                if opens:
                    match = pattern.match(text, pos)
                    if match:
                        self.ranges.append(marker)
                        return self._token(kind, pos, match.end())
                    continue
                if not self.ranges or self.ranges[-1] != marker:
                    continue
                if last is None or self.last_skipped_end > last.offset + len(last.image) - 1:
                    continue
                match = pattern.match(text, pos)
                if match:
                    self.ranges.pop()
                    return self._token(kind, pos, match.end())
        if ch in "[#@<":
            for kind, pattern in _SIMPLE:
                match = pattern.match(text, pos)
                if match:
                    return self._token(kind, pos, match.end())
        if ch in " \t":
            match = _SPACES.match(text, pos)
            if match:
                return self._skip(pos, match.end())
        for kind, pattern in (("FREESTYLE", _FREESTYLE), ("UNUSED_CONTROL_CHAR", _UNUSED)):
            match = pattern.match(text, pos)
            if match:
                return self._token(kind, pos, match.end())
        return None

    def _inference(self, pos: int) -> int | None:
        text = self.text
        if text[pos] in "/<" and (end := self._comment(pos)) is not None:
            return end
        for kind, pattern in (
            ("NEWLINE", _NEWLINE),
            ("ESCAPED_CHAR", _ESCAPED),
            ("SPECIAL_CHAR", _SPECIAL),
            ("INFERENCE_END", _INFERENCE_END),
            ("DATA", _DATA),
            ("LIST_DELIMITER", re.compile(",")),
        ):
            match = pattern.match(text, pos)
            if match:
                if kind == "INFERENCE_END":
                    self.mode = "default"
                return self._token(kind, pos, match.end())
        match = _SPACES.match(text, pos)
        if match:
            return self._skip(pos, match.end())
        for kind, pattern in (("FREESTYLE", _FREESTYLE), ("UNUSED_CONTROL_CHAR", _UNUSED)):
            match = pattern.match(text, pos)
            if match:
                return self._token(kind, pos, match.end())
        return None


def kind_first(kind: str) -> str:
    """The first characters (besides indentation) of a relation arrow, as the official
    lexer's ``start_chars_hint`` lists them."""
    return {
        "INCOMING_SUPPORT": "+",
        "INCOMING_ATTACK": "-",
        "OUTGOING_SUPPORT": "<",
        "OUTGOING_ATTACK": "<",
        "CONTRADICTION": ">",
        "INCOMING_UNDERCUT": "_",
        "OUTGOING_UNDERCUT": "<",
    }[kind]


# --- 2. syntax ---------------------------------------------------------------------------------

_GRAMMAR = r"""
start: NEWLINE? EMPTYLINE? front_matter? block (EMPTYLINE block)*
front_matter: FRONT_MATTER NEWLINE? EMPTYLINE
?block: heading | statement | pcs | argument | ordered_list | unordered_list
heading: HEADING_START content data?

pcs: pcs_statement pcs_tail+
pcs_tail: pcs_statement* inference pcs_statement
pcs_statement: STATEMENT_NUMBER statement
inference: INFERENCE_START inference_body? INFERENCE_END NEWLINE inference_relations?
inference_body: NEWLINE? inference_rules NEWLINE? data?
              | NEWLINE data?
              | data
inference_rules: freestyle (LIST_DELIMITER freestyle)*
inference_relations: INDENT outgoing_undercut+ DEDENT
freestyle: (FREESTYLE | UNUSED_CONTROL_CHAR | ESCAPED_CHAR | SPECIAL_CHAR)+

ordered_list: INDENT ordered_list_item+ DEDENT
unordered_list: INDENT unordered_list_item+ DEDENT
ordered_list_item: ORDERED_LIST_ITEM (statement | argument)
unordered_list_item: UNORDERED_LIST_ITEM (statement | argument)

argument: (ARGUMENT_DEFINITION content | ARGUMENT_REFERENCE TAG* NEWLINE?) data? relations?
statement: (content | STATEMENT_REFERENCE TAG* NEWLINE? | statement_definition) data? relations?
statement_definition: STATEMENT_DEFINITION content
data: DATA NEWLINE?

relations: INDENT relation+ DEDENT
?relation: incoming_support | incoming_attack | outgoing_support | outgoing_attack
         | contradiction | incoming_undercut | outgoing_undercut
incoming_support: INCOMING_SUPPORT (statement | argument)
incoming_attack: INCOMING_ATTACK (statement | argument)
outgoing_support: OUTGOING_SUPPORT (statement | argument)
outgoing_attack: OUTGOING_ATTACK (statement | argument)
contradiction: CONTRADICTION statement
incoming_undercut: INCOMING_UNDERCUT (statement | argument)
outgoing_undercut: OUTGOING_UNDERCUT (statement | argument)

content: _content_item+
_content_item: FREESTYLE | UNUSED_CONTROL_CHAR | ESCAPED_CHAR | SPECIAL_CHAR | LINK | bold
             | italic | TAG | ARGUMENT_MENTION | STATEMENT_MENTION | NEWLINE
bold: UNDERSCORE_BOLD_START content? UNDERSCORE_BOLD_END
    | ASTERISK_BOLD_START content? ASTERISK_BOLD_END
italic: UNDERSCORE_ITALIC_START content? UNDERSCORE_ITALIC_END
      | ASTERISK_ITALIC_START content? ASTERISK_ITALIC_END

%declare FRONT_MATTER DATA LIST_DELIMITER INFERENCE_START INFERENCE_END EMPTYLINE NEWLINE
%declare INDENT DEDENT INCOMING_SUPPORT INCOMING_ATTACK OUTGOING_SUPPORT OUTGOING_ATTACK
%declare CONTRADICTION INCOMING_UNDERCUT OUTGOING_UNDERCUT HEADING_START STATEMENT_NUMBER
%declare ORDERED_LIST_ITEM UNORDERED_LIST_ITEM ASTERISK_BOLD_START ASTERISK_BOLD_END
%declare UNDERSCORE_BOLD_START UNDERSCORE_BOLD_END ASTERISK_ITALIC_START ASTERISK_ITALIC_END
%declare UNDERSCORE_ITALIC_START UNDERSCORE_ITALIC_END LINK TAG STATEMENT_DEFINITION
%declare STATEMENT_REFERENCE STATEMENT_MENTION ARGUMENT_DEFINITION ARGUMENT_REFERENCE
%declare ARGUMENT_MENTION FREESTYLE UNUSED_CONTROL_CHAR ESCAPED_CHAR SPECIAL_CHAR
"""


class _TokenStream(_LarkLexer):
    """Feeds lark the tokens :class:`_Lexer` made (lark's own lexers are context-free)."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[lark.Token]:  # type: ignore[override]
        for token in data:
            yield lark.Token(
                token.type,
                token.image,
                start_pos=token.offset,
                line=token.line,
                column=token.column,
            )


_PARSER: lark.Lark | None = None


def _parser() -> lark.Lark:
    global _PARSER  # built once, on first use: building the tables takes a moment
    if _PARSER is None:
        _PARSER = lark.Lark(
            _GRAMMAR,
            parser="lalr",
            lexer=_TokenStream,
            keep_all_tokens=True,
            maybe_placeholders=False,
        )
    return _PARSER


_TOKEN_NAMES = {
    "NEWLINE": "a line break",
    "EMPTYLINE": "an empty line",
    "INDENT": "an indented line",
    "DEDENT": "the end of an indented block",
    "$END": "the end of the text",
    "INFERENCE_END": "'--' ending the inference",
    "STATEMENT_NUMBER": "a numbered statement such as '(2)'",
}


def _describe_token(token: lark.Token) -> str:
    if token.type in _TOKEN_NAMES:
        return _TOKEN_NAMES[token.type]
    shown = str(token).strip() or token.type
    return f"{shown[:40]!r}"


def _syntax_tree(tokens: list[_Token], lines: int) -> _Tree:
    try:
        # lark's stubs type the input as str across versions; a token list is what we parse.
        return _parser().parse(cast(Any, tokens))
    except lark.exceptions.UnexpectedToken as error:
        token = error.token
        line = getattr(token, "line", None) or lines
        column = getattr(token, "column", None) or 1
        expected = sorted(_TOKEN_NAMES.get(e, e.lower().replace("_", " ")) for e in error.expected)[
            :6
        ]
        msg = f"invalid Argdown syntax: unexpected {_describe_token(token)}"
        if expected:
            msg += f"; expected {', '.join(expected)}"
        raise FormatError(msg, location=f"line {line} column {column}") from None
    except lark.exceptions.UnexpectedEOF:
        raise FormatError(
            "invalid Argdown syntax: the text ends too early", location=f"line {lines} column 1"
        ) from None


# --- 3. the model ------------------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    """An equivalence class, an argument or an inference, with its relations."""

    kind: str  # "equivalence-class", "argument", "inference"
    title: str = ""
    members: list[dict[str, Any]] = field(default_factory=list)
    pcs: list[dict[str, Any]] = field(default_factory=list)
    data: Any = None
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    argument: _Node | None = None  # an inference's argument
    rules: list[str] = field(default_factory=list)  # an inference's rules
    conclusion_index: int = -1
    pcs_line: int | None = None  # an argument's: where its premise-conclusion structure starts


@dataclass(eq=False)
class _Relation:
    type: str
    source: _Node | None = None
    target: _Node | None = None


def _merge(base: Any, extra: Any) -> Any:
    """lodash's ``merge``: objects merge key by key, anything else is replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(merged.get(key), value) if key in merged else copy.deepcopy(value)
        return merged
    return copy.deepcopy(extra) if extra is not None else base


class _Builder:
    """The official ``ModelPlugin``: statements, arguments, relations, sections."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.statements: dict[str, _Node] = {}
        self.arguments: dict[str, _Node] = {}
        self.relations: list[_Relation] = []
        self.edges: set[tuple[int, int, str]] = set()  # (source, target, type) said so far
        self.sections: list[dict[str, Any]] = []
        self.tags: dict[str, int] = {}
        self.untitled = 0
        self.section: dict[str, Any] | None = None
        self.section_count = 0
        self.heading: dict[str, Any] | None = None
        self.statement: dict[str, Any] | None = None
        self.parent: Any = None  # the current relation parent (a statement dict or a node)
        self.parents: list[_Node] = []
        self.relation: _Relation | None = None
        self.inference: _Node | None = None
        self.pcs_argument: _Node | None = None
        model = settings.get("model")
        model = model if isinstance(model, dict) else {}
        self.strict = model.get("mode") == "strict"
        self.remove_tags = model.get("removeTagsFromText") is True
        self.transform = model.get("transformArgumentRelations", True) is not False

    # --- helpers ------------------------------------------------------------------------

    def unique_title(self) -> str:
        self.untitled += 1
        return f"Untitled {self.untitled}"

    def ec(self, title: str) -> _Node:
        found = self.statements.get(title)
        if found is None:
            found = self.statements[title] = _Node("equivalence-class", title)
        return found

    def get_argument(self, title: str | None) -> _Node:
        found = self.arguments.get(title) if title else None
        if found is None:
            found = _Node("argument", title or self.unique_title())
            self.arguments[found.title] = found
        self.parent = found
        return found

    def member_of(self, thing: Any) -> _Node:
        if isinstance(thing, dict):  # a statement or an argument description
            if not thing.get("title"):
                thing["title"] = self.unique_title()
            if thing.get("role") == "argument-description":
                return self.get_argument(thing["title"])
            return self.ec(thing["title"])
        assert isinstance(thing, _Node)
        return thing

    def target(self) -> dict[str, Any] | None:
        return self.heading if self.heading is not None else self.statement

    def add_text(self, text: str) -> None:
        target = self.target()
        if target is not None:
            target["text"] = target.get("text", "") + text

    # --- the walk -----------------------------------------------------------------------

    def walk(self, tree: _Tree) -> None:
        children = tree.children
        for i, child in enumerate(children):
            if isinstance(child, lark.Tree):
                handler = getattr(self, f"_{child.data}", None)
                if handler is not None:
                    handler(child, tree, i)
                else:
                    self.walk(child)
            else:
                self.token(child, tree, i)

    def token(self, token: lark.Token, parent: _Tree, index: int) -> None:
        kind, image = token.type, str(token)
        if kind == "STATEMENT_DEFINITION" and self.statement is not None:
            self.statement["title"] = image[1:-2]
        elif kind == "STATEMENT_REFERENCE" and self.statement is not None:
            self.statement["title"] = image[1:-1]
            self.statement["isReference"] = True
        elif kind == "ARGUMENT_DEFINITION" and self.statement is not None:
            self.statement["title"] = image[1:-2]
        elif kind == "ARGUMENT_REFERENCE" and self.statement is not None:
            self.statement["title"] = image[1:-1]
            self.statement["isReference"] = True
        elif kind in ("STATEMENT_MENTION", "ARGUMENT_MENTION"):
            self.add_text(image)
        elif kind == "LINK":
            target = self.target()
            if target is not None:
                match = re.match(r"\[(.+)\]\((.+)\)", image)
                self.add_text(
                    (match.group(1) if match else image) + (" " if image.endswith(" ") else "")
                )
        elif kind == "TAG":
            target = self.target()
            if target is not None:
                match = re.match(r"#(?:\(([^)]+)\)|(\S+))", image)
                tag = (match.group(1) or match.group(2)) if match else image[1:].strip()
                if not self.remove_tags:
                    self.add_text(image)
                tags = target.setdefault("tags", [])
                if tag not in tags:
                    tags.append(tag)
                self.tags.setdefault(tag, len(self.tags))
        elif kind == "NEWLINE":
            target = self.target()
            if target is not None and index != len(parent.children) - 1:
                text = target.get("text", "")
                if not text.endswith(" "):
                    target["text"] = text + " "
        elif kind == "DATA":
            parent.meta_data = self.data(token)  # type: ignore[attr-defined]

    def data(self, token: lark.Token) -> Any:
        text = str(token)
        block = re.match(r"\{[ \t]*(\n\r|\n)", text)
        if block:
            text = re.sub(r"\}\s*\Z", "", text[block.end() :])
        where = f"line {token.line} column {token.column}"
        return load_yaml(text, what="Argdown data", where=where)

    def _freestyle(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.add_text(_freestyle_text(tree))

    def _content(self, tree: _Tree, parent: _Tree, index: int) -> None:
        for i, child in enumerate(tree.children):
            if isinstance(child, lark.Tree):
                getattr(self, f"_{child.data}")(child, tree, i)
            elif child.type in ("FREESTYLE", "UNUSED_CONTROL_CHAR", "ESCAPED_CHAR", "SPECIAL_CHAR"):
                self.add_text(_token_text(child))
            else:
                self.token(child, tree, i)

    def _bold(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.walk(tree)
        if self.target() is not None and str(tree.children[-1]).endswith(" "):
            self.add_text(" ")

    _italic = _bold

    def _heading(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.heading = {"text": ""}
        heading = self.heading
        self.walk(tree)
        level = len(str(tree.children[0])) - 1
        self.section_count += 1
        section: dict[str, Any] = {
            "id": f"s{self.section_count}",
            "level": level,
            "title": heading["text"].strip(),
            "children": [],
            "parent": None,
        }
        data = getattr(tree, "meta_data", None)
        if data is not None:
            section["data"] = data
        if heading.get("tags"):
            section["tags"] = heading["tags"]
        previous = self.section
        while previous is not None and previous["level"] >= level:
            previous = previous["parent"]
        if previous is not None:
            previous["children"].append(section)
            section["parent"] = previous
        self.sections.append(section)
        self.section = section
        self.heading = None

    def _statement(self, tree: _Tree, parent: _Tree, index: int) -> None:
        statement: dict[str, Any] = {"type": "statement", "text": ""}
        if parent.data == "start":
            statement["role"] = "top-level-statement"
        elif self.relation is not None:
            statement["role"] = "relation-statement"
        self.statement = statement
        self.parent = statement
        tree.statement = statement  # type: ignore[attr-defined]
        self.walk(tree)
        statement["startLine"] = _first_line(tree)
        data = getattr(tree, "meta_data", None)
        if data is not None:
            statement["data"] = data
        if not statement.get("title"):
            statement["title"] = self.unique_title()
        ec = self.ec(statement["title"])
        for tag in statement.get("tags", []):
            if tag not in ec.tags:
                ec.tags.append(tag)
        if data is not None:
            ec.data = _merge(ec.data, data)
        if self.section is not None:
            statement["section"] = self.section["id"]
        ec.members.append(statement)
        in_group = data.get("isInGroup") if isinstance(data, dict) else None
        if in_group is True or (
            not statement.get("isReference") and in_group is None and ec.section is None
        ):
            ec.section = statement.get("section")
        self.statement = None

    def _argument(self, tree: _Tree, parent: _Tree, index: int) -> None:
        description: dict[str, Any] = {
            "type": "statement",
            "role": "argument-description",
            "text": "",
        }
        self.statement = description
        self.parent = description
        if self.section is not None:
            description["section"] = self.section["id"]
        self.walk(tree)
        description["startLine"] = _first_line(tree)
        data = getattr(tree, "meta_data", None)
        if data is not None:
            description["data"] = data
        if not description.get("title"):
            description["title"] = self.unique_title()
        argument = self.get_argument(description["title"])
        tree.argument = argument  # type: ignore[attr-defined]
        for tag in description.get("tags", []):
            if tag not in argument.tags:
                argument.tags.append(tag)
        if data is not None:
            argument.data = _merge(argument.data, data)
        argument.members.append(description)
        in_group = data.get("isInGroup") if isinstance(data, dict) else None
        if in_group is True or (
            not description.get("isReference") and in_group is None and argument.section is None
        ):
            argument.section = description.get("section")
        self.statement = None

    def _pcs(self, tree: _Tree, parent: _Tree, index: int) -> None:
        argument = None
        before = parent.children[index - 1] if index > 0 else None
        if isinstance(before, lark.Token) and before.type == "EMPTYLINE" and index > 1:
            before = parent.children[index - 2]
        if isinstance(before, lark.Tree) and before.data == "argument":
            argument = before.argument  # type: ignore[attr-defined]
        if argument is None:
            argument = self.get_argument(None)
        if self.section is not None:
            argument.section = self.section["id"]
        if argument.pcs:
            msg = (
                f"argument <{argument.title}> has two premise-conclusion structures; an "
                "argument can have only one"
            )
            raise FormatError(msg, location=f"line {_first_line(tree)} column 1")
        self.pcs_argument = argument
        self.walk(tree)
        last = argument.pcs[-1]
        if last["role"] != "intermediary-conclusion":
            raise FormatError("the premise-conclusion structure has no main conclusion",
                              location=f"line {_first_line(tree)} column 1")  # fmt: skip
        last["role"] = "main-conclusion"
        argument.pcs_line = _first_line(tree)
        self.statement = None
        self.pcs_argument = None

    def _pcs_statement(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.walk(tree)
        argument = self.pcs_argument
        assert argument is not None
        statement = tree.children[1].statement  # type: ignore[union-attr]
        self.ec(statement["title"])
        statement["role"] = "premise"
        before = parent.children[index - 1] if index > 0 else None
        entry: dict[str, Any] = {"title": statement["title"], "role": "premise"}
        if isinstance(before, lark.Tree) and before.data == "inference":
            inference = before.inference  # type: ignore[attr-defined]
            statement["role"] = entry["role"] = "intermediary-conclusion"
            inference.conclusion_index = len(argument.pcs)
            inference.argument = argument
            entry["inference"] = inference
        if statement.get("data") is not None:
            entry["data"] = statement["data"]
        argument.pcs.append(entry)

    def _pcs_tail(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.walk(tree)

    def _inference(self, tree: _Tree, parent: _Tree, index: int) -> None:
        inference = _Node("inference")
        tree.inference = inference  # type: ignore[attr-defined]
        self.inference = inference
        self.parents.append(inference)
        self.parent = inference
        self.walk(tree)
        body = next(
            (c for c in tree.children if isinstance(c, lark.Tree) and c.data == "inference_body"),
            None,
        )
        data = getattr(body, "meta_data", None) if body is not None else None
        if body is not None and data is None:
            for child in body.children:
                if isinstance(child, lark.Tree) and child.data == "data":
                    data = getattr(child, "meta_data", None)
        inference.data = data

    def _inference_rules(self, tree: _Tree, parent: _Tree, index: int) -> None:
        assert self.inference is not None
        for child in tree.children:
            if isinstance(child, lark.Tree) and child.data == "freestyle":
                self.inference.rules.append(_freestyle_text(child).strip())

    def _data(self, tree: _Tree, parent: _Tree, index: int) -> None:
        # The data belongs to the rule that holds this `data` node.
        token = tree.children[0]
        assert isinstance(token, lark.Token)
        parent.meta_data = self.data(token)  # type: ignore[attr-defined]
        if len(tree.children) > 1:  # its line break: a space unless relations follow
            newline = tree.children[1]
            assert isinstance(newline, lark.Token)
            self.token(newline, parent, index)

    def _relations(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self.parents.append(self.member_of(self.parent))
        self.walk(tree)
        self.relation = None
        self.parents.pop()

    _inference_relations = _relations

    def _relation(self, tree: _Tree, kind: str, *, incoming: bool) -> None:
        parent = self.parents[-1]
        relation = _Relation(kind)
        if incoming:
            relation.source = parent
        else:
            relation.target = parent
        self.relation = relation
        self.walk(tree)
        child = tree.children[1]
        thing = getattr(child, "argument", None) or getattr(child, "statement", None)
        assert thing is not None
        other = self.member_of(thing)
        if relation.source is not None:
            relation.target = other
        else:
            relation.source = other
        self.add_relation(relation)

    def _incoming_support(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "support", incoming=True)

    def _incoming_attack(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "attack", incoming=True)

    def _outgoing_support(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "support", incoming=False)

    def _outgoing_attack(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "attack", incoming=False)

    def _contradiction(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "contradictory", incoming=True)

    def _incoming_undercut(self, tree: _Tree, parent: _Tree, index: int) -> None:
        self._relation(tree, "undercut", incoming=True)

    def _outgoing_undercut(self, tree: _Tree, parent: _Tree, index: int) -> None:
        parent_node = self.parents[-1]
        if parent_node.kind == "equivalence-class" and self.inference is not None:
            # As the official parser does: an undercut of a statement goes to the last
            # inference read, if there was one.
            self.parents.append(self.inference)
            try:
                self._relation(tree, "undercut", incoming=False)
            finally:
                self.parents.pop()
            return
        self._relation(tree, "undercut", incoming=False)

    def add_relation(self, relation: _Relation) -> None:
        source, target = relation.source, relation.target
        assert source is not None
        assert target is not None
        # A relation said twice is one relation (contradictory ones in either direction).
        # Indexed in a set: a statement with thousands of relations must not make this
        # quadratic, as scanning each end's relations would.
        key = (id(source), id(target), relation.type)
        if key in self.edges:
            return
        if (
            relation.type == "contradictory"
            and (id(target), id(source), relation.type) in self.edges
        ):
            return
        self.edges.add(key)
        self.relations.append(relation)

    # --- after the walk: the official post-processing -----------------------------------

    def finish(self) -> None:
        if self.transform:
            self._transform_argument_relations()
        if self.strict:
            self._strict_statement_relations()
        self._remove_redundant()

    def _transform_argument_relations(self) -> None:
        """Relations from a reconstructed argument go from its conclusion; undercuts of it
        go to its (main) inference; one that then repeats another is dropped."""
        live = {(id(r.source), id(r.target), r.type) for r in self.relations}
        kept: list[_Relation] = []
        for relation in self.relations:
            source, target = relation.source, relation.target
            assert source is not None
            assert target is not None
            if source.kind == "argument" and source.pcs:
                conclusion = self.statements[source.pcs[-1]["title"]]
                live.discard((id(source), id(target), relation.type))
                relation.source = source = conclusion
                key = (id(conclusion), id(target), relation.type)
                if key in live:
                    continue
                live.add(key)
            if target.kind == "argument" and target.pcs and relation.type == "undercut":
                inference = target.pcs[-1]["inference"]
                live.discard((id(source), id(target), relation.type))
                relation.target = inference
                key = (id(source), id(inference), relation.type)
                if key in live:
                    continue
                live.add(key)
            kept.append(relation)
        self.relations = kept

    def _strict_statement_relations(self) -> None:
        """In strict mode a support between statements is an entailment, an attack a
        contrary (one contrary per pair of statements)."""
        contraries: set[frozenset[int]] = set()
        kept: list[_Relation] = []
        for relation in self.relations:
            source, target = relation.source, relation.target
            assert source is not None
            assert target is not None
            if source.kind == "equivalence-class" and target.kind == "equivalence-class":
                if relation.type == "support":
                    relation.type = "entails"
                elif relation.type == "attack":
                    pair = frozenset((id(source), id(target)))
                    if pair in contraries:
                        continue
                    contraries.add(pair)
                    relation.type = "contrary"
            kept.append(relation)
        self.relations = kept

    def _remove_redundant(self) -> None:
        """An attack from a statement on an argument one of whose premises it already
        attacks (or contradicts) says nothing more: Argdown drops it."""
        opposed: dict[int, set[str]] = {}
        for r in self.relations:
            source, target = r.source, r.target
            assert source is not None
            assert target is not None
            if source.kind != "equivalence-class" or target.kind != "equivalence-class":
                continue
            if r.type in ("attack", "contradictory", "contrary"):
                opposed.setdefault(id(source), set()).add(target.title)
            if r.type in ("contradictory", "contrary"):
                opposed.setdefault(id(target), set()).add(source.title)
        kept: list[_Relation] = []
        for relation in self.relations:
            source, target = relation.source, relation.target
            assert source is not None
            assert target is not None
            if (
                source.kind == "equivalence-class"
                and relation.type == "attack"
                and target.kind == "argument"
                and target.pcs
            ):
                premises = {s["title"] for s in target.pcs if s["role"] == "premise"}
                if opposed.get(id(source), set()) & premises:
                    continue
            kept.append(relation)
        self.relations = kept

    # --- out, in the shape of `argdown json` --------------------------------------------

    def export(self, front_matter: Any) -> dict[str, Any]:
        def end(node: _Node) -> tuple[str, str]:
            if node.kind == "inference":
                assert node.argument is not None
                return node.argument.title, "inference"
            return node.title, node.kind

        relations = []
        for relation in self.relations:
            assert relation.source is not None
            assert relation.target is not None
            source, source_type = end(relation.source)
            target, target_type = end(relation.target)
            item: dict[str, Any] = {
                "type": "relation",
                "relationType": relation.type,
                "from": source,
                "fromType": source_type,
                "to": target,
                "toType": target_type,
            }
            if relation.target.kind == "inference":
                item["conclusionIndex"] = relation.target.conclusion_index
            relations.append(item)

        def pcs(statement: dict[str, Any]) -> dict[str, Any]:
            out = {k: v for k, v in statement.items() if k != "inference"}
            inference = statement.get("inference")
            if inference is not None:
                out["inference"] = {"inferenceRules": inference.rules}
                if inference.data is not None:
                    out["inference"]["data"] = inference.data
            return out

        sections = [
            {
                k: (v["id"] if k == "parent" and v is not None else v)
                for k, v in s.items()
                if k != "children"
            }
            for s in self.sections
        ]
        return {
            "statements": {
                t: _drop_none({"type": "equivalence-class", "title": t, "members": n.members,
                               "data": n.data, "tags": n.tags or None, "section": n.section})
                for t, n in self.statements.items()
            },
            "arguments": {
                t: _drop_none({"type": "argument", "title": t, "members": n.members,
                               "pcs": [pcs(s) for s in n.pcs], "data": n.data, "pcsLine": n.pcs_line,
                               "tags": n.tags or None, "section": n.section})
                for t, n in self.arguments.items()
            },
            "relations": relations,
            "sections": sections,
            "tags": list(self.tags),
            "frontMatter": front_matter,
        }  # fmt: skip


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _first_line(tree: _Tree) -> int:
    for token in tree.scan_values(lambda v: isinstance(v, lark.Token)):
        if token.line:
            return int(token.line)
    return 0


def _token_text(token: lark.Token) -> str:
    image = str(token)
    if token.type == "ESCAPED_CHAR":
        return image[1:]
    if token.type == "SPECIAL_CHAR":
        code = _SHORTCODES.get(image.strip())
        if code is not None:
            return code + (" " if image.endswith(" ") else "")
    return image


def _freestyle_text(tree: _Tree) -> str:
    return "".join(_token_text(t) for t in tree.children if isinstance(t, lark.Token))


def parse(text: str) -> dict[str, Any]:
    """The Argdown model of ``text``, as ``argdown json`` writes it.

    Raises
    ------
    FormatError
        If the text is not valid Argdown, or its data is not valid YAML; the location is
        ``line N column M``.
    """
    tokens = _Lexer(text).run()
    lines = text.count("\n") + 1
    front_matter: Any = None
    settings: dict[str, Any] = {}
    if not tokens:
        return _Builder(settings).export(None)
    for token in tokens[:3]:
        if token.type == "FRONT_MATTER":
            body = re.sub(r"\A\s*={3,}", "", token.image)
            body = re.sub(r"={3,}\s*\Z", "", body)
            front_matter = load_yaml(
                body, what="Argdown front matter", where=f"line {token.line} column {token.column}"
            )
            if isinstance(front_matter, dict):
                settings = front_matter
            break
    tree = _syntax_tree(tokens, lines)
    builder = _Builder(settings)
    builder.walk(tree)
    builder.finish()
    return builder.export(front_matter)

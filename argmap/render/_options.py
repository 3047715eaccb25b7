"""What a rendering shows: :class:`RenderOptions` and the evaluation hook :class:`NodeAnnotation`."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from argmap._validate import unit
from argmap.errors import InvalidKeyError, InvalidValueError
from argmap.model import normalize_space
from argmap.semantics.status import Status

__all__ = ["RANKDIRS", "NodeAnnotation", "RenderOptions", "Status"]

RANKDIRS: tuple[str, ...] = ("BT", "TB", "LR", "RL", "AUTO")
"""Layout directions: ``BT`` puts conclusions on top and evidence at the bottom; ``AUTO``
chooses ``BT`` or ``LR``, whichever gives the more page-shaped picture."""

_MIN_WRAP = 10
_MAX_WRAP = 200
_MAX_BADGE = 200
_MAX_SUBTITLE = 300


def _status(value: Status | str | None) -> Status | None:
    if value is None:
        return None
    try:
        return Status(value)
    except ValueError:
        choices = ", ".join(repr(s.value) for s in Status)
        msg = f"annotation status {value!r} is not known: expected one of {choices} or None"
        raise InvalidValueError(msg) from None


def _strength(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    unit(
        value,
        field=attribute.name,
        owner="NodeAnnotation",
        optional=True,
        what="annotation strength",
    )


def _badges(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        # One badge given bare; splitting it into characters is never what was meant.
        value = (value,)
    try:
        badges = tuple(value)
    except TypeError:
        msg = f"annotation badges must be a sequence of short strings, got {value!r}"
        raise InvalidValueError(msg) from None
    for badge in badges:
        if not isinstance(badge, str) or not badge.strip():
            msg = f"each annotation badge must be a non-blank str, got {badge!r}"
            raise InvalidValueError(msg)
        if len(badge) > _MAX_BADGE:
            msg = (
                f"annotation badge {badge[:40]!r}... is {len(badge)} characters long; "
                f"badges are short notes of at most {_MAX_BADGE}"
            )
            raise InvalidValueError(msg)
    return badges


@attrs.frozen(kw_only=True)
class NodeAnnotation:
    """What an evaluation says about one node, for drawing on the diagram.

    The renderer only draws annotations; computing them is the evaluation's job.

    Parameters
    ----------
    status:
        ``"in"``, ``"out"``, ``"undecided"`` or ``"credulous"`` (a
        :class:`~argmap.semantics.status.Status`), or ``None`` for none. Drawn as a
        colour-blind-safe fill (Okabe-Ito palette) *and* a text marker (√, ×, ?, ~), so
        the status never rests on colour alone.
    strength:
        A gradual strength in [0, 1], shown as a number, or ``None``.
    badges:
        Short notes shown under the node, e.g. ``"CQ open: is the expert reliable?"``.

    Raises
    ------
    InvalidValueError
        For an unknown status, a strength outside [0, 1], or a blank or overlong badge.

    Examples
    --------
    >>> NodeAnnotation(status="in", strength=0.8, badges=["CQ open: bias?"])
    NodeAnnotation(status=<Status.IN: 'in'>, strength=0.8, badges=('CQ open: bias?',))
    >>> NodeAnnotation(strength=1.5)
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: annotation strength must be in [0, 1], got 1.5
    """

    status: Status | None = attrs.field(default=None, converter=_status)
    strength: float | None = attrs.field(default=None, validator=_strength)
    badges: tuple[str, ...] = attrs.field(default=(), converter=_badges)


def _focus(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    try:
        keys = tuple(value)
    except TypeError:
        msg = f"focus must be a sequence of keys, got {value!r}"
        raise InvalidValueError(msg) from None
    for key in keys:
        if not isinstance(key, str) or not key:
            msg = f"focus keys must be non-empty strings, got {key!r}"
            raise InvalidKeyError(msg)
    # Keep the first mention of each key so equal focus sets give equal options.
    return tuple(dict.fromkeys(keys))


def _annotations(value: object) -> Mapping[str, NodeAnnotation]:
    if value is None:
        return types.MappingProxyType({})
    if not isinstance(value, Mapping):
        msg = f"annotations must be a mapping of key to NodeAnnotation, got {value!r}"
        raise InvalidValueError(msg)
    checked: dict[str, NodeAnnotation] = {}
    items: list[tuple[object, object]] = list(value.items())
    for key, annotation in items:
        if not isinstance(key, str):
            msg = f"annotation keys must be element keys (str), got {key!r}"
            raise InvalidKeyError(msg)
        if not isinstance(annotation, NodeAnnotation):
            msg = f"annotation for {key!r} must be a NodeAnnotation, got {annotation!r}"
            raise InvalidValueError(msg)
        checked[key] = annotation
    # Read-only, so a frozen options object cannot be changed behind its back.
    return types.MappingProxyType(checked)


def _wrap(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"wrap must be an int (characters per line), got {value!r}"
        raise InvalidValueError(msg)
    if not _MIN_WRAP <= value <= _MAX_WRAP:
        msg = f"wrap must be between {_MIN_WRAP} and {_MAX_WRAP} characters, got {value!r}"
        raise InvalidValueError(msg)


def _rankdir(value: str) -> str:
    if not isinstance(value, str) or value.upper() not in RANKDIRS:
        msg = f"rankdir {value!r} is not known: expected one of {', '.join(RANKDIRS)}"
        raise InvalidValueError(msg)
    return value.upper()


def _depth(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"depth must be an int >= 0 (relations away from the focus), got {value!r}"
        raise InvalidValueError(msg)


def _flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{attribute.name} must be True or False, got {value!r}"
        raise InvalidValueError(msg)


def _note(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"evaluation_note must be a non-blank str or None, got {value!r}"
        raise InvalidValueError(msg)


def _subtitle(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.strip():
        msg = f"subtitle must be a non-blank str or None, got {value!r}"
        raise InvalidValueError(msg)
    if len(value) > _MAX_SUBTITLE:
        msg = f"subtitle is {len(value)} characters long; it is one line of at most {_MAX_SUBTITLE}"
        raise InvalidValueError(msg)


def _fontname(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip() or normalize_space(value) != value:
        msg = f"fontname must be a font family name such as 'Helvetica', got {value!r}"
        raise InvalidValueError(msg)


@attrs.frozen(kw_only=True)
class RenderOptions:
    """How a map is drawn. All fields are keyword-only and validated.

    Parameters
    ----------
    wrap:
        Characters per label line (10 to 200). Words are never split, so a long word
        makes its line longer.
    rankdir:
        Direction of support: ``"BT"`` (conclusions on top), ``"TB"``, ``"LR"``, ``"RL"``,
        or ``"AUTO"`` (the default): ``BT`` or ``LR``, whichever makes the picture closer
        to the shape of a page.
    legend:
        Draw the legend explaining shapes, edges and (with annotations) statuses.
    cluster_by_speaker:
        Group each party's nodes in a labelled box.
    show_quotes:
        Also print a claim's quoted words in its node (the full quote is always in the
        tooltip). Quote evidence always shows its quoted words.
    show_weights:
        Print each argument's weight in its inference node (the tooltip and the HTML
        panel always give it).
    overview:
        A summary view: claims, arguments and objections are drawn, and the evidence
        that only supports arguments is folded into a count on each argument.
    fold_premises:
        Draw a premise only where it is more than a premise -- a ``focus`` key, the
        conclusion of an argument drawn, an end of an objection drawn, or the answer to
        a critical question -- and count the rest on each argument they are premises of
        (``premises: 2 claims, 1 reconstructed``). With ``focus``, the focus keys choose
        which premises stay drawn: a one-page summary of a large map.
    subtitle:
        One line under the title in place of the description of the view (focus,
        overview) the renderer writes there by default, or ``None``.
    focus:
        Keys of claims, evidence, arguments or objections to centre a partial view on;
        empty (the default) draws the whole map.
    depth:
        With ``focus``: how many relations (an argument or an objection counts as one)
        away from the focus an element may be and still be drawn.
    annotations:
        Evaluation results to draw, by element key (see :class:`NodeAnnotation`).
    fontname:
        Font family for all text.
    evaluation_note:
        With annotations: one line for the legend saying how they were computed (the
        semantics, the proof standard...), or ``None``.

    Raises
    ------
    InvalidValueError, InvalidKeyError
        For a value of the wrong type or out of range; the message names it.

    Examples
    --------
    >>> RenderOptions(focus=["forged"], depth=2).focus
    ('forged',)
    >>> RenderOptions(rankdir="up")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: rankdir 'up' is not known: expected one of BT, TB, LR, RL, AUTO
    """

    wrap: int = attrs.field(default=34, validator=_wrap)
    rankdir: str = attrs.field(default="AUTO", converter=_rankdir)
    legend: bool = attrs.field(default=True, validator=_flag)
    cluster_by_speaker: bool = attrs.field(default=False, validator=_flag)
    show_quotes: bool = attrs.field(default=False, validator=_flag)
    show_weights: bool = attrs.field(default=False, validator=_flag)
    overview: bool = attrs.field(default=False, validator=_flag)
    fold_premises: bool = attrs.field(default=False, validator=_flag)
    subtitle: str | None = attrs.field(default=None, validator=_subtitle)
    focus: tuple[str, ...] = attrs.field(default=(), converter=_focus)
    depth: int = attrs.field(default=1, validator=_depth)
    annotations: Mapping[str, NodeAnnotation] = attrs.field(
        factory=dict,
        converter=_annotations,
        eq=attrs.cmp_using(eq=lambda a, b: dict(a) == dict(b)),
        hash=False,
    )
    fontname: str = attrs.field(default="Helvetica", validator=_fontname)
    evaluation_note: str | None = attrs.field(default=None, validator=_note)

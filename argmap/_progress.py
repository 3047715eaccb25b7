"""Progress for long commands: a one-line bar on a terminal, silence when piped.

Commands that may run for seconds (converting many files, solving a large framework,
rendering a large map) report progress through :class:`Progress`. It writes to standard
error, and only when that is a terminal, so piped or redirected output -- and a script
parsing standard output -- never sees it. Redraws are throttled, so a tight loop pays
almost nothing for reporting every step.

>>> import io
>>> quiet = io.StringIO()  # not a terminal: nothing is written
>>> with Progress("Converting", total=3, stream=quiet) as bar:
...     for name in ["a.json", "b.json", "c.json"]:
...         bar.advance(item=name)
>>> quiet.getvalue()
''
>>> bar.done
3

``ARGMAP_PROGRESS=always`` forces the bar on (e.g. under a CI log viewer that shows
carriage returns), ``ARGMAP_PROGRESS=never`` forces it off.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TextIO, TypeVar

from argmap.errors import InvalidValueError

__all__ = ["ENV_VAR", "Progress", "progress_enabled", "track"]

ENV_VAR = "ARGMAP_PROGRESS"
"""Environment variable that overrides terminal detection: ``always``, ``never`` or ``auto``."""

_T = TypeVar("_T")
_BAR_WIDTH = 24
_MIN_INTERVAL = 0.1  # seconds between redraws: ten a second reads as smooth


def progress_enabled(stream: TextIO, *, environ: dict[str, str] | None = None) -> bool:
    """Whether progress should be drawn on ``stream``.

    It is drawn when ``stream`` is a terminal whose ``TERM`` is not ``dumb``, unless the
    ``ARGMAP_PROGRESS`` environment variable says ``always`` or ``never``.

    Parameters
    ----------
    stream:
        Where progress would be written (normally ``sys.stderr``).
    environ:
        The environment to consult; ``os.environ`` by default.

    Returns
    -------
    bool
        ``True`` to draw progress.

    Raises
    ------
    InvalidValueError
        If ``ARGMAP_PROGRESS`` holds anything but ``always``, ``never``, ``auto`` or nothing.

    Examples
    --------
    >>> import io
    >>> progress_enabled(io.StringIO(), environ={})
    False
    >>> progress_enabled(io.StringIO(), environ={"ARGMAP_PROGRESS": "always"})
    True
    """
    env = os.environ if environ is None else environ
    choice = env.get(ENV_VAR, "auto").strip().lower() or "auto"
    if choice == "always":
        return True
    if choice == "never":
        return False
    if choice != "auto":
        msg = f"{ENV_VAR}={choice!r} is not understood: expected 'always', 'never' or 'auto'"
        raise InvalidValueError(msg)
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return False
    return env.get("TERM", "") != "dumb"


class Progress:
    """A progress line for one long task; use it as a context manager.

    Parameters
    ----------
    label:
        What is being done, e.g. ``"Converting"``.
    total:
        How many steps there are, or ``None`` when unknown (then a count is shown).
    stream:
        Where to draw; ``sys.stderr`` by default.
    enabled:
        Force drawing on or off; ``None`` asks :func:`progress_enabled`.
    clock:
        A monotonic clock in seconds, for throttling (tests pass a fake one).

    Raises
    ------
    InvalidValueError
        If ``total`` is negative or not an integer.

    Examples
    --------
    >>> import io
    >>> screen = io.StringIO()
    >>> with Progress("Solving", total=2, stream=screen, enabled=True) as bar:
    ...     bar.advance()
    ...     bar.advance()
    >>> screen.getvalue().splitlines()[-1].split("\\r")[-1].rstrip()
    'Solving [########################] 2/2'
    """

    def __init__(
        self,
        label: str,
        *,
        total: int | None = None,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if total is not None and (isinstance(total, bool) or not isinstance(total, int)):
            msg = f"total must be a whole number of steps or None, got {total!r}"
            raise InvalidValueError(msg)
        if total is not None and total < 0:
            msg = f"total must not be negative, got {total!r}"
            raise InvalidValueError(msg)
        self.label = label
        self.total = total
        self.done = 0
        self._stream = sys.stderr if stream is None else stream
        self._enabled = progress_enabled(self._stream) if enabled is None else enabled
        self._clock = clock
        self._last_draw: float | None = None
        self._drawn_width = 0
        self._item = ""

    @property
    def enabled(self) -> bool:
        """Whether this progress line is drawn at all."""
        return self._enabled

    def __enter__(self) -> Progress:
        self._draw(force=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def advance(self, steps: int = 1, *, item: str | None = None) -> None:
        """Count ``steps`` more steps as done; ``item`` names the one just finished."""
        self.done += steps
        if item is not None:
            self._item = item
        finished = self.total is not None and self.done >= self.total
        self._draw(force=finished)

    def print(self, text: str) -> None:
        """Write a line of text (e.g. an error) to the stream without garbling the bar.

        On a terminal the bar is wiped, the text written on its own line, and the bar
        drawn again below it; otherwise the text is simply written.

        >>> import io
        >>> piped = io.StringIO()
        >>> with Progress("Converting", total=2, stream=piped) as bar:
        ...     bar.print("argmap: error: a.json: not JSON")
        ...     bar.advance(2)
        >>> piped.getvalue()
        'argmap: error: a.json: not JSON\\n'
        """
        if self._enabled and self._last_draw is not None:
            self._stream.write("\r" + " " * self._drawn_width + "\r" + text + "\n")
            self._drawn_width = 0
            self._draw(force=True)
        else:
            self._stream.write(text + "\n")
            self._stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (leaves the terminal clean)."""
        if not self._enabled or self._last_draw is None:
            return
        self._draw(force=True)
        self._stream.write("\n")
        self._stream.flush()
        self._last_draw = None

    def line(self) -> str:
        """The text of the progress line as it stands (without the carriage return)."""
        if self.total is None:
            text = f"{self.label} {self.done}"
        else:
            shown = min(self.done, self.total)
            filled = _BAR_WIDTH if self.total == 0 else _BAR_WIDTH * shown // self.total
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            text = f"{self.label} [{bar}] {shown}/{self.total}"
        if self._item:
            text = f"{text} {self._item}"
        width = shutil.get_terminal_size(fallback=(80, 24)).columns - 1
        return text if len(text) <= width else text[: max(width - 1, 0)] + "…"

    def _draw(self, *, force: bool) -> None:
        if not self._enabled:
            return
        now = self._clock()
        if not force and self._last_draw is not None and now - self._last_draw < _MIN_INTERVAL:
            return
        text = self.line()
        # Pad with spaces so a shorter line fully covers the one before it.
        padding = " " * max(self._drawn_width - len(text), 0)
        self._stream.write(f"\r{text}{padding}")
        self._stream.flush()
        self._drawn_width = len(text)
        self._last_draw = now


def track(
    items: Iterable[_T],
    label: str,
    *,
    total: int | None = None,
    stream: TextIO | None = None,
    enabled: bool | None = None,
    describe: Callable[[_T], str] | None = None,
) -> Iterator[_T]:
    """Yield ``items`` unchanged while drawing progress through them.

    Parameters
    ----------
    items:
        What to iterate over; its ``len()`` is the total when it has one.
    label:
        What is being done.
    total:
        The number of items, when ``items`` has no ``len()`` but you know it.
    stream, enabled:
        As for :class:`Progress`.
    describe:
        Turns an item into the short name shown after the bar (e.g. a file name).

    Returns
    -------
    Iterator
        The items, in order.

    Examples
    --------
    >>> list(track([1, 2, 3], "Counting", enabled=False))
    [1, 2, 3]
    """
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with Progress(label, total=total, stream=stream, enabled=enabled) as bar:
        for item in items:
            yield item
            bar.advance(item=None if describe is None else describe(item))

"""Finding and running the Graphviz layout program that turns DOT into an image.

The default is the ``graphviz-pure`` executable installed with argmap (a self-contained
port of Graphviz ``dot``), located through its installed distribution's file list so
that it works from a plain ``pip install`` whatever ``PATH`` says. A system Graphviz
``dot`` can be chosen instead with the ``ARGMAP_DOT`` environment variable or an
explicit ``renderer=`` argument (``--dot`` on the command line).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Literal

import attrs

from argmap.errors import RendererNotFound, RenderError, UnknownFormatError

__all__ = [
    "DEFAULT_DISTRIBUTION",
    "ENV_VAR",
    "IMAGE_FORMATS",
    "Renderer",
    "find_renderer",
    "run_renderer",
]

ENV_VAR = "ARGMAP_DOT"
"""Environment variable naming a Graphviz ``dot`` to use instead of graphviz-pure."""

DEFAULT_DISTRIBUTION = "graphviz-pure"
"""The PyPI distribution whose executable is the default renderer."""

IMAGE_FORMATS: tuple[str, ...] = ("svg", "png", "pdf", "dot")
"""Output formats argmap writes; ``dot`` is the DOT source and needs no renderer."""

_PROBE_TIMEOUT = 30.0
_RENDER_TIMEOUT = 300.0
_FIX = (
    "install it with `pip install graphviz-pure`, or point argmap at a Graphviz `dot` "
    f"with the {ENV_VAR} environment variable or the --dot option (renderer= in Python)"
)

RendererKind = Literal["graphviz-pure", "dot"]


@attrs.frozen
class Renderer:
    """A Graphviz layout program argmap can run.

    Parameters
    ----------
    path:
        Absolute path of the executable.
    kind:
        ``"graphviz-pure"`` (the bundled default) or ``"dot"`` (a system Graphviz).
    version:
        The version it reports, e.g. ``"0.2.2"``.
    formats:
        The output formats it can produce (its own ``-T`` list).

    Examples
    --------
    >>> r = find_renderer()
    >>> r.kind, "svg" in r.formats
    ('graphviz-pure', True)
    """

    path: Path
    kind: RendererKind
    version: str
    formats: tuple[str, ...]

    def supports(self, format: str) -> bool:
        """Whether this program can write ``format``."""
        return format in self.formats

    def describe(self) -> str:
        """A short human description, e.g. ``graphviz-pure 0.2.2 (/venv/bin/graphviz-pure)``."""
        return f"{self.kind} {self.version} ({self.path})"


def _distribution_script(name: str) -> Path | None:
    """The executable that distribution ``name`` installed, or None if it is absent."""
    # Where pip puts the scripts of this environment (a venv's bin/): found there, the
    # distribution's file list (60 ms of imports and reading) is not needed.
    # Beside the interpreter first (a venv's python and its scripts share bin/); sysconfig
    # costs a noticeable part of start-up, so it is asked only when that fails.
    if sys.executable:
        here = Path(sys.executable).parent / name
        if here.is_file() and os.access(here, os.X_OK):
            return here.resolve()
    import sysconfig

    scripts = sysconfig.get_path("scripts")
    for candidate in (Path(scripts) / name, Path(scripts) / f"{name}.exe") if scripts else ():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.resolve()
    import importlib.metadata  # e.g. a --user install: ask the distribution

    try:
        distribution = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in distribution.files or ():
        # Scripts are recorded relative to site-packages, e.g. ../../../bin/graphviz-pure
        # (or Scripts\graphviz-pure.exe on Windows).
        if file.parent.name in ("bin", "Scripts") and file.stem == name:
            path = Path(str(file.locate())).resolve()
            if path.is_file() and os.access(path, os.X_OK):
                return path
    return None


_FORMAT_LIST_RE = re.compile(r"Use one of:\s*(.+)")
_VERSION_RE = re.compile(r"version\s+(\S+)")


@functools.lru_cache(maxsize=16)
def _probe(path: Path, mtime_ns: int) -> Renderer:
    """Ask the program at ``path`` what it is (cached per file and modification time)."""
    del mtime_ns  # part of the cache key only: a replaced program is probed again
    try:
        version_run = subprocess.run(
            [str(path), "-V"], capture_output=True, timeout=_PROBE_TIMEOUT, check=False
        )
        format_run = subprocess.run(
            [str(path), "-T?"],
            input=b"",
            capture_output=True,
            timeout=_PROBE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        msg = f"cannot run the Graphviz program {str(path)!r}: {error}; {_FIX}"
        raise RendererNotFound(msg) from None
    banner = (version_run.stdout + version_run.stderr).decode("utf-8", "replace")
    version = _VERSION_RE.search(banner)
    if version_run.returncode != 0 or version is None or "graphviz" not in banner.lower():
        shown = banner.strip().splitlines()[:1] or ["no version banner"]
        msg = f"{str(path)!r} does not look like Graphviz dot (it said {shown[0]!r}); {_FIX}"
        raise RendererNotFound(msg)
    listing = _FORMAT_LIST_RE.search(
        (format_run.stdout + format_run.stderr).decode("utf-8", "replace")
    )
    if listing is not None:
        # Some builds list renderers too ("png:cairo:cairo"): keep the format names.
        formats = tuple(sorted({name.split(":")[0] for name in listing.group(1).split()}))
    else:
        # Unknown listing: assume the usual formats and let the program report otherwise.
        formats = ("pdf", "png", "svg")
    kind: RendererKind = "graphviz-pure" if "graphviz-pure" in banner else "dot"
    return Renderer(path=path, kind=kind, version=version.group(1), formats=formats)


def _probe_file(path: Path) -> Renderer:
    return _probe(path, path.stat().st_mtime_ns)


def _resolve_command(value: str | os.PathLike[str], where: str) -> Path:
    """Turn a path or a command name into the path of an executable file."""
    text = os.fspath(value)
    if not text.strip():
        msg = f"{where} is empty; expected the path of a Graphviz `dot` or a command name"
        if where == ENV_VAR:
            msg += f" (or unset {ENV_VAR} to use graphviz-pure)"
        raise RendererNotFound(msg)
    candidate = Path(text).expanduser()
    if candidate.is_file():
        if not os.access(candidate, os.X_OK):
            msg = f"{where} names {text!r}, which is not executable; expected a Graphviz `dot` program"
            raise RendererNotFound(msg)
        return candidate.resolve()
    if os.sep not in text and (os.altsep is None or os.altsep not in text):
        found = shutil.which(text)
        if found is not None:
            return Path(found).resolve()
    msg = (
        f"{where} names {text!r}, which was not found (neither a file nor a command on "
        "PATH): is Graphviz installed? Expected the path of a Graphviz `dot`"
        + (f", or unset {ENV_VAR} to use graphviz-pure" if where == ENV_VAR else "")
    )
    raise RendererNotFound(msg)


def find_renderer(renderer: Renderer | str | os.PathLike[str] | None = None) -> Renderer:
    """Find the Graphviz program to render with.

    Resolution order: an explicit ``renderer`` (a :class:`Renderer`, a path or a command
    name); else the ``ARGMAP_DOT`` environment variable (a path or a command name); else
    the ``graphviz-pure`` executable of the installed ``graphviz-pure`` distribution,
    located through the distribution's file list, not ``PATH``. An explicit choice that
    cannot be used is an error, never a silent fallback.

    Parameters
    ----------
    renderer:
        The program to use, or None for the default resolution.

    Returns
    -------
    Renderer
        The program, with its kind, version and output formats.

    Raises
    ------
    RendererNotFound
        If the chosen program does not exist, cannot run, or is not Graphviz, or if no
        renderer is chosen and graphviz-pure is not installed. The message says how to
        fix it.

    Examples
    --------
    >>> find_renderer().kind
    'graphviz-pure'
    >>> find_renderer("/no/such/dot")
    Traceback (most recent call last):
    ...
    argmap.errors.RendererNotFound: renderer (--dot) names '/no/such/dot', which was not found (neither a file nor a command on PATH): is Graphviz installed? Expected the path of a Graphviz `dot`
    """
    if isinstance(renderer, Renderer):
        return renderer
    if renderer is not None:
        return _probe_file(_resolve_command(renderer, "renderer (--dot)"))
    from_env = os.environ.get(ENV_VAR)
    if from_env is not None:
        return _probe_file(_resolve_command(from_env, ENV_VAR))
    script = _distribution_script(DEFAULT_DISTRIBUTION)
    if script is None:
        msg = f"no Graphviz renderer found: the {DEFAULT_DISTRIBUTION} program is not installed; {_FIX}"
        raise RendererNotFound(msg)
    return _probe_file(script)


def check_format(format: str) -> str:
    """Return ``format`` lower-cased if argmap writes it, else raise naming the valid ones."""
    if not isinstance(format, str) or format.lower() not in IMAGE_FORMATS:
        msg = (
            f"output format {format!r} is not supported: expected one of {', '.join(IMAGE_FORMATS)}"
        )
        raise UnknownFormatError(msg, field="format")
    return format.lower()


def _error_lines(stderr: bytes) -> list[str]:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    # graphviz-pure warns about font metrics of non-ASCII characters; warnings are not
    # why a run failed, so report the other lines when there are any.
    errors = [line for line in lines if line and not line.startswith("Warning")]
    return errors or [line for line in lines if line]


def run_renderer(renderer: Renderer, dot_source: str, format: str) -> bytes:
    """Lay out ``dot_source`` with ``renderer`` and return the image in ``format``.

    DOT goes in on stdin and the image comes back on stdout; warnings on stderr are
    ignored.

    Raises
    ------
    RenderError
        If the renderer cannot write ``format`` (the message names the fix), cannot be
        started, times out, or fails (the message carries its error output).
    """
    if not renderer.supports(format):
        hint = (
            "graphviz-pure writes only "
            + ", ".join(f for f in IMAGE_FORMATS if f in renderer.formats)
            if renderer.kind == "graphviz-pure"
            else f"it writes {', '.join(renderer.formats)}"
        )
        msg = (
            f"format {format!r} cannot be written by {renderer.describe()}: {hint}; install "
            f"Graphviz and choose its `dot` with {ENV_VAR} or --dot to write {format}"
        )
        raise RenderError(msg)
    try:
        completed = subprocess.run(
            [str(renderer.path), f"-T{format}"],
            input=dot_source.encode("utf-8"),
            capture_output=True,
            timeout=_RENDER_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        msg = f"{renderer.describe()} did not finish within {_RENDER_TIMEOUT:.0f} seconds"
        raise RenderError(msg) from None
    except OSError as error:
        msg = f"cannot run {renderer.describe()}: {error}"
        raise RenderError(msg) from None
    if completed.returncode != 0 or not completed.stdout:
        detail = "; ".join(_error_lines(completed.stderr)) or "no error output"
        msg = (
            f"{renderer.describe()} failed with exit status {completed.returncode} "
            f"writing {format}: {detail}"
        )
        raise RenderError(msg)
    return completed.stdout

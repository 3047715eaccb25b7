"""``argmap new NAME``: write a commented starter map module to edit."""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path
from typing import Any

from argmap._io import atomic_write_text
from argmap.errors import InvalidValueError, OutputExistsError, ValidationError, WriteError

__all__ = ["STARTER_TEMPLATE", "register", "run", "starter_map_path", "write_starter_map"]

_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

STARTER_TEMPLATE = '''\
"""{title}

A starter argument map written by `argmap new`. Edit it, then:

    argmap check {filename}             # validate: dangling keys, unsupported conclusions, ...
    argmap render {filename} -o {stem}.svg
    argmap watch {filename}             # live preview in the browser while you edit

Every element has a key, unique in the map. Relations name elements by key or by the
object a builder method returned. Nothing here is global: the map is whatever `MAP` holds.
"""

from argmap import MapBuilder

b = MapBuilder({title_literal})

# --- who speaks --------------------------------------------------------------------------
ann = b.party("ann", "Ann", role="proponent")
bob = b.party("bob", "Bob", role="sceptic")

# --- where the words come from -------------------------------------------------------------
# Give a source its text and every quote from it is checked to occur there verbatim.
minutes = b.source(
    "minutes",
    "Minutes of the tea meeting",
    author="The secretary",
    date="2024-05-01",
    text=(
        "Ann: Green tea is rich in antioxidants, so it is good for you. "
        "Bob: Rich in antioxidants does not mean good for you. "
        "Bob: The study you cite was funded by a tea company."
    ),
)

# --- claims ----------------------------------------------------------------------------------
good = b.claim(
    "good",
    "Green tea is good for you.",
    by=ann,
    quote=minutes.quote("it is good for you", locator="line 1"),
)
rich = b.claim("rich", "Green tea is rich in antioxidants.", by=ann)
# An implicit premise: the analyst's reconstruction, drawn with a dashed border.
link = b.implicit("link", "What is rich in antioxidants is good for you.")

# --- evidence: a verbatim quote (or source=... for a whole document as an exhibit) -----------
study = b.evidence(
    "study",
    "A study found high antioxidant levels in green tea.",
    quote=minutes.quote("Green tea is rich in antioxidants", locator="line 1"),
    by=ann,
)

# --- arguments: linked premises -> one conclusion; several arguments converge -----------------
# scheme= names a scheme of the catalogue (argmap.schemes.SCHEMES); it brings the
# scheme's critical questions, which the diagram shows as open, raised or answered.
main = b.argument("main", [rich, link], good, by=ann, scheme="verbal_classification")
lab = b.argument("lab", [study], rich, by=ann, label="lab result")

# --- objections ------------------------------------------------------------------------------
# rebut: asserts the contrary of a claim.
harm = b.claim("harm", "Green tea can harm the liver in large doses.", by=bob)
b.rebut(harm, good, by=bob)
# undermine: attacks a premise of an argument.
no_link = b.claim(
    "no_link",
    "Rich in antioxidants does not mean good for you.",
    by=bob,
    quote=minutes.quote("Rich in antioxidants does not mean good for you.", locator="line 2"),
)
b.undermine(no_link, link, argument=main, by=bob)
# undercut: attacks the inference, not the premise or the conclusion.
funded = b.claim("funded", "The study was funded by a tea company.", by=bob)
b.undercut(funded, lab, by=bob)
# challenge: questions without asserting the contrary; the burden goes back to Ann.
b.challenge(study, by=bob, text="Which study? Where was it published?")

MAP = b.build()
'''


def starter_map_path(name: str) -> Path:
    """The file ``argmap new NAME`` writes: ``NAME`` with ``.py`` added if missing.

    Parameters
    ----------
    name:
        A module name, optionally with folders before it and ``.py`` after it.

    Returns
    -------
    Path
        Where the starter map goes.

    Raises
    ------
    InvalidValueError
        If the file name is not a Python identifier (letters, digits and ``_``).

    Examples
    --------
    >>> starter_map_path("maps/tea").as_posix()
    'maps/tea.py'
    >>> starter_map_path("2fast")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: map name '2fast' is not valid: expected a letter or '_' followed by letters, digits or '_' (optionally ending in .py)
    """
    path = Path(name)
    stem = path.name.removesuffix(".py")
    if not _NAME_RE.match(stem):
        msg = (
            f"map name {path.name!r} is not valid: expected a letter or '_' followed by "
            "letters, digits or '_' (optionally ending in .py)"
        )
        raise InvalidValueError(msg)
    return path.with_name(f"{stem}.py")


def write_starter_map(name: str, *, title: str | None = None, force: bool = False) -> Path:
    """Write a commented starter map module and return its path.

    Parameters
    ----------
    name:
        As for :func:`starter_map_path`.
    title:
        The map's title; derived from the name by default.
    force:
        Overwrite an existing file.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    InvalidValueError
        If the name is invalid, or the title is blank or holds line breaks or control
        characters.
    OutputExistsError
        If the file exists and ``force`` is false (the file is left untouched).
    ValidationError
        If the path is a directory.
    WriteError
        If the file cannot be written (e.g. a folder on the way is a file).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from argmap.loader import load_map
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> path = write_starter_map(str(folder / "tea"))
    >>> load_map(path).title
    'Tea'
    """
    path = starter_map_path(name)
    if title is None:
        title = path.stem.replace("_", " ").strip().capitalize() or "New map"
    if not title.strip() or any(unicodedata.category(c) == "Cc" and c != "\t" for c in title):
        msg = f"title {title!r} is not usable: expected one line of text without control characters"
        raise InvalidValueError(msg)
    if path.is_dir():
        msg = f"{str(path)!r} is a directory, expected a file to write"
        raise ValidationError(msg)
    if path.exists() and not force:
        msg = f"{str(path)!r} already exists; pass --force to overwrite it"
        raise OutputExistsError(msg)
    # The title goes into the module docstring (made safe inside triple quotes) and into
    # the code as a Python literal, so any one-line title round-trips.
    docstring_title = title.replace("\\", "\\\\").replace('"""', "'''")
    text = STARTER_TEMPLATE.format(
        title=docstring_title, title_literal=repr(title), filename=path.name, stem=path.stem
    )
    try:
        return atomic_write_text(path, text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"cannot write {str(path)!r}: {reason}"
        raise WriteError(msg) from error


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "new",
        help="write a commented starter map module",
        description=(
            "Write NAME.py: a commented starter map that uses every node and relation kind. "
            "It loads and renders as it is; edit it into your own map."
        ),
    )
    parser.add_argument("name", metavar="NAME", help="module name or path, e.g. maps/tea")
    parser.add_argument("--title", help="the map's title (default: from NAME)")
    parser.add_argument("-f", "--force", action="store_true", help="overwrite NAME.py if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = write_starter_map(args.name, title=args.title, force=args.force)
    print(f"wrote {path}")
    return 0

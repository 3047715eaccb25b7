"""The exceptions argmap raises.

Every error argmap raises on bad input derives from :class:`ArgmapError`, and each
also subclasses the builtin that fits it, so ``except ValueError`` keeps working for
callers who do not know argmap. Messages name the offending value and say what was
expected.

>>> from argmap.errors import ArgmapError, InvalidValueError
>>> issubclass(InvalidValueError, ValueError) and issubclass(InvalidValueError, ArgmapError)
True
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "ArgmapError",
    "DuplicateKeyError",
    "EvaluationError",
    "FormatError",
    "FrameworkFileNotFoundError",
    "InvalidDocumentError",
    "InvalidKeyError",
    "InvalidValueError",
    "LimitExceededError",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "OutputExistsError",
    "PreviewServerError",
    "Problem",
    "QuoteNotFoundError",
    "RenderError",
    "RendererNotFound",
    "UnknownFormatError",
    "UnknownKeyError",
    "UnknownQuestionError",
    "UnknownSchemeError",
    "UnknownSemanticsError",
    "ValidationError",
    "WriteError",
    "WrongKindError",
]


class ArgmapError(Exception):
    """Base class of every error argmap raises on purpose.

    Besides the message, an error may say where the mistake lies, for code to read
    instead of parsing the message (each is ``None`` when it does not apply):

    ``field``
        The field or parameter holding the bad value (``"weight"``, ``"premise"``,
        ``"semantics"``).
    ``owner``
        What holds that field: a class (``"Argument"``) or a function (``"evaluate"``).
    ``key``
        The map key the mistake concerns: the bad, unknown or duplicate key itself, or
        else the key of the element whose field is bad.

    >>> from argmap.model import Argument
    >>> try:
    ...     Argument("a1", ["p"], "c", weight=2)
    ... except ArgmapError as error:
    ...     print(error.field, error.owner, error.key)
    weight Argument a1
    """

    def __init__(
        self,
        *args: object,
        field: str | None = None,
        owner: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(*args)
        self.field = field
        self.owner = owner
        self.key = key


class ValidationError(ArgmapError, ValueError):
    """A value or a map breaks a rule of the model."""


class InvalidValueError(ValidationError):
    """A field was given a value of the wrong type or outside its range."""


class InvalidKeyError(ValidationError):
    """A key is not a valid identifier (letters, digits, ``_``, ``-``, ``.``)."""


class DuplicateKeyError(ValidationError):
    """Two elements of one map share a key."""


class UnknownKeyError(ValidationError, KeyError):
    """A relation names a key that the map does not hold."""

    def __str__(self) -> str:
        # KeyError's own __str__ would wrap the message in quotes.
        return str(self.args[0]) if self.args else ""


class WrongKindError(ValidationError, TypeError):
    """A relation points at an element of the wrong kind (e.g. undercutting a claim)."""


class QuoteNotFoundError(ValidationError):
    """A quote does not occur verbatim in its source's text."""


class MapLoadError(ArgmapError):
    """A map file could not be loaded.

    ``path`` is the file and ``line`` the line in it where the problem lies, if known.
    """

    def __init__(
        self, message: str, *, path: str, line: int | None = None, **where: str | None
    ) -> None:
        super().__init__(message, **where)
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.args[0]}"


class MapFileNotFoundError(MapLoadError, FileNotFoundError):
    """The map file does not exist or is not a file."""


class MapSyntaxError(MapLoadError, SyntaxError):
    """The map module is not valid Python."""


class MapDefinitionError(MapLoadError, RuntimeError):
    """Running the map module raised an error."""


class NoMapDefinedError(MapLoadError, AttributeError):
    """The map module ran but defines no ``MAP`` (or defines something else under that name)."""


class FormatError(ArgmapError, ValueError):
    """A file in an interchange format is malformed.

    ``location`` says where: a line number for text formats, a JSON-pointer-like path
    for JSON.
    """

    def __init__(self, message: str, *, location: str | None = None, **where: str | None) -> None:
        super().__init__(message, **where)
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return str(self.args[0])
        return f"{self.location}: {self.args[0]}"


class RendererNotFound(ArgmapError, FileNotFoundError):
    """No Graphviz layout program could be found to turn DOT into an image."""


class RenderError(ArgmapError, RuntimeError):
    """The layout program ran but failed, or a format is not supported by it."""


class OutputExistsError(ArgmapError, FileExistsError):
    """A command would overwrite an existing file and was not told it may (``--force``)."""


class PreviewServerError(ArgmapError, OSError):
    """The live-preview server could not start (e.g. its port is already in use)."""


class Problem(NamedTuple):
    """One problem found in a document.

    ``location`` is a JSON-pointer-like path (``/claims/3/text``); ``""`` is the whole
    document. ``message`` says what is wrong and what was expected.
    """

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location or '/'}: {self.message}"


class InvalidDocumentError(FormatError):
    """A document failed validation; ``problems`` lists every problem found, in order.

    >>> error = InvalidDocumentError("argmap JSON", [Problem("/title", "expected a string, got 3")])
    >>> str(error)
    'invalid argmap JSON document (1 problem): /title: expected a string, got 3'
    """

    def __init__(self, what: str, problems: list[Problem], *, source: str | None = None) -> None:
        self.what = what
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        listing = "; ".join(str(p) for p in self.problems)
        super().__init__(
            f"invalid {what} document ({count} {noun}): {listing}",
            location=source,
        )


class LimitExceededError(FormatError):
    """An input is larger than argmap accepts from untrusted data (see ``argmap.formats._limits``)."""


class UnknownFormatError(InvalidValueError):
    """A format name argmap does not know for the task (reading, writing, drawing, an ICCMA
    dialect), or a file whose format cannot be told from its name or content."""


class FrameworkFileNotFoundError(ArgmapError, FileNotFoundError):
    """An argumentation-framework file does not exist or is not a file."""


class WriteError(ArgmapError, OSError):
    """An output file could not be written (e.g. its folder is a file, or no permission)."""


class UnknownSchemeError(ValidationError, KeyError):
    """An argument names an argumentation scheme that the catalogue does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnknownQuestionError(ValidationError, KeyError):
    """A critical question is named that the argument's scheme does not ask."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class EvaluationError(ArgmapError, ValueError):
    """An evaluation was asked for with options that do not fit (an unknown semantics,
    a proof standard for a key that is not a claim, a tolerance out of range)."""


class UnknownSemanticsError(EvaluationError, InvalidValueError):
    """A semantics name argmap does not know (Dung, gradual or Carneades), wherever it is
    given; the message lists the known names. It is both an :class:`EvaluationError` and
    an :class:`InvalidValueError`, which different entry points raised before 0.2."""

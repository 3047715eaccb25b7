"""argmap: map arguments, evaluate claims, render support/attack diagrams.

>>> import argmap
>>> b = argmap.MapBuilder("Example")
>>> c = b.claim("c", "A claim.")
>>> len(b.build())
1
"""

from argmap.errors import (
    ArgmapError,
    DuplicateKeyError,
    FormatError,
    InvalidKeyError,
    InvalidValueError,
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
    QuoteNotFoundError,
    RendererNotFound,
    RenderError,
    UnknownKeyError,
    ValidationError,
    WrongKindError,
)
from argmap.lint import Finding, Severity, check_map
from argmap.loader import load_map
from argmap.map import ArgumentMap, MapBuilder
from argmap.model import (
    Argument,
    Claim,
    Evidence,
    Objection,
    ObjectionKind,
    Party,
    Quote,
    Source,
)

__version__ = "0.1.0"

__all__ = [
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "Claim",
    "DuplicateKeyError",
    "Evidence",
    "Finding",
    "FormatError",
    "InvalidKeyError",
    "InvalidValueError",
    "MapBuilder",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "Objection",
    "ObjectionKind",
    "Party",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RendererNotFound",
    "Severity",
    "Source",
    "UnknownKeyError",
    "ValidationError",
    "WrongKindError",
    "__version__",
    "check_map",
    "load_map",
]
